using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The one text pattern of <see cref="PartialDate"/>: ISO 8601 calendar dates at reduced precision,
/// <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, with a four-digit year from 0001 to 9999. Parsing reports
/// failures as a <see cref="ParseResult{T}"/> instead of throwing.
/// </summary>
public static class PartialDatePattern
{
    /// <summary>A regular expression that accepts exactly what <see cref="Parse(ReadOnlySpan{char})"/> accepts,
    /// days of the month and leap years included. Used in the JSON Schema.</summary>
    public const string RegexPattern = Patterns.PartialDate;

    /// <summary>Parses a partial date.</summary>
    /// <param name="text">The text: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, nothing around it.</param>
    /// <returns>The date, or where and why the text is not one.</returns>
    public static ParseResult<PartialDate> Parse(ReadOnlySpan<char> text)
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
        DatePrecision.Day => $"{value.Year:0000}-{value.Month:00}-{value.Day:00}",
        DatePrecision.Month => $"{value.Year:0000}-{value.Month:00}",
        _ => value.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
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
