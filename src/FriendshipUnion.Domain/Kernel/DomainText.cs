using System.Globalization;
using System.Resources;
using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The library's texts in English and Vietnamese — every rule's statement, every legal source of the catalogue and the
/// name of every kind, office, body and status — from the assembly's resources (a neutral English table and a
/// Vietnamese satellite), which work with trimming and native AOT. The caller chooses by culture: a Vietnamese culture
/// (<c>vi</c>, <c>vi-VN</c>) gives Vietnamese, any other English; <see langword="null"/> means
/// <see cref="CultureInfo.CurrentUICulture"/>. Vietnamese text is in Unicode normalization form C.
/// </summary>
public static class DomainText
{
    private static readonly ResourceManager Table = new("FriendshipUnion.Domain.Resources.DomainText", typeof(DomainText).Assembly);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Gets the cultures the library has texts for: English (<c>en</c>, also the fallback) and Vietnamese
    /// (<c>vi</c>).</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [English, Vietnamese];

    /// <summary>Tells whether a culture reads Vietnamese.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns><see langword="true"/> for <c>vi</c> and its specific cultures.</returns>
    public static bool IsVietnamese(CultureInfo? culture) =>
        string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "vi", StringComparison.Ordinal);

    /// <summary>Finds a text by its key: <c>rule.</c> and a rule code for a rule's statement (<c>rule.term.no-overlap</c>),
    /// <c>source.</c> and a catalogue source, <c>TYPE.MEMBER</c> for an enumeration member
    /// (<c>Office.PermanentVicePresident</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text, or <see langword="null"/> when the library has none of that key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string? Find(string key, CultureInfo? culture = null)
    {
        Guard.Against.Null(key);
        return Table.GetString(key, IsVietnamese(culture) ? Vietnamese : English);
    }

    /// <summary>Gets the name of an enumeration member in a culture: <c>Office.PermanentVicePresident</c> is "Permanent
    /// Vice President" or "Phó Chủ tịch thường trực".</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The member.</param>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The name, or the member's identifier when it has no text (a value outside the enumeration).</returns>
    public static string Name<TEnum>(TEnum value, CultureInfo? culture = null)
        where TEnum : struct, Enum
    {
        var member = value.ToString();
        return Find(typeof(TEnum).Name + "." + member, culture) ?? member;
    }

    /// <summary>Formats an ordinal: "6th" in English, "lần thứ VI" in Vietnamese (as congresses are numbered).</summary>
    /// <param name="n">The number, 1 or more.</param>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The ordinal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static string Ordinal(int n, CultureInfo? culture = null)
    {
        Guard.Against.Below(n, 1);
        if (IsVietnamese(culture))
        {
            return "lần thứ " + (n < 4000 ? Roman(n) : n.ToString(CultureInfo.InvariantCulture));
        }

        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Formats a day: <c>17/09/2024</c> in Vietnamese, <c>2024-09-17</c> (ISO) in English.</summary>
    /// <param name="date">The day.</param>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(LocalDate date, CultureInfo? culture = null) =>
        date.ToString(IsVietnamese(culture) ? "dd/MM/uuuu" : "uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a partial date as its culture writes it: <c>17/09/2024</c>, <c>09/2024</c>, <c>2024</c> and
    /// <c>11/07/2023–14/09/2023</c> in Vietnamese; the EDTF form (<c>2024-09-17</c>, <c>2023-07-11/2023-09-14</c>) in
    /// English. A qualifier keeps its mark (<c>30/12/2013?</c>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(PartialDate date, CultureInfo? culture = null)
    {
        if (!IsVietnamese(culture))
        {
            return date.ToString();
        }

        // The date as stated: a qualified day is compared as its month, but written as the day the source gives.
        var text = date.Precision switch
        {
            DatePrecision.Range => FormatDate(date.Earliest, culture) + "–" + FormatDate(date.Latest, culture),
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Month:00}/{date.Year:0000}"),
            _ => date.Year.ToString("0000", CultureInfo.InvariantCulture),
        };
        return text + date.Qualifier switch
        {
            DateQualifier.Uncertain => "?",
            DateQualifier.Approximate => "~",
            DateQualifier.UncertainAndApproximate => "%",
            _ => string.Empty,
        };
    }

    private static string Roman(int n)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] numerals = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                text.Append(numerals[i]);
                n -= values[i];
            }
        }

        return text.ToString();
    }
}
