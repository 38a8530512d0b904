using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>What a union is checked against beyond its own record, given by the dataset it belongs to: the other
/// unions, and the aggregates that depend on its terms (its leadership).</summary>
internal interface IUnionContext
{
    RuleCatalog Rules { get; }

    bool UnionExists(UnionId id);

    /// <summary>Adds the violations a change of the union's terms would cause elsewhere (a leadership change the new
    /// congress or end would put outside its term).</summary>
    void CheckTermsChange(UnionId union, TermHistory proposed, List<RuleViolation> sink);

    void Record(IDomainEvent happened);
}

/// <summary>
/// A Union of Friendship Organizations — VUFO at the centre or a provincial union — with its dated names, member
/// associations, reported member counts, congresses, the terms they open, and its end. A union belongs to a
/// <c>UnionDataset</c>, which establishes it; its leadership and implementation work are aggregates of their own,
/// found through the dataset. Every change either succeeds and records a complete domain event with the dataset, or
/// refuses with a <see cref="RuleViolationException"/> (or, for <c>TryX</c>, the violations) and changes nothing.
/// History is append-only: a rename adds a name, a congress adds a term.
/// </summary>
public sealed class Union
{
    private readonly IUnionContext context;
    private readonly List<UnionName> names;
    private readonly List<MemberAssociation> associations;
    private readonly List<MemberCount> memberCounts;
    private TermHistory terms;
    private Timeline? nameTimeline;

    internal Union(UnionDraft draft, IUnionContext context)
    {
        this.context = context;
        Id = draft.Id;
        Level = draft.Level;
        Parent = draft.Parent;
        Founded = draft.Founded;
        OtherFoundingClaims = draft.OtherFoundingClaims;
        RecordedTo = draft.RecordedTo;
        Provinces = draft.Provinces;
        TraditionDay = draft.TraditionDay;
        Source = draft.Source;
        names = [.. draft.Names];
        associations = [.. draft.Associations];
        memberCounts = [.. draft.MemberCounts];
        Succession = draft.Succession;
        terms = TermHistory.Create(draft.Id, draft.Congresses, draft.Succession?.Date, context.Rules);
        Names = names.AsReadOnly();
        Associations = associations.AsReadOnly();
        MemberCounts = memberCounts.AsReadOnly();
    }

    /// <summary>Gets the union's stable id.</summary>
    public UnionId Id { get; }

    /// <summary>Gets the level: central or provincial.</summary>
    public OrganizationLevel Level { get; }

    /// <summary>Gets the parent union, if any.</summary>
    public UnionId? Parent { get; }

    /// <summary>Gets when the union was founded, when known.</summary>
    public PartialDate? Founded { get; }

    /// <summary>Gets the founding dates other sources give, when the founding is disputed (<see cref="Founded"/> is
    /// the preferred one); empty when it is not.</summary>
    public IReadOnlyList<DateClaim> OtherFoundingClaims { get; }

    /// <summary>Gets the latest day the record reaches for this union, when known: what is computed for a later day
    /// (a term's status, who holds an office) is an extrapolation from the record.</summary>
    public PartialDate? RecordedTo { get; }

    /// <summary>Gets a value indicating whether sources disagree on the founding date.</summary>
    public bool FoundingDisputed => OtherFoundingClaims.Count > 0;

    /// <summary>Gets the provinces the union serves, in time order.</summary>
    public IReadOnlyList<ProvinceServed> Provinces { get; }

    /// <summary>Gets the union's tradition day, when it has one.</summary>
    public LocalDate? TraditionDay { get; }

    /// <summary>Gets where the facts come from.</summary>
    public string? Source { get; }

    /// <summary>Gets every name the union has borne, in time order.</summary>
    public IReadOnlyList<UnionName> Names { get; }

    /// <summary>Gets the latest name.</summary>
    public UnionName Name => names[^1];

    /// <summary>Gets the member associations recorded by name, current and former.</summary>
    public IReadOnlyList<MemberAssociation> Associations { get; }

    /// <summary>Gets the reported member counts.</summary>
    public IReadOnlyList<MemberCount> MemberCounts { get; }

    /// <summary>Gets the congresses on record, in order.</summary>
    public IReadOnlyList<Congress> Congresses => terms.Congresses;

