using System.Globalization;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>
/// The rules on a union's work programmes and implementation plans, written once, item by item: checking a whole
/// record (on load) runs them over every item against the ones before it, and each change of
/// <see cref="UnionWork"/> runs the ones its item can break. Paths are relative to the union.
/// </summary>
internal static class ImplementationRules
{
    /// <summary>Checks every programme and plan of a union against its terms and the dataset's documents.</summary>
    /// <remarks>The document rules are skipped when <paramref name="documents"/> is null: the registry itself is
    /// invalid, and reported as such.</remarks>
    internal static void Check(IReadOnlyList<WorkProgramme> programmes, IReadOnlyList<ImplementationPlan> plans, TermHistory terms, DocumentRegistry? documents, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var programmeTerms = new HashSet<int>();
        for (var i = 0; i < programmes.Count; i++)
        {
            CheckProgramme(programmes[i], i, programmeTerms, terms, documents, rules, sink);
            programmeTerms.Add(programmes[i].Term);
        }

        var ids = new HashSet<PlanId>();
        for (var i = 0; i < plans.Count; i++)
        {
            CheckPlan(plans[i], i, !ids.Add(plans[i].Id), terms, documents, rules, today, sink);
        }
    }

    /// <summary>Checks a programme: its term exists and has no other programme, its items are numbered, and the
    /// documents its tasks carry out are in the registry.</summary>
    internal static void CheckProgramme(WorkProgramme programme, int index, IReadOnlySet<int> termsWithProgramme, TermHistory terms, DocumentRegistry? documents, RuleCatalog rules, List<RuleViolation> sink)
    {
        var path = $"programmes[{index}]";
        if (rules.Applies(RuleCodes.ProgrammeTerm, null))
        {
            if (terms.IndexOf(programme.Term) < 0)
            {
                sink.Add(new RuleViolation(RuleCodes.ProgrammeTerm, $"No congress numbered {programme.Term} is on record, so the programme's term does not exist.", path + ".term", Text(programme.Term)));
            }
            else if (termsWithProgramme.Contains(programme.Term))
            {
                sink.Add(new RuleViolation(RuleCodes.ProgrammeTerm, $"Term {programme.Term} already has a work programme.", path + ".term", Text(programme.Term)));
            }
        }

        if (rules.Applies(RuleCodes.ProgrammeTasks, null))
        {
            if (programme.DeclaredCount is { } declared && programme.Tasks.Count > declared)
            {
                sink.Add(new RuleViolation(RuleCodes.ProgrammeTasks, $"The programme declares {declared} items; {programme.Tasks.Count} are recorded.", path + ".tasks", Text(programme.Tasks.Count)));
            }
            else
            {
                var numbers = new HashSet<int>();
                for (var j = 0; j < programme.Tasks.Count; j++)
                {
                    var number = programme.Tasks[j].Number;
                    if (!numbers.Add(number) || number > programme.Count)
                    {
                        sink.Add(new RuleViolation(RuleCodes.ProgrammeTasks, $"Item {number} is numbered twice or beyond the programme's {programme.Count} items.", $"{path}.tasks[{j}].number", Text(number)));
                    }
                }
            }
        }

        for (var j = 0; j < programme.Tasks.Count; j++)
        {
            for (var k = 0; k < programme.Tasks[j].Carries.Count; k++)
            {
                var symbol = programme.Tasks[j].Carries[k];
                if (documents is not null && documents.Find(symbol) is null && rules.Applies(RuleCodes.DocumentExists, null))
                {
                    sink.Add(Missing(symbol, $"{path}.tasks[{j}].carries[{k}]"));
                }
            }
        }
    }

