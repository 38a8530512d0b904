using System.Globalization;

namespace FriendshipUnion.Domain.Committees;

/// <summary>A member of a body on a date, as far as the record shows.</summary>
/// <param name="Tenure">The membership.</param>
/// <param name="Holds">Yes, or possibly when the date falls within the uncertainty of a partial date.</param>
/// <param name="Suspended">Whether the member was suspended on the date (yes, no or possibly).</param>
public sealed record RosterEntry(Tenure Tenure, Answer Holds, Answer Suspended);

/// <summary>
/// A body's roster on a date: its declared size and the members on record. A body may be only partly known — a
/// declared size of 37 with one recorded member is "37 seats, 1 recorded".
/// </summary>
public sealed record Roster
{
    internal Roster(UnionId union, BodyKind body, int? term, int? declaredSize, IReadOnlyList<RosterEntry> members)
    {
        Union = union;
        Body = body;
        Term = term;
        DeclaredSize = declaredSize;
        Members = members;
    }

    /// <summary>Gets the union.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the body.</summary>
    public BodyKind Body { get; }

    /// <summary>Gets the term in force on the date, by its congress's ordinal; <see langword="null"/> before the first congress on record.</summary>
    public int? Term { get; }

    /// <summary>Gets the declared number of seats, when reported.</summary>
    public int? DeclaredSize { get; }

    /// <summary>Gets the members on record, in the order they were elected.</summary>
    public IReadOnlyList<RosterEntry> Members { get; }

    /// <summary>Gets the number of members on record (certain or possible).</summary>
    public int Recorded => Members.Count;

    /// <summary>Gets the seats not accounted for by a recorded member (vacant, or held by someone not on record),
    /// or <see langword="null"/> when the size was not reported.</summary>
    public int? Unrecorded => DeclaredSize is { } size ? Math.Max(0, size - Recorded) : null;

    /// <summary>Gets the summary "37 seats, 1 recorded", or "size not reported, 2 recorded".</summary>
    public string Summary => DeclaredSize is { } size
        ? string.Create(CultureInfo.InvariantCulture, $"{size} seats, {Recorded} recorded")
        : string.Create(CultureInfo.InvariantCulture, $"size not reported, {Recorded} recorded");
}

/// <summary>A known vacancy on a date: seats or a post held earlier in the term and not filled since.</summary>
/// <param name="Term">The term, by its congress's ordinal.</param>
/// <param name="Office">The office: a post, or the membership of a body.</param>
/// <param name="Seats">How many seats are vacant (1 for a post).</param>
/// <param name="LastHolder">The tenure that ended last, for a post.</param>
public sealed record Vacancy(int Term, Office Office, int Seats, Tenure? LastHolder);
