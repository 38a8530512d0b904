using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// A Union of Friendship Organizations — VUFO at the centre or a provincial union — with its dated names, member
/// associations, reported member counts, congresses and the terms they open. The aggregate guards its rules: every
/// behaviour method either succeeds and records a domain event, or throws a <see cref="RuleViolationException"/>
/// and changes nothing. History is append-only: a rename adds a name, a congress adds a term.
/// </summary>
public sealed class Union
{
    private readonly List<IDomainEvent> events = [];
    private UnionDraft state;
    private Term[] terms = [];
    private Timeline termTimeline = new([]);
    private Timeline nameTimeline = new([]);

    private Union(UnionDraft state, RuleCatalog rules)
    {
        Rules = rules;
        this.state = state;
        DomainEvents = events.AsReadOnly();
        Derive();
    }

    /// <summary>Gets the union's stable id.</summary>
    public UnionId Id => state.Id;

    /// <summary>Gets the level: central or provincial.</summary>
    public OrganizationLevel Level => state.Level;

    /// <summary>Gets the parent union, if any.</summary>
    public UnionId? Parent => state.Parent;

    /// <summary>Gets when the union was founded, when known.</summary>
    public PartialDate? Founded => state.Founded;

    /// <summary>Gets the union's tradition day, when it has one.</summary>
    public LocalDate? TraditionDay => state.TraditionDay;

    /// <summary>Gets where the facts come from.</summary>
    public string? Source => state.Source;

    /// <summary>Gets the catalogue whose rules this union is checked against.</summary>
    public RuleCatalog Rules { get; }

    /// <summary>Gets every name the union has borne, in time order.</summary>
    public IReadOnlyList<UnionName> Names => state.Names;

    /// <summary>Gets the latest name.</summary>
    public UnionName Name => state.Names[^1];

    /// <summary>Gets the member associations recorded by name, current and former.</summary>
    public IReadOnlyList<MemberAssociation> Associations => state.Associations;

    /// <summary>Gets the reported member counts.</summary>
    public IReadOnlyList<MemberCount> MemberCounts => state.MemberCounts;

    /// <summary>Gets the congresses on record, in order.</summary>
    public IReadOnlyList<Congress> Congresses => state.Congresses;

    /// <summary>Gets the terms, one per congress on record, in order.</summary>
    public IReadOnlyList<Term> Terms { get; private set; } = [];

    /// <summary>Gets how the union ended, if it did.</summary>
    public Succession? Succession => state.Succession;

    /// <summary>Gets the union's leadership: the bodies each congress elected, the history of changes, and the
    /// as-of queries over them (rosters, post holders, the head, vacancies).</summary>
    public Leadership Leadership { get; private set; } = null!;

    /// <summary>Gets the work programmes of the terms.</summary>
    public IReadOnlyList<WorkProgramme> Programmes => state.Programmes;

    /// <summary>Gets the implementation plans, each with its reports.</summary>
    public IReadOnlyList<ImplementationPlan> Plans => state.Plans;

    /// <summary>Gets the events recorded since they were last cleared.</summary>
    public IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    /// <summary>Creates a union with its first name. Records <see cref="UnionEstablished"/>.</summary>
    /// <param name="id">The union's stable id.</param>
    /// <param name="level">Central or provincial.</param>
    /// <param name="name">Its first name.</param>
    /// <param name="parent">Its parent (the central union, for a provincial union).</param>
    /// <param name="founded">When it was founded, when known.</param>
    /// <param name="rules">The catalogue to check against; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; the code says which.</exception>
    public static Union Create(UnionId id, OrganizationLevel level, UnionName name, UnionId? parent = null, PartialDate? founded = null, RuleCatalog? rules = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var union = CreateChecked(new UnionDraft(id, level, [name]) { Parent = parent, Founded = founded }, null, rules);
        union.events.Add(new UnionEstablished(id, name));
        return union;
    }