    /// <summary>Gets the terms, one per congress on record, in order.</summary>
    public IReadOnlyList<Term> Terms => terms.Terms;

    /// <summary>Gets how the union ended, if it did.</summary>
    public Succession? Succession { get; private set; }

    /// <summary>Gets the congresses, terms and end as they stand, for the aggregates checked against them.</summary>
    internal TermHistory TermHistory => terms;

    /// <summary>Records a congress, which opens a new term. Records <see cref="CongressRecorded"/>.</summary>
    /// <param name="congress">The congress; its ordinal follows the last on record.</param>
    /// <param name="today">Today: a congress cannot be recorded as held after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="congress"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken — the congress's own rules, the union's end, or a
    /// leadership change the new congress would put outside its term; nothing was changed.</exception>
    public void RecordCongress(Congress congress, LocalDate today) =>
        Outcome.ThrowIfRefused(TryRecordCongress(congress, today, out var violations), violations);

    /// <summary>Records a congress, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordCongress(Congress congress, IClock clock) => RecordCongress(congress, VietnamTime.Today(clock));

    /// <summary>Tries to record a congress, returning the violations instead of throwing.</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="today">Today: a congress cannot be recorded as held after it.</param>
    /// <param name="violations">Every violation, with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the congress was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="congress"/> is null.</exception>
    public bool TryRecordCongress(Congress congress, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(congress);
        var found = new List<RuleViolation>();
        var rules = context.Rules;
        var index = terms.Congresses.Count;
        CongressRules.CheckNext(congress, index, index > 0 ? terms.Congresses[^1] : null, UnionRules.LastHeld(terms.Congresses), Founded, rules, today, found);
        if (Succession is { } ending && congress.Held is { } held && ending.Date.Latest < held.Earliest && rules.Applies(RuleCodes.UnionSuccessionOrder, ending.Date.Earliest))
        {
            found.Add(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"The union ended ({ending.Kind}, {ending.Date}) before this congress.", $"congresses[{index}].held", held.ToString()));
        }

