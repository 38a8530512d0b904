using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The one text pattern of <see cref="PartialDate"/>: ISO 8601 calendar dates at reduced precision,
/// <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, with a four-digit year from 0001 to 9999, each possibly followed by
/// an EDTF qualifier (<c>?</c> probable, <c>~</c> approximate, <c>%</c> both), or an EDTF interval of two days
/// (<c>2023-07-11/2023-09-14</c>, the last after the first). Parsing reports failures as a
/// <see cref="ParseResult{T}"/> instead of throwing.
/// </summary>
public static class PartialDatePattern
{
    /// <summary>A regular expression that accepts exactly what <see cref="Parse(ReadOnlySpan{char})"/> accepts,
    /// days of the month and leap years included. Used in the JSON Schema.</summary>
    public const string RegexPattern = Patterns.PartialDate;

    /// <summary>Parses a partial date.</summary>
    /// <param name="text">The text: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, possibly followed by <c>?</c>,
    /// <c>~</c> or <c>%</c>; or <c>yyyy-MM-dd/yyyy-MM-dd</c>; nothing around it.</param>
    /// <returns>The date, or where and why the text is not one.</returns>
    public static ParseResult<PartialDate> Parse(ReadOnlySpan<char> text)
    {
        // A range begins with a whole day: a slash anywhere else is an error of the date before it.
        var slash = text.IndexOf('/');
        if (slash == 10)
        {
            return ParseRange(text, slash);
        }

        if (slash >= 0)
        {
            return ParseStated(text);
        }

        var qualifier = text.IsEmpty ? DateQualifier.None : text[^1] switch
        {
            '?' => DateQualifier.Uncertain,
            '~' => DateQualifier.Approximate,
            '%' => DateQualifier.UncertainAndApproximate,
            _ => DateQualifier.None,
        };
        if (qualifier == DateQualifier.None)
        {
            return ParseStated(text);
        }

        var stated = ParseStated(text[..^1]);
        return stated.Success ? ParseResult.ForValue(PartialDate.CreateUnchecked(stated.Value, qualifier, 0)) : stated;
    }

    // A range of days: yyyy-MM-dd/yyyy-MM-dd, the last after the first.
    private static ParseResult<PartialDate> ParseRange(ReadOnlySpan<char> text, int slash)
    {
        var first = ParseStated(text[..slash]);
        if (!first.Success)
        {
            return first;
        }

        var last = ParseStated(text[(slash + 1)..]);
        if (!last.Success)
        {
            return ParseResult.ForError<PartialDate>(slash + 1 + last.Error.Position, last.Error.Message);
        }

        if (!first.Value.IsExact || !last.Value.IsExact)
        {
            return ParseResult.ForError<PartialDate>(first.Value.IsExact ? slash + 1 : 0, "a range is written from one day to another: yyyy-MM-dd/yyyy-MM-dd");
        }

        return last.Value.Earliest > first.Value.Earliest
            ? ParseResult.ForValue(PartialDate.Between(first.Value.Earliest, last.Value.Earliest))
            : ParseResult.ForError<PartialDate>(slash + 1, "the range's last day must come after its first");
    }

    private static ParseResult<PartialDate> ParseStated(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return ParseResult.ForError<PartialDate>(0, "expected a date (yyyy, yyyy-MM or yyyy-MM-dd), found nothing");
        }

        if (!TryDigits(text, 0, 4, out var year, out var bad))
        {
            return ParseResult.ForError<PartialDate>(bad, "expected a four-digit year");
        }

        if (year < PartialDate.MinYear)
        {
            return ParseResult.ForError<PartialDate>(0, "the year must be from 0001 to 9999");
        }

        if (text.Length == 4)
        {
            return ParseResult.ForValue(PartialDate.CreateUnchecked(year, 0, 0));
        }

        if (text[4] != '-')
        {
            return ParseResult.ForError<PartialDate>(4, "expected '-' after the year");
        }

        if (!TryDigits(text, 5, 2, out var month, out bad))
        {
            return ParseResult.ForError<PartialDate>(bad, "expected a two-digit month");
        }

        if (month is < 1 or > 12)
        {
            return ParseResult.ForError<PartialDate>(5, "the month must be from 01 to 12");
        }

        if (text.Length == 7)
        {
            return ParseResult.ForValue(PartialDate.CreateUnchecked(year, month, 0));
        }

        if (text[7] != '-')
        {
            return ParseResult.ForError<PartialDate>(7, "expected '-' after the month");
        }

        if (!TryDigits(text, 8, 2, out var day, out bad))
        {
            return ParseResult.ForError<PartialDate>(bad, "expected a two-digit day");
        }

        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return ParseResult.ForError<PartialDate>(8, $"day {day:00} does not exist in {year:0000}-{month:00}");
        }

        return text.Length == 10
            ? ParseResult.ForValue(PartialDate.CreateUnchecked(year, month, day))
            : ParseResult.ForError<PartialDate>(10, "unexpected text after the date");
    }

    /// <summary>Formats a partial date at its precision.</summary>
    /// <param name="value">The date.</param>
    /// <returns><c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</returns>
    public static string Format(PartialDate value) => value.Precision switch
    {
        DatePrecision.Range => $"{value.Earliest:uuuu-MM-dd}/{value.Latest:uuuu-MM-dd}",
        DatePrecision.Day => $"{value.Year:0000}-{value.Month:00}-{value.Day:00}{Mark(value.Qualifier)}",
        DatePrecision.Month => $"{value.Year:0000}-{value.Month:00}{Mark(value.Qualifier)}",
        _ => value.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + Mark(value.Qualifier),
    };

    private static string Mark(DateQualifier qualifier) => qualifier switch
    {
        DateQualifier.Uncertain => "?",
        DateQualifier.Approximate => "~",
        DateQualifier.UncertainAndApproximate => "%",
        _ => string.Empty,
    };

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value, out int badPosition)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                badPosition = i;
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        badPosition = -1;
        return true;
    }
}
