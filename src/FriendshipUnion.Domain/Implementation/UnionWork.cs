using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>What a union's implementation work is checked against beyond itself, given by the dataset it belongs to.</summary>
internal interface IWorkContext
{
    RuleCatalog Rules { get; }

    /// <summary>Gets the union's congresses, terms and end as they stand now.</summary>
    TermHistory Terms { get; }

    /// <summary>Gets the dataset's documents as they stand now.</summary>
    DocumentRegistry Documents { get; }

    void Record(IDomainEvent happened);
}

/// <summary>
/// A union's implementation work, an aggregate of its own keyed by the union: the work programme of each term and the
/// plans that implement directives and other documents, with the reports recorded against them. It belongs to a
/// <c>UnionDataset</c>, which checks each change against the union's terms and the dataset's documents; a change
/// checks only what it can break. Every change either succeeds and records a complete domain event with the dataset,
/// or is refused and changes nothing.
/// </summary>
public sealed class UnionWork
{
    private readonly IWorkContext context;
    private readonly List<WorkProgramme> programmes;
    private readonly List<ImplementationPlan> plans;
    private readonly Dictionary<PlanId, int> planIndex = [];
    private readonly HashSet<int> programmeTerms = [];

    internal UnionWork(UnionId union, IWorkContext context, IEnumerable<WorkProgramme> programmes, IEnumerable<ImplementationPlan> plans)
    {
        Union = union;
        this.context = context;
        this.programmes = [.. programmes];
        this.plans = [.. plans];
        foreach (var programme in this.programmes)
        {
            programmeTerms.Add(programme.Term);
        }

        for (var i = 0; i < this.plans.Count; i++)
        {
            planIndex.TryAdd(this.plans[i].Id, i);
        }

        Programmes = this.programmes.AsReadOnly();
        Plans = this.plans.AsReadOnly();
    }

    /// <summary>Gets the id of the union whose work this is.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the work programmes of the terms, in the order adopted.</summary>
    public IReadOnlyList<WorkProgramme> Programmes { get; }

    /// <summary>Gets the implementation plans, each with its reports, in the order recorded.</summary>
    public IReadOnlyList<ImplementationPlan> Plans { get; }

    /// <summary>Records a term's work programme. Records <see cref="WorkProgrammeAdopted"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken (the term is not on record or has a programme, the
    /// items are misnumbered, a linked document is not in the dataset); nothing was changed.</exception>
    public void AdoptProgramme(WorkProgramme programme) => Outcome.ThrowIfRefused(TryAdoptProgramme(programme, out var violations), violations);

