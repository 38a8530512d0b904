using System.Globalization;

namespace FriendshipUnion.Domain.Terms;

/// <summary>
/// A congress (Đại hội) of a union: its ordinal (the 6th congress), when it was held — possibly known only to the
/// month, or not at all — and the label of the term it opened.
/// </summary>
public sealed record Congress
{
    /// <summary>Initializes a congress.</summary>
    /// <param name="ordinal">Its ordinal: 1 for the 1st congress, 6 for the 6th.</param>
    /// <param name="held">When it was held; <see langword="null"/> when not even the year is known.</param>
    /// <param name="termLabel">The label of the term it opened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="termLabel"/> is null.</exception>
    public Congress(int ordinal, PartialDate? held, TermLabel termLabel)
    {
        Guard.Against.Below(ordinal, 1);
        Guard.Against.Null(termLabel);
        Ordinal = ordinal;
        Held = held;
        TermLabel = termLabel;
    }

    /// <summary>Gets the ordinal: 6 for the 6th congress.</summary>
    public int Ordinal { get; }

    /// <summary>Gets when the congress was held, or <see langword="null"/> when unknown.</summary>
    public PartialDate? Held { get; }

    /// <summary>Gets the label of the term the congress opened.</summary>
    public TermLabel TermLabel { get; }

    /// <summary>Gets what else is known, such as "about 700 delegates".</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Gets the ordinal in English form: "1st", "2nd", "6th", "11th".</summary>
    public string OrdinalText => FormatOrdinal(Ordinal);

    /// <summary>Formats the congress as "6th congress (2024-09-17), term 2024–2029".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{OrdinalText} congress ({Held?.ToString() ?? "date unknown"}), term {TermLabel}";

    /// <summary>Formats an ordinal in English form: 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd".</summary>
    /// <param name="n">The number.</param>
    /// <returns>The ordinal text.</returns>
    public static string FormatOrdinal(int n) =>
        n >= 1 ? DomainText.Ordinal(n, CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture) + "th";
}
