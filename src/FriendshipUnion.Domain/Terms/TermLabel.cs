using System.Globalization;

namespace FriendshipUnion.Domain.Terms;

/// <summary>
/// The nominal label of a term as the union writes it, such as "2024–2029". The text is kept exactly (trimmed,
/// NFC); when it is a span of two years (with an en dash or a hyphen) the years are available as
/// <see cref="NominalStartYear"/> and <see cref="NominalEndYear"/>. A label that is not such a span (An Giang's
/// previous term was written both "2014–2021" and "2015–2021") is kept as text with no years: it is never guessed.
/// The label is nominal: An Giang's term labelled 2021–2026 began on 2022-01-21.
/// </summary>
public sealed record TermLabel
{
    private TermLabel(string text, int? start, int? end)
    {
        Text = text;
        NominalStartYear = start;
        NominalEndYear = end;
    }

    /// <summary>Gets the label as written.</summary>
    public string Text { get; }

    /// <summary>Gets the first year of the label, when the label is a span of years.</summary>
    public int? NominalStartYear { get; }

    /// <summary>Gets the last year of the label, when the label is a span of years.</summary>
    public int? NominalEndYear { get; }

    /// <summary>Gets the nominal length in years (end year minus start year), when the label is a span.</summary>
    public int? NominalYears => NominalEndYear - NominalStartYear;

    /// <summary>Creates a label from its text.</summary>
    /// <param name="text">The label, such as "2024–2029", "2024-2029" or any other text.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank, or is a span of years whose end
    /// comes before its start.</exception>
    public static TermLabel Parse(string text)
    {
        var normalized = Texts.Required(text, nameof(text));
        if (!TrySplitYears(normalized, out var start, out var end))
        {
            return new TermLabel(normalized, null, null);
        }

        return end < start
            ? throw new ArgumentException($"The term label '{normalized}' ends before it starts.", nameof(text))
            : new TermLabel(normalized, start, end);
    }

    /// <summary>Creates the label of a span of years, written with an en dash.</summary>
    /// <param name="startYear">The first year.</param>
    /// <param name="endYear">The last year, not before <paramref name="startYear"/>.</param>
    /// <returns>The label, such as "2024–2029".</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1000 to 9999, or the end is before the start.</exception>
    public static TermLabel FromYears(int startYear, int endYear)
    {
        Guard.Against.Below(startYear, 1000);
        Guard.Against.Above(endYear, 9999);
        Guard.Against.Below(endYear, startYear);
        return new TermLabel(string.Create(CultureInfo.InvariantCulture, $"{startYear}–{endYear}"), startYear, endYear);
    }

    /// <summary>Returns the label as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    private static bool TrySplitYears(string text, out int start, out int end)
    {
        start = end = 0;
        var span = text.AsSpan();
        var dash = span.IndexOfAny('–', '-');
        if (dash < 0)
        {
            return false;
        }

        var left = span[..dash].Trim();
        var right = span[(dash + 1)..].Trim();
        return left.Length == 4 && right.Length == 4
            && IsDigits(left) && IsDigits(right)
            && int.TryParse(left, NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && int.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out end)
            && start >= 1000;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