    /// <summary>Tries to record a term's work programme, returning the violations instead of throwing.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="violations">Every violation, with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the programme was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public bool TryAdoptProgramme(WorkProgramme programme, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(programme);
        var found = new List<RuleViolation>();
        ImplementationRules.CheckProgramme(programme, programmes.Count, programmeTerms, context.Terms, context.Documents, context.Rules, found);
        return Outcome.Apply(found, out violations, () =>
        {
            programmes.Add(programme);
            programmeTerms.Add(programme.Term);
            context.Record(new WorkProgrammeAdopted(Union, programme));
        });
    }

    /// <summary>Records a commitment to implement a document. Records <see cref="ImplementationPlanRecorded"/>.</summary>
    /// <param name="plan">The plan, with any reports already made on it.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed and nothing was changed.</exception>
    public void RecordPlan(ImplementationPlan plan, LocalDate today) => Outcome.ThrowIfRefused(TryRecordPlan(plan, today, out var violations), violations);

    /// <summary>Records a commitment to implement a document, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordPlan(ImplementationPlan plan, IClock clock) => RecordPlan(plan, VietnamTime.Today(clock));

    /// <summary>Tries to record a commitment to implement a document, returning the violations instead of throwing.
    /// On success records <see cref="ImplementationPlanRecorded"/>; on failure changes nothing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <param name="violations">Every violation, with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the plan was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public bool TryRecordPlan(ImplementationPlan plan, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(plan);
        var found = new List<RuleViolation>();
        ImplementationRules.CheckPlan(plan, plans.Count, planIndex.ContainsKey(plan.Id), context.Terms, context.Documents, context.Rules, today, found);
        return Outcome.Apply(found, out violations, () =>
        {
            planIndex.Add(plan.Id, plans.Count);
            plans.Add(plan);
            context.Record(new ImplementationPlanRecorded(Union, plan));
        });
    }

    /// <summary>Records a report against one of the union's plans. Records <see cref="ImplementationReportRecorded"/>.</summary>
    /// <param name="plan">The plan's id.</param>
    /// <param name="report">The report.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is the default id.</exception>
    /// <exception cref="RuleViolationException">No plan has that id (<see cref="RuleCodes.PlanExists"/>), or a rule is
    /// broken (the report predates the plan, is dated after today, covers a year outside the plan); nothing was changed.</exception>
    public void RecordReport(PlanId plan, ImplementationReport report, LocalDate today) =>
        Outcome.ThrowIfRefused(TryRecordReport(plan, report, today, out var violations), violations);

    /// <summary>Records a report against one of the union's plans, reading today from <paramref name="clock"/>.</summary>
    /// <param name="plan">The plan's id.</param>
    /// <param name="report">The report.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is the default id.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordReport(PlanId plan, ImplementationReport report, IClock clock) => RecordReport(plan, report, VietnamTime.Today(clock));

    /// <summary>Tries to record a report against one of the union's plans, returning the violations instead of throwing.</summary>
    /// <param name="plan">The plan's id.</param>
    /// <param name="report">The report.</param>
    /// <param name="today">Today: a report cannot be dated after it.</param>
    /// <param name="violations">Every violation; empty on success.</param>
    /// <returns><see langword="true"/> when the report was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is the default id.</exception>
    public bool TryRecordReport(PlanId plan, ImplementationReport report, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.UnsetId(plan);
        Guard.Against.Null(report);
        var found = new List<RuleViolation>();
        if (!planIndex.TryGetValue(plan, out var index))
        {
            found.Add(new RuleViolation(RuleCodes.PlanExists, $"'{plan}' is not a plan of {Union}.", "plans", plan.Value));
            violations = found;
            return false;
        }

        var current = plans[index];
        ImplementationRules.CheckReport(current, report, $"plans[{index}].reports[{current.Reports.Count}]", context.Rules, today, found);
        return Outcome.Apply(found, out violations, () =>
        {
            plans[index] = current with { Reports = [.. current.Reports, report] };
            context.Record(new ImplementationReportRecorded(Union, plan, report));
        });
    }

    /// <summary>Adds the violations a new registry would cause: a plan whose document it puts out of force on the
    /// plan's date. Paths are relative to the union.</summary>
    internal void CheckDocuments(DocumentRegistry proposed, List<RuleViolation> sink)
    {
        for (var i = 0; i < plans.Count; i++)
        {
            ImplementationRules.CheckPlanDocument(plans[i], $"plans[{i}].document", proposed, context.Rules, sink);
        }
    }

    /// <summary>Finds the work programme of a term.</summary>
    /// <param name="term">The term, by the ordinal of its congress.</param>
    /// <returns>The programme, or <see langword="null"/> when none is on record.</returns>
    public WorkProgramme? ProgrammeOf(int term) => programmes.Find(p => p.Term == term);

    /// <summary>Finds a plan by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The plan, or <see langword="null"/> when the union has none with that id.</returns>
    public ImplementationPlan? FindPlan(PlanId id) => planIndex.TryGetValue(id, out var index) ? plans[index] : null;

    /// <summary>
    /// Lists the documents the union is implementing on a date: those carried out by a task of the programme of the
    /// term in force, and those of the plans adopted by then (certainly or possibly) that belong to that term or span
    /// terms from an earlier one and are not done — each with the tasks, the plans and their status on the date.
    /// Programme documents come first, in task order, then the others in plan order.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The documents and the work on each; empty before the first term on record.</returns>
    public IReadOnlyList<DocumentWork> ImplementationOn(LocalDate date)
    {
        if (context.Terms.TermOn(date).Value is not { } term)
        {
            return [];
        }

        var documents = context.Documents;
        var programme = ProgrammeOf(term.Ordinal);
        var current = plans
            .Where(p => (p.Term == term.Ordinal || (p.SpansTerms && p.Term < term.Ordinal && p.StatusOn(date) != PlanStatus.Done))
                && (p.Adopted is not { } adopted || adopted.Earliest <= date))
            .ToArray();
        var symbols = (programme?.Tasks.SelectMany(t => t.Carries) ?? []).Concat(current.Select(p => p.Document)).Distinct();
        return symbols.Select(symbol =>
        {
            var document = documents.Find(symbol);
            return new DocumentWork(
                symbol,
                document,
                document is null ? Answer.Possibly : documents.InForceOn(document, date),
                programme?.TasksCarrying(symbol) ?? [],
                current.Where(p => p.Document == symbol).Select(p => new PlanOnDate(p, p.StatusOn(date))).ToArray());
        }).ToArray();
    }
}