    /// <summary>Checks a plan with its reports: its id is unique, its term exists and holds its dates, its document
    /// is in the registry and in force on its date, and each report is in order.</summary>
    internal static void CheckPlan(ImplementationPlan plan, int index, bool idTaken, TermHistory terms, DocumentRegistry? documents, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var path = $"plans[{index}]";
        if (idTaken && rules.Applies(RuleCodes.PlanUniqueId, null))
        {
            sink.Add(new RuleViolation(RuleCodes.PlanUniqueId, $"The plan id '{plan.Id}' is used twice in this union.", path + ".id", plan.Id.Value));
        }

        var congress = terms.IndexOf(plan.Term);
        if (congress < 0)
        {
            if (rules.Applies(RuleCodes.PlanTerm, null))
            {
                sink.Add(new RuleViolation(RuleCodes.PlanTerm, $"No congress numbered {plan.Term} is on record, so the plan's term does not exist.", path + ".term", Text(plan.Term)));
            }
        }
        else
        {
            CheckWithinTerm(terms, congress, plan, path, rules, sink);
        }

        for (var k = 0; k < plan.Reports.Count; k++)
        {
            CheckReport(plan, plan.Reports[k], $"{path}.reports[{k}]", rules, today, sink);
        }

        if (documents is not null)
        {
            CheckPlanDocument(plan, path + ".document", documents, rules, sink);
        }
    }

    /// <summary>Checks that a plan's document exists and, unless the plan is historical, is in force on its date.</summary>
    internal static void CheckPlanDocument(ImplementationPlan plan, string path, DocumentRegistry documents, RuleCatalog rules, List<RuleViolation> sink)
    {
        if (documents.Find(plan.Document) is not { } document)
        {
            if (rules.Applies(RuleCodes.DocumentExists, null))
            {
                sink.Add(Missing(plan.Document, path));
            }

            return;
        }

        if (plan is { Historical: false, Adopted: { } adopted } && rules.Applies(RuleCodes.PlanDocumentInForce, adopted.Earliest)
            && documents.InForceDuring(document, adopted.Earliest, adopted.Latest) == Answer.No)
        {
            // Out of force on the plan's date: not yet, when it is (possibly) in force at some later day.
            var why = documents.InForceDuring(document, adopted.Latest, LocalDate.MaxIsoValue) != Answer.No
                ? $"was not yet issued or in force on {adopted} (issued {document.Issued?.ToString() ?? "on an unknown date"})"
                : documents.ReplacedBy(document.Symbol) is { } successor ? $"was no longer in force on {adopted}: {successor.Symbol} replaced it"
                : $"was no longer in force on {adopted}";
            sink.Add(new RuleViolation(RuleCodes.PlanDocumentInForce, $"Plan '{plan.Id}' cannot implement {document.Symbol}, which {why}; mark the plan historical to record it anyway.", path, plan.Document.ToString()));
        }
    }

