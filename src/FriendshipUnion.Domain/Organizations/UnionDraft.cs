using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// Everything a union is made of — its own record, the bodies and leadership history of its terms, and its work
/// programmes and implementation plans — not yet checked: what a dataset is created from, and what it exports, for
/// imports and forms that want every violation at once. Drafts compare by content, list by list.
/// </summary>
public sealed record UnionDraft
{
    /// <summary>Initializes a draft with the parts every union has.</summary>
    /// <param name="id">The union's stable id.</param>
    /// <param name="level">Central or provincial.</param>
    /// <param name="names">Its names in time order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="names"/> is empty or <paramref name="id"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public UnionDraft(UnionId id, OrganizationLevel level, IReadOnlyList<UnionName> names)
    {
        Id = Guard.Against.UnsetId(id);
        Level = Guard.Against.Undefined(level);
        Names = names;
    }

    /// <summary>Gets the union's stable id.</summary>
    public UnionId Id { get; }

    /// <summary>Gets the level.</summary>
    public OrganizationLevel Level { get; }

    /// <summary>Gets the names in time order; at least one.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    /// <exception cref="ArgumentException">On init: the list is empty.</exception>
    public IReadOnlyList<UnionName> Names
    {
        get;
        init
        {
            var names = Guard.Against.NullItems(value, nameof(Names));
            field = names.Count > 0 ? names : throw new ArgumentException("A union has at least one name.", nameof(Names));
        }
    }

    /// <summary>Gets the parent union (the central union, for a provincial one).</summary>
    public UnionId? Parent { get; init; }

    /// <summary>Gets when the union was founded, when known.</summary>
    /// <exception cref="ArgumentException">On init: the date is the default value.</exception>
    public PartialDate? Founded
    {
        get;
        init => field = Guard.Against.UnsetDate(value);
    }

    /// <summary>Gets the founding dates other sources give, when the founding is disputed: <see cref="Founded"/> is the
    /// preferred date, these the others, each with its source.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<DateClaim> OtherFoundingClaims
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(OtherFoundingClaims));
    }

    = [];

    /// <summary>Gets the latest day the record reaches for this union: the sources on record say nothing of it after
    /// that day (VUFO's 7th National Congress was not held as of 2026-01-09). A status computed for a later day is an
    /// extrapolation, and a report should say so.</summary>
    public PartialDate? RecordedTo
    {
        get;
        init => field = Guard.Against.UnsetDate(value);
    }

    /// <summary>Gets the union's tradition day (ngày truyền thống), which need not be its founding date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the date is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException">On init: the date is not in the ISO calendar.</exception>
    public LocalDate? TraditionDay
    {
        get;
        init => field = Guard.Against.OutsideCalendar(value, nameof(TraditionDay));
    }

    /// <summary>Gets the provinces the union serves, in time order (a provincial union's province before and after a
    /// rename or a merger of provinces).</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<ProvinceServed> Provinces
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Provinces));
    }

    = [];

    /// <summary>Gets the member associations recorded by name.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<MemberAssociation> Associations
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Associations));
    }

    = [];

    /// <summary>Gets the reported member counts.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<MemberCount> MemberCounts
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(MemberCounts));
    }

    = [];

    /// <summary>Gets the congresses on record, in order.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<Congress> Congresses
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Congresses));
    }

    = [];

    /// <summary>Gets the bodies elected for the terms, with their declared sizes.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<CommitteeBody> Bodies
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Bodies));
    }

    = [];

    /// <summary>Gets the leadership history: every change to the terms' committees and posts, in time order.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<LeadershipChange> Leadership
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Leadership));
    }

    = [];

    /// <summary>Gets the work programmes of the terms: their numbered key tasks or areas.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<Implementation.WorkProgramme> Programmes
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Programmes));
    }

    = [];

    /// <summary>Gets the implementation plans, each with the reports recorded against it.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<Implementation.ImplementationPlan> Plans
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Plans));
    }

    = [];

    /// <summary>Gets how the union ended, if it did.</summary>
    public Succession? Succession { get; init; }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Tells whether two drafts hold the same content, list by list.</summary>
    /// <param name="other">The other draft.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(UnionDraft? other) =>
        other is not null
        && Id == other.Id && Level == other.Level && Parent == other.Parent && Founded == other.Founded
        && TraditionDay == other.TraditionDay && Succession == other.Succession && Source == other.Source
        && OtherFoundingClaims.SequenceEqual(other.OtherFoundingClaims) && RecordedTo == other.RecordedTo && Provinces.SequenceEqual(other.Provinces)
        && Names.SequenceEqual(other.Names) && Associations.SequenceEqual(other.Associations)
        && MemberCounts.SequenceEqual(other.MemberCounts) && Congresses.SequenceEqual(other.Congresses)
        && Bodies.SequenceEqual(other.Bodies) && Leadership.SequenceEqual(other.Leadership)
        && Programmes.SequenceEqual(other.Programmes) && Plans.SequenceEqual(other.Plans);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Level, Names.Count, Congresses.Count, Leadership.Count, Plans.Count);
}
