
namespace FriendshipUnion.Domain.Organizations;

/// <summary>What a <see cref="MemberCount"/> counts.</summary>
public enum MemberCountKind
{
    /// <summary>Member organisations of any kind.</summary>
    MemberOrganizations = 0,

    /// <summary>Bilateral friendship associations.</summary>
    BilateralAssociations = 1,

    /// <summary>Provincial unions (members of the central union).</summary>
    ProvincialUnions = 2,
}

/// <summary>
/// A reported number of members on a date ("18 member organisations in 2023"). Counts are kept as reported facts,
/// separately from the associations recorded by name: six member associations with one known name is six
/// members, one recorded.
/// </summary>
public sealed record MemberCount
{
    /// <summary>Initializes a reported count.</summary>
    /// <param name="asOf">When the count held.</param>
    /// <param name="kind">What was counted.</param>
    /// <param name="count">The number reported; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public MemberCount(PartialDate asOf, MemberCountKind kind, int count)
    {
        Guard.Against.Below(count, 0);
        AsOf = asOf;
        Kind = kind;
        Count = count;
    }

    /// <summary>Gets when the count held.</summary>
    public PartialDate AsOf { get; }

    /// <summary>Gets what was counted.</summary>
    public MemberCountKind Kind { get; }

    /// <summary>Gets the number reported.</summary>
    public int Count { get; }

    /// <summary>Gets where the count comes from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }
}
