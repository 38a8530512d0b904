namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The regular expressions of the library's text forms, written once so that the JSON Schema exports exactly what
/// the parsers accept. Each is anchored with <see cref="End"/>, because <c>$</c> alone also matches before a final
/// line feed in .NET and Python; and each is written in the subset of syntax that ECMAScript, .NET and Python share.
/// </summary>
internal static class Patterns
{
    /// <summary>The end of the text, and nothing after it (not even a line feed).</summary>
    internal const string End = "(?!\\n)$";

    /// <summary>A four-digit year from 0001 to 9999.</summary>
    internal const string Year = "(?!0000)[0-9]{4}";

    /// <summary>A two-digit month.</summary>
    internal const string Month = "(?:0[1-9]|1[0-2])";

    /// <summary>A month and a day of it, February 29 excepted.</summary>
    internal const string MonthDay = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";

    /// <summary>A leap year of the proleptic Gregorian calendar from 0004 to 9996.</summary>
    internal const string LeapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";

    /// <summary>A day that exists: yyyy-MM-dd.</summary>
    internal const string Date = "(?:" + Year + "-" + MonthDay + "|" + LeapYear + "-02-29)";

    /// <summary>An ISO date, the whole text.</summary>
    internal const string LocalDate = "^" + Date + End;

    /// <summary>A day of the year (MM-dd), February 29 included, the whole text.</summary>
    internal const string AnnualDate = "^(?:" + MonthDay + "|02-29)" + End;

    /// <summary>A date known to the year, month or day, possibly qualified (<c>?</c>, <c>~</c>, <c>%</c>), or a range of
    /// days (<c>first/last</c>; that the last comes after the first is for the reader to check), the whole text.</summary>
    internal const string PartialDate = "^(?:(?:" + Year + "(?:-" + Month + ")?|" + Date + ")[?~%]?|" + Date + "/" + Date + ")" + End;

    /// <summary>One character of white space as .NET counts it (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    internal const string Space = "[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    /// <summary>Printable ASCII with something other than spaces, possibly surrounded by white space (which is trimmed).</summary>
    internal const string AsciiText = "^" + Space + "*[ -~]*[!-~][ -~]*" + Space + "*" + End;

    /// <summary>A text with at least one character that is not white space as .NET counts it
    /// (<see cref="char.IsWhiteSpace(char)"/>); the class is spelled out because engines differ on <c>\s</c>.</summary>
    internal const string NotBlank = "[^\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
}