        var proposed = terms.WithCongress(congress);
        context.CheckTermsChange(Id, proposed, found);
        return Outcome.Apply(found, out violations, () =>
        {
            terms = proposed;
            context.Record(new CongressRecorded(Id, congress));
        });
    }

    /// <summary>Records a new name. Records <see cref="UnionRenamed"/>.</summary>
    /// <param name="name">The new name, with the date it was taken.</param>
    /// <param name="today">Today: a name cannot be taken after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RuleViolationException">The date is missing, not after the previous name's or the founding,
    /// or after today; nothing was changed.</exception>
    public void Rename(UnionName name, LocalDate today) => Outcome.ThrowIfRefused(TryRename(name, today, out var violations), violations);

    /// <summary>Records a new name, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="name">The new name.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void Rename(UnionName name, IClock clock) => Rename(name, VietnamTime.Today(clock));

    /// <summary>Tries to record a new name, returning the violations instead of throwing.</summary>
    /// <param name="name">The new name, with the date it was taken.</param>
    /// <param name="today">Today: a name cannot be taken after it.</param>
    /// <param name="violations">Every violation; empty on success.</param>
    /// <returns><see langword="true"/> when the name was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryRename(UnionName name, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(name);
        var found = new List<RuleViolation>();
        UnionRules.CheckName(name, names.Count, names[^1], Founded, context.Rules, today, found);
        return Outcome.Apply(found, out violations, () =>
        {
            names.Add(name);
            nameTimeline = null;
            context.Record(new UnionRenamed(Id, name));
        });
    }

    /// <summary>Records a member association. Records <see cref="AssociationAdmitted"/>.</summary>
    /// <param name="association">The association.</param>
    /// <param name="today">Today: its dates cannot be after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="association"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken (its id is taken, its dates are out of order or after
    /// today); nothing was changed.</exception>
    public void AdmitAssociation(MemberAssociation association, LocalDate today) =>
        Outcome.ThrowIfRefused(TryAdmitAssociation(association, today, out var violations), violations);

    /// <summary>Records a member association, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="association">The association.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void AdmitAssociation(MemberAssociation association, IClock clock) => AdmitAssociation(association, VietnamTime.Today(clock));

    /// <summary>Tries to record a member association, returning the violations instead of throwing.</summary>
    /// <param name="association">The association.</param>
    /// <param name="today">Today: its dates cannot be after it.</param>
    /// <param name="violations">Every violation; empty on success.</param>
    /// <returns><see langword="true"/> when the association was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="association"/> is null.</exception>
    public bool TryAdmitAssociation(MemberAssociation association, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(association);
        var found = new List<RuleViolation>();
        UnionRules.CheckAssociation(association, associations.Count, associations.Exists(a => a.Id == association.Id), context.Rules, today, found);
        return Outcome.Apply(found, out violations, () =>
        {
            associations.Add(association);
            context.Record(new AssociationAdmitted(Id, association));
        });
    }

    /// <summary>Records that a member association left. Records <see cref="AssociationLeft"/>.</summary>
    /// <param name="associationId">The association's id.</param>
    /// <param name="left">When it left.</param>
    /// <param name="today">Today: an association cannot leave after it.</param>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    /// <exception cref="RuleViolationException">No current member has that id (<see cref="RuleCodes.AssociationMember"/>),
    /// or the date is not after it joined or is after today; nothing was changed.</exception>
    public void RecordAssociationLeft(UnionId associationId, PartialDate left, LocalDate today) =>
        Outcome.ThrowIfRefused(TryRecordAssociationLeft(associationId, left, today, out var violations), violations);

    /// <summary>Records that a member association left, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="associationId">The association's id.</param>
    /// <param name="left">When it left.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordAssociationLeft(UnionId associationId, PartialDate left, IClock clock) =>
        RecordAssociationLeft(associationId, left, VietnamTime.Today(clock));

    /// <summary>Tries to record that a member association left, returning the violations instead of throwing.</summary>
    /// <param name="associationId">The association's id.</param>
    /// <param name="left">When it left.</param>
    /// <param name="today">Today: an association cannot leave after it.</param>
    /// <param name="violations">Every violation; empty on success.</param>
    /// <returns><see langword="true"/> when the departure was recorded.</returns>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    public bool TryRecordAssociationLeft(UnionId associationId, PartialDate left, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.UnsetId(associationId);
        Guard.Against.UnsetDate(left);
        var index = associations.FindLastIndex(a => a.Id == associationId && a.Left is null);
        var found = new List<RuleViolation>();
        if (index < 0)
        {
            found.Add(new RuleViolation(RuleCodes.AssociationMember, $"'{associationId}' is not a current member association of {Id}.", "associations", associationId.Value));
            violations = found;
            return false;
        }

        var updated = associations[index] with { Left = left };
        UnionRules.CheckLeft(updated, index, context.Rules, today, found);
        return Outcome.Apply(found, out violations, () =>
        {
            associations[index] = updated;
            context.Record(new AssociationLeft(Id, updated));
        });
    }

    /// <summary>Records a reported member count. Records <see cref="MemberCountRecorded"/>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="today">Today: a count cannot hold after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    /// <exception cref="RuleViolationException">The count is dated after today; nothing was changed.</exception>
    public void RecordMemberCount(MemberCount count, LocalDate today) =>
        Outcome.ThrowIfRefused(TryRecordMemberCount(count, today, out var violations), violations);

    /// <summary>Records a reported member count, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="count">The count.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordMemberCount(MemberCount count, IClock clock) => RecordMemberCount(count, VietnamTime.Today(clock));

    /// <summary>Tries to record a reported member count, returning the violations instead of throwing.</summary>
    /// <param name="count">The count.</param>
    /// <param name="today">Today: a count cannot hold after it.</param>
    /// <param name="violations">Every violation; empty on success.</param>
    /// <returns><see langword="true"/> when the count was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    public bool TryRecordMemberCount(MemberCount count, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(count);
        var found = new List<RuleViolation>();
        UnionRules.CheckMemberCount(count, memberCounts.Count, context.Rules, today, found);
        return Outcome.Apply(found, out violations, () =>
        {
            memberCounts.Add(count);
            context.Record(new MemberCountRecorded(Id, count));
        });
    }

    /// <summary>Records that the union merged or was dissolved. Records <see cref="SuccessionRecorded"/>.</summary>
    /// <param name="succession">How, when and the successor.</param>
    /// <param name="today">Today: a union cannot end after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is null.</exception>
    /// <exception cref="RuleViolationException">The union already ended, the successor is not in the dataset, the date
    /// is out of order or after today, or a leadership change would fall after the end; nothing was changed.</exception>
    public void RecordSuccession(Succession succession, LocalDate today) =>
        Outcome.ThrowIfRefused(TryRecordSuccession(succession, today, out var violations), violations);

    /// <summary>Records that the union merged or was dissolved, reading today from <paramref name="clock"/>.</summary>
    /// <param name="succession">How, when and the successor.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordSuccession(Succession succession, IClock clock) => RecordSuccession(succession, VietnamTime.Today(clock));

    /// <summary>Tries to record that the union merged or was dissolved, returning the violations instead of throwing.</summary>
    /// <param name="succession">How, when and the successor.</param>
    /// <param name="today">Today: a union cannot end after it.</param>
    /// <param name="violations">Every violation; empty on success.</param>
    /// <returns><see langword="true"/> when the end was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is null.</exception>
    public bool TryRecordSuccession(Succession succession, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(succession);
        var found = new List<RuleViolation>();
        var rules = context.Rules;
        if (Succession is { } existing)
        {
            found.Add(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"{Id} already ended ({existing.Kind}, {existing.Date}).", "succession", succession.Date.ToString()));
            violations = found;
            return false;
        }

        UnionRules.CheckSuccession(succession, Id, Founded, UnionRules.LastHeld(terms.Congresses), rules, today, found);
        if (succession.Successor is { } successor && successor != Id && !context.UnionExists(successor) && rules.Applies(RuleCodes.UnionSuccessorExists, null))
        {
            found.Add(new RuleViolation(RuleCodes.UnionSuccessorExists, $"The successor '{successor}' of '{Id}' is not in the dataset.", "succession.successor", successor.Value));
        }

        var proposed = terms.WithEnd(succession.Date);
        context.CheckTermsChange(Id, proposed, found);
        return Outcome.Apply(found, out violations, () =>
        {
            Succession = succession;
            terms = proposed;
            context.Record(new SuccessionRecorded(Id, succession));
        });
    }

    /// <summary>Finds the province the union serves on a date, by its record: the last entry whose start is not
    /// certainly after the date (an entry with no start counts from the beginning of the record).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The entry, or <see langword="null"/> when the record names none for the date.</returns>
    public ProvinceServed? ProvinceOn(LocalDate date)
    {
        for (var i = Provinces.Count - 1; i >= 0; i--)
        {
            if (Provinces[i].From is not { } from || from.Earliest <= date)
            {
                return Provinces[i];
            }
        }

        return null;
    }

    /// <summary>Finds the name in use on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name, possibly uncertain when the date falls within a partial rename date; none before the
    /// first name's date.</returns>
    public AsOf<UnionName> NameOn(LocalDate date)
    {
        nameTimeline ??= BuildNameTimeline();
        var i = nameTimeline.Find(date, out var certain);
        return i < 0 ? default : AsOf<UnionName>.Of(names[i], certain);
    }

    /// <summary>Finds the term in force on <paramref name="date"/>: the last one whose congress may have been held by
    /// then. Allocates nothing once the terms have been looked up.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The term, with <see cref="Answer.Possibly"/> when the date falls within the uncertainty of its
    /// congress's date; none before the first congress on record.</returns>
    public AsOf<Term> TermOn(LocalDate date) => terms.TermOn(date);

    /// <summary>Finds the term in force today in Vietnam, according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The term in force, as for <see cref="TermOn(LocalDate)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public AsOf<Term> CurrentTerm(IClock clock) => TermOn(VietnamTime.Today(clock));

    /// <summary>Describes the union as "nghe-an: Nghe An Union of Friendship Organizations".</summary>
    /// <returns>The id and latest English name.</returns>
    public override string ToString() => $"{Id}: {Name.English}";

    private Timeline BuildNameTimeline()
    {
        var starts = new (LocalDate, LocalDate)[names.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = names[i].From is { } from ? (from.Earliest, from.Latest)
                : i == 0 ? (Founded is { } f ? (f.Earliest, f.Latest) : Timeline.FromTheStart)
                : Timeline.Unknown;
        }

        return new Timeline(starts);
    }
}
