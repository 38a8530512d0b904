using System.Globalization;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// One dated change to a term's leadership, made of one or more facts that take effect together — a President's
/// resignation and the election of a successor are one change, so the presidency is never left without a head.
/// History is append-only: a correction is a new change.
/// </summary>
public sealed record LeadershipChange
{
    /// <summary>Initializes a change.</summary>
    /// <param name="term">The term, by the ordinal of the congress that opened it (6 for the 2024–2029 term opened by the 6th
    /// congress); 0 for the interim before the union's first congress on record, where leaders are appointed (after a
    /// merger) or only attested.</param>
    /// <param name="date">When the change took effect, possibly known only to the month or year.</param>
    /// <param name="facts">What happened, in order; at least one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="term"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is empty, or <paramref name="date"/> is the default value.</exception>
    public LeadershipChange(int term, PartialDate date, IReadOnlyList<OfficeFact> facts)
    {
        Guard.Against.Below(term, 0);
        if (date == default)
        {
            throw new ArgumentException("The date must be set.", nameof(date));
        }

        var copy = Guard.Against.NullItems(facts, nameof(facts));
        Term = term;
        Date = date;
        Facts = copy.Count > 0 ? copy : throw new ArgumentException("A change has at least one fact.", nameof(facts));
    }

    /// <summary>Gets the term, by the ordinal of the congress that opened it; 0 for the interim before the first
    /// congress on record.</summary>
    public int Term { get; }

    /// <summary>Gets when the change took effect.</summary>
    public PartialDate Date { get; }

    /// <summary>Gets what happened, in order.</summary>
    public IReadOnlyList<OfficeFact> Facts { get; }

    /// <summary>Gets a note, such as how the source words it.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets the decision that made the change, as its symbol or title (an appointment's decision of the
    /// province's People's Committee, <c>1234/QĐ-UBND</c>).</summary>
    /// <exception cref="ArgumentException">On init: the decision is blank.</exception>
    public string? Decision
    {
        get;
        init => field = Texts.Optional(value, nameof(Decision));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <inheritdoc/>
    public bool Equals(LeadershipChange? other) =>
        other is not null && Term == other.Term && Date == other.Date && Note == other.Note && Source == other.Source && Decision == other.Decision
        && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Term, Date, Facts.Count, Facts[0]);

    /// <summary>Formats the change as <c>term 6, 2024-09-17: hoang-nghia-hieu ElectedAtCongress President</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"term {Term}, {Date}: {string.Join("; ", Facts)}");
}

/// <summary>A body a term's congress elected, with the size it declared when that is reported.</summary>
public sealed record CommitteeBody
{
    /// <summary>Initializes a body.</summary>
    /// <param name="term">The term, by the ordinal of the congress that opened it.</param>
    /// <param name="kind">The body.</param>
    /// <param name="declaredSize">The declared number of seats, when reported (37 for Nghe An's 2024–2029 Executive Committee).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="term"/> or <paramref name="declaredSize"/> is less
    /// than 1, or <paramref name="kind"/> is not a defined value.</exception>
    public CommitteeBody(int term, BodyKind kind, int? declaredSize)
    {
        Guard.Against.Below(term, 1);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a body.");
        }

        if (declaredSize is { } size)
        {
            Guard.Against.Below(size, 1, nameof(declaredSize));
        }

        Term = term;
        Kind = kind;
        DeclaredSize = declaredSize;
    }

    /// <summary>Gets the term, by the ordinal of the congress that opened it; 0 for the interim before the first
    /// congress on record.</summary>
    public int Term { get; }

    /// <summary>Gets the body.</summary>
    public BodyKind Kind { get; }

    /// <summary>Gets the declared number of seats, when reported.</summary>
    public int? DeclaredSize { get; }

    /// <summary>Gets the decision that made the change, as its symbol or title (an appointment's decision of the
    /// province's People's Committee, <c>1234/QĐ-UBND</c>).</summary>
    /// <exception cref="ArgumentException">On init: the decision is blank.</exception>
    public string? Decision
    {
        get;
        init => field = Texts.Optional(value, nameof(Decision));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }
}