    /// <summary>Checks one report against its plan: not before it, not after today, and naming a year of the plan
    /// when, and only when, the plan is annual.</summary>
    internal static void CheckReport(ImplementationPlan plan, ImplementationReport report, string reportPath, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var notBefore = plan.Adopted?.Earliest ?? plan.Starts;
        var date = report.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (notBefore is { } first && report.Date < first && rules.Applies(RuleCodes.PlanReportAfterPlan, report.Date))
        {
            sink.Add(new RuleViolation(RuleCodes.PlanReportAfterPlan, $"A report on plan '{plan.Id}' cannot predate the plan ({plan.Adopted?.ToString() ?? first.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}).", reportPath + ".date", date));
        }

        if (today is { } now && report.Date > now && rules.Applies(RuleCodes.PlanReportNotInFuture, report.Date))
        {
            sink.Add(new RuleViolation(RuleCodes.PlanReportNotInFuture, $"A report cannot be dated after today ({now:uuuu-MM-dd}).", reportPath + ".date", date));
        }

        if (!rules.Applies(RuleCodes.PlanReportYear, report.Date))
        {
            return;
        }

        if (plan.Schedule.Recurrence == PlanRecurrence.Once && report.Year is { } year)
        {
            sink.Add(new RuleViolation(RuleCodes.PlanReportYear, $"Plan '{plan.Id}' is one-off: its reports name no year.", reportPath + ".year", Text(year)));
        }
        else if (plan.Schedule.Recurrence == PlanRecurrence.Annual && report.Year is null)
        {
            sink.Add(new RuleViolation(RuleCodes.PlanReportYear, $"A report on annual plan '{plan.Id}' names the year it covers (a report made in January often covers the year before).", reportPath));
        }
        else if (plan.Schedule.Recurrence == PlanRecurrence.Annual
            && ((plan.FirstYear is { } firstYear && report.Cycle < firstYear) || report.Cycle > (plan.Schedule.LastYear ?? int.MaxValue) || report.Cycle > report.Date.Year))
        {
            sink.Add(new RuleViolation(RuleCodes.PlanReportYear, $"A report dated {date} cannot cover {report.Cycle}: plan '{plan.Id}' runs {plan.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}–{plan.Schedule.LastYear?.ToString(CultureInfo.InvariantCulture) ?? ""}, and a year is reported in or after it.", reportPath + ".year", Text(report.Cycle)));
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static RuleViolation Missing(DocumentSymbol symbol, string path) =>
        new(RuleCodes.DocumentExists, $"{symbol} is not a document of the dataset.", path, symbol.ToString());

    private static void CheckWithinTerm(TermHistory terms, int congress, ImplementationPlan plan, string path, RuleCatalog rules, List<RuleViolation> sink)
    {
        var start = terms.Congresses[congress].Held;
        if (plan.Adopted is { } adopted && start is { } began && adopted.Latest < began.Earliest && rules.Applies(RuleCodes.PlanTerm, adopted.Earliest))
        {
            sink.Add(new RuleViolation(RuleCodes.PlanTerm, $"Plan '{plan.Id}' cannot be adopted before its term began ({began}).", path + ".adopted", adopted.ToString()));
        }

        if (plan.Schedule.LastDeadlineBounds is not { } deadline || !rules.Applies(RuleCodes.PlanDeadlineWithinTerm, deadline.Earliest))
        {
            return;
        }

        // A term runs at least to the end of its label's last year, and to the day before the next congress when that
        // is later: recording a congress never puts an existing deadline outside its term.
        var next = congress + 1 < terms.Congresses.Count ? terms.Congresses[congress + 1] : null;
        var label = terms.Congresses[congress].TermLabel;
        LocalDate? nominalEnd = label.NominalEndYear is { } endYear ? new LocalDate(endYear, 12, 31) : null;
        LocalDate? beforeNext = next?.Held is { } held && held.Latest > LocalDate.MinIsoValue ? held.Latest.PlusDays(-1) : null;
        LocalDate? lastDay = next is null ? nominalEnd
            : beforeNext is { } dayBefore ? (nominalEnd is { } end ? LocalDate.Max(end, dayBefore) : dayBefore)
            : null; // the next congress's date is unknown: the term's end is unknown
        var member = plan.Schedule.Recurrence == PlanRecurrence.Once ? "due" : "lastYear";
        var shown = plan.Schedule.Recurrence == PlanRecurrence.Once ? deadline.Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : Text(plan.Schedule.LastYear!.Value);
        string? problem = plan.FirstYear is { } first && plan.Schedule.Recurrence == PlanRecurrence.Annual && plan.Schedule.LastYear < first ? $"falls before the plan's first year ({first})"
            : plan.SpansTerms ? null
            : start is { } from && deadline.Latest < from.Earliest ? $"falls before its term began ({from})"
            : lastDay is { } last && deadline.Earliest > last ? $"falls after its term, which runs to {last:uuuu-MM-dd} at the latest"
            : null;
        if (problem is not null)
        {
            sink.Add(new RuleViolation(RuleCodes.PlanDeadlineWithinTerm, $"The last deadline ({shown}) of plan '{plan.Id}' {problem}; say that the plan spans terms if it is meant to.", $"{path}.{member}", shown));
        }
    }
}