    /// <summary>Creates a union from a complete description, checking every rule at once. Records no event: the
    /// union is restored, not established (use this to load stored data).</summary>
    /// <param name="draft">The description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="rules">The catalogue to check against; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="RuleViolationException">One or more rules are broken; every violation is listed.</exception>
    public static Union Create(UnionDraft draft, LocalDate today, RuleCatalog? rules = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return CreateChecked(draft, today, rules);
    }

    /// <summary>Checks a description against every rule without creating anything.</summary>
    /// <param name="draft">The description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock; <see langword="null"/> skips them.</param>
    /// <param name="rules">The catalogue to check against; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>Every violation, each with its code and its path within the union; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(UnionDraft draft, LocalDate? today, RuleCatalog? rules = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return UnionRules.Check(draft, rules ?? RuleCatalog.Default, today);
    }

    /// <summary>Returns the union's current state as a draft, for editing a copy or exporting.</summary>
    /// <returns>The state; changing the returned draft does not change the union.</returns>
    public UnionDraft ToDraft() => state;

    /// <summary>Tells whether another union holds the same content (the domain events are not compared).</summary>
    /// <param name="other">The other union.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool HasSameContentAs(Union? other) => other is not null && state.HasSameContentAs(other.state);

    /// <summary>Records a congress, which opens a new term. Records <see cref="CongressRecorded"/>.</summary>
    /// <param name="congress">The congress; its ordinal follows the last on record.</param>
    /// <param name="today">Today: a congress cannot be recorded as held after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="congress"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordCongress(Congress congress, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(congress);
        Apply(state with { Congresses = [.. state.Congresses, congress] }, today, new CongressRecorded(Id, congress));
    }

    /// <summary>Records a congress, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordCongress(Congress congress, IClock clock) => RecordCongress(congress, VietnamTime.Today(clock));

    /// <summary>Records a new name. Records <see cref="UnionRenamed"/>.</summary>
    /// <param name="name">The new name, with the date it was taken.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RuleViolationException">The date is missing or not after the previous name's; nothing was changed.</exception>
    public void Rename(UnionName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Apply(state with { Names = [.. state.Names, name] }, null, new UnionRenamed(Id, name));
    }

    /// <summary>Records a member association. Records <see cref="AssociationAdmitted"/>.</summary>
    /// <param name="association">The association.</param>
    /// <exception cref="ArgumentNullException"><paramref name="association"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken (its id is taken, its dates are out of order); nothing was changed.</exception>
    public void AdmitAssociation(MemberAssociation association)
    {
        ArgumentNullException.ThrowIfNull(association);
        Apply(state with { Associations = [.. state.Associations, association] }, null, new AssociationAdmitted(Id, association));
    }

    /// <summary>Records that a member association left. Records <see cref="AssociationLeft"/>.</summary>
    /// <param name="associationId">The association's id.</param>
    /// <param name="left">When it left.</param>
    /// <exception cref="RuleViolationException">No current member has that id (<see cref="RuleCodes.AssociationMember"/>), or
    /// the date is not after it joined; nothing was changed.</exception>
    public void RecordAssociationLeft(UnionId associationId, PartialDate left)
    {
        var index = -1;
        for (var i = 0; i < state.Associations.Count; i++)
        {
            if (state.Associations[i].Id == associationId && state.Associations[i].Left is null)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            throw new RuleViolationException(new RuleViolation(RuleCodes.AssociationMember, $"'{associationId}' is not a current member association of {Id}.", "associations", associationId.Value));
        }

        var updated = state.Associations[index] with { Left = left };
        var associations = state.Associations.ToArray();
        associations[index] = updated;
        Apply(state with { Associations = associations }, null, new AssociationLeft(Id, updated));
    }

    /// <summary>Records a reported member count. Records <see cref="MemberCountRecorded"/>.</summary>
    /// <param name="count">The count.</param>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    public void RecordMemberCount(MemberCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        Apply(state with { MemberCounts = [.. state.MemberCounts, count] }, null, new MemberCountRecorded(Id, count));
    }

    /// <summary>Records that the union merged or was dissolved. Records <see cref="SuccessionRecorded"/>.</summary>
    /// <param name="succession">How, when and the successor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is null.</exception>
    /// <exception cref="RuleViolationException">The union already ended, or the date is out of order; nothing was changed.</exception>
    public void RecordSuccession(Succession succession)
    {
        ArgumentNullException.ThrowIfNull(succession);
        if (state.Succession is { } existing)
        {
            throw new RuleViolationException(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"{Id} already ended ({existing.Kind}, {existing.Date}).", "succession", succession.Date.ToString()));
        }

        Apply(state with { Succession = succession }, null, new SuccessionRecorded(Id, succession));
    }

    /// <summary>Records a body elected for a term, with its declared size. Records <see cref="BodyDeclared"/>.</summary>
    /// <param name="body">The body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken (the term is not on record, the body is already
    /// declared, more members are recorded than the size, the charter's bounds); nothing was changed.</exception>
    public void DeclareBody(CommitteeBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Apply(state with { Bodies = [.. state.Bodies, body] }, null, new BodyDeclared(Id, body));
    }

    /// <summary>Records a change to a term's leadership: elections, by-elections, resignations, dismissals, deaths,
    /// suspensions, reinstatements and acting appointments that take effect together. Records
    /// <see cref="LeadershipChangeRecorded"/>.</summary>
    /// <param name="change">The change.</param>
    /// <param name="today">Today: a change cannot be dated after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed and nothing was changed.</exception>
    public void RecordLeadershipChange(LeadershipChange change, LocalDate today)
    {
        if (!TryRecordLeadershipChange(change, today, out var violations))
        {
            throw new RuleViolationException(violations);
        }
    }

    /// <summary>Records a change to a term's leadership, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="change">The change.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordLeadershipChange(LeadershipChange change, IClock clock) => RecordLeadershipChange(change, VietnamTime.Today(clock));

    /// <summary>Tries to record a change to a term's leadership, returning the violations instead of throwing — for
    /// forms and imports. On success records <see cref="LeadershipChangeRecorded"/>; on failure changes nothing.</summary>
    /// <param name="change">The change.</param>
    /// <param name="today">Today: a change cannot be dated after it.</param>
    /// <param name="violations">Every violation, each with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the change was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public bool TryRecordLeadershipChange(LeadershipChange change, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(change);
        violations = TryApply(state with { Leadership = [.. state.Leadership, change] }, today, new LeadershipChangeRecorded(Id, change));
        return violations.Count == 0;
    }

    /// <summary>Records a term's work programme. Records <see cref="WorkProgrammeAdopted"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="documents">The documents its tasks may carry out.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken (the term is not on record or has a programme, the
    /// items are misnumbered, a linked document is unknown); nothing was changed.</exception>
    public void AdoptWorkProgramme(WorkProgramme programme, DocumentRegistry documents)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(documents);
        var path = $"programmes[{state.Programmes.Count}]";
        Apply(
            state with { Programmes = [.. state.Programmes, programme] },
            null,
            new WorkProgrammeAdopted(Id, programme),
            sink => ImplementationRules.CheckProgrammeDocuments(programme, path, documents, Rules, sink));
    }

    /// <summary>Records a commitment to implement a document. Records <see cref="ImplementationPlanRecorded"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="documents">The documents, to check that the plan's document exists and is in force on its date.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed and nothing was changed.</exception>
    public void RecordImplementationPlan(ImplementationPlan plan, DocumentRegistry documents, LocalDate today)
    {
        if (!TryRecordImplementationPlan(plan, documents, today, out var violations))
        {
            throw new RuleViolationException(violations);
        }
    }

    /// <summary>Tries to record a commitment to implement a document, returning the violations instead of throwing.
    /// On success records <see cref="ImplementationPlanRecorded"/>; on failure changes nothing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="documents">The documents, to check that the plan's document exists and is in force on its date.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <param name="violations">Every violation, with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the plan was recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryRecordImplementationPlan(ImplementationPlan plan, DocumentRegistry documents, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(documents);
        var path = $"plans[{state.Plans.Count}].document";
        violations = TryApply(
            state with { Plans = [.. state.Plans, plan] },
            today,
            new ImplementationPlanRecorded(Id, plan),
            sink => ImplementationRules.CheckPlanDocument(plan, path, documents, Rules, sink));
        return violations.Count == 0;
    }

    /// <summary>Records a commitment to implement a document, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="documents">The documents, to check that the plan's document exists and is in force on its date.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordImplementationPlan(ImplementationPlan plan, DocumentRegistry documents, IClock clock) =>
        RecordImplementationPlan(plan, documents, VietnamTime.Today(clock));

    /// <summary>Records a report against one of the union's plans, reading today from <paramref name="clock"/> in
    /// Vietnam's time zone.</summary>
    /// <param name="plan">The plan's id.</param>
    /// <param name="report">The report.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordImplementationReport(PlanId plan, ImplementationReport report, IClock clock) =>
        RecordImplementationReport(plan, report, VietnamTime.Today(clock));

    /// <summary>Records a report against one of the union's plans. Records <see cref="ImplementationReportRecorded"/>.</summary>
    /// <param name="plan">The plan's id.</param>
    /// <param name="report">The report.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="RuleViolationException">No plan has that id (<see cref="RuleCodes.PlanExists"/>), or a rule is
    /// broken (the report predates the plan, is dated after today, covers a year outside the plan); nothing was changed.</exception>
    public void RecordImplementationReport(PlanId plan, ImplementationReport report, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plans = state.Plans.ToArray();
        var index = Array.FindIndex(plans, p => p.Id == plan);
        if (index < 0)
        {
            throw new RuleViolationException(new RuleViolation(RuleCodes.PlanExists, $"'{plan}' is not a plan of {Id}.", "plans", plan.Value));
        }

        plans[index] = plans[index] with { Reports = [.. plans[index].Reports, report] };
        Apply(state with { Plans = plans }, today, new ImplementationReportRecorded(Id, plan, report));
    }

    /// <summary>Finds the work programme of a term.</summary>
    /// <param name="term">The term, by the ordinal of its congress.</param>
    /// <returns>The programme, or <see langword="null"/> when none is on record.</returns>
    public WorkProgramme? ProgrammeOf(int term) => state.Programmes.FirstOrDefault(p => p.Term == term);

    /// <summary>Finds a plan by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The plan, or <see langword="null"/> when the union has none with that id.</returns>
    public ImplementationPlan? FindPlan(PlanId id) => state.Plans.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// Lists the documents the union is implementing on a date: those carried out by a task of the programme of the
    /// term in force, and those of the plans adopted by then (certainly or possibly) that belong to that term or span
    /// terms from an earlier one and are not done — each with the tasks, the plans and their status on the date.
    /// Programme documents come first, in task order, then the others in plan order.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="documents">The registry, to describe each document and tell whether it is in force.</param>
    /// <returns>The documents and the work on each; empty before the first term on record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public IReadOnlyList<DocumentWork> ImplementationOn(LocalDate date, DocumentRegistry documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (TermOn(date).Value is not { } term)
        {
            return [];
        }

        var programme = ProgrammeOf(term.Ordinal);
        var plans = state.Plans
            .Where(p => (p.Term == term.Ordinal || (p.SpansTerms && p.Term < term.Ordinal && p.StatusOn(date) != PlanStatus.Done))
                && (p.Adopted is not { } adopted || adopted.Earliest <= date))
            .ToArray();
        var symbols = (programme?.Tasks.SelectMany(t => t.Carries) ?? []).Concat(plans.Select(p => p.Document)).Distinct();
        return symbols.Select(symbol =>
        {
            var document = documents.Find(symbol);
            return new DocumentWork(
                symbol,
                document,
                document is null ? Answer.Possibly : documents.InForceOn(document, date),
                programme?.TasksCarrying(symbol) ?? [],
                plans.Where(p => p.Document == symbol).Select(p => new PlanOnDate(p, p.StatusOn(date))).ToArray());
        }).ToArray();
    }

    /// <summary>Removes and returns the recorded events, oldest first.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = events.ToArray();
        events.Clear();
        return taken;
    }

    /// <summary>Finds the name in use on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name, possibly uncertain when the date falls within a partial rename date; none before the
    /// first name's date.</returns>
    public AsOf<UnionName> NameOn(LocalDate date)
    {
        var i = nameTimeline.Find(date, out var certain);
        return i < 0 ? default : AsOf<UnionName>.Of(state.Names[i], certain);
    }

    /// <summary>Finds the term in force on <paramref name="date"/>: the last one whose congress may have been held by
    /// then. Allocates nothing.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The term, with <see cref="Answer.Possibly"/> when the date falls within the uncertainty of its
    /// congress's date; none before the first congress on record.</returns>
    public AsOf<Term> TermOn(LocalDate date)
    {
        var i = termTimeline.Find(date, out var certain);
        return i < 0 ? default : AsOf<Term>.Of(terms[i], certain);
    }

    /// <summary>Finds the term in force today in Vietnam, according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The term in force, as for <see cref="TermOn(LocalDate)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public AsOf<Term> CurrentTerm(IClock clock) => TermOn(VietnamTime.Today(clock));

    /// <summary>Describes the union as "nghe-an: Nghe An Union of Friendship Organizations".</summary>
    /// <returns>The id and latest English name.</returns>
    public override string ToString() => $"{Id}: {Name.English}";

    private static Union CreateChecked(UnionDraft draft, LocalDate? today, RuleCatalog? rules)
    {
        rules ??= RuleCatalog.Default;
        var violations = UnionRules.Check(draft, rules, today);
        return violations.Count > 0 ? throw new RuleViolationException(violations) : new Union(draft, rules);
    }

    private void Apply(UnionDraft candidate, LocalDate? today, IDomainEvent happened, Action<List<RuleViolation>>? alsoCheck = null)
    {
        var violations = TryApply(candidate, today, happened, alsoCheck);
        if (violations.Count > 0)
        {
            throw new RuleViolationException(violations);
        }
    }

    private List<RuleViolation> TryApply(UnionDraft candidate, LocalDate? today, IDomainEvent happened, Action<List<RuleViolation>>? alsoCheck = null)
    {
        var violations = UnionRules.Check(candidate, Rules, today);
        alsoCheck?.Invoke(violations);
        if (violations.Count == 0)
        {
            state = candidate;
            Derive();
            events.Add(happened);
        }

        return violations;
    }

    private void Derive()
    {
        var congresses = state.Congresses;
        var derived = new Term[congresses.Count];
        var starts = new (LocalDate, LocalDate)[congresses.Count];
        for (var i = 0; i < derived.Length; i++)
        {
            var congress = congresses[i];
            derived[i] = new Term(Id, congress, i + 1 < congresses.Count ? congresses[i + 1] : null, CongressSchedule.For(congress.TermLabel, Rules));
            starts[i] = congress.Held is { } held ? (held.Earliest, held.Latest) : Timeline.Unknown;
        }

        terms = derived;
        Terms = new ReadOnlyCollection<Term>(derived);
        termTimeline = new Timeline(starts);

        var nameStarts = new (LocalDate, LocalDate)[state.Names.Count];
        for (var i = 0; i < nameStarts.Length; i++)
        {
            nameStarts[i] = state.Names[i].From is { } from ? (from.Earliest, from.Latest)
                : i == 0 ? (state.Founded is { } f ? (f.Earliest, f.Latest) : Timeline.FromTheStart)
                : Timeline.Unknown;
        }

        nameTimeline = new Timeline(nameStarts);
        var timeline = termTimeline;
        Leadership = new Leadership(Id, date =>
        {
            var i = timeline.Find(date, out var certain);
            return i < 0 ? default : AsOf<Term>.Of(derived[i], certain);
        }, state.Bodies, state.Leadership, LeadershipReplay.Derive(state));
    }
}
