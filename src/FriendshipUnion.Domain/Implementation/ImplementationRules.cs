using System.Globalization;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>The rules on a union's work programmes and implementation plans. Paths are relative to the union.</summary>
internal static class ImplementationRules
{
    /// <summary>Checks the rules that need only the union: terms, numbering, ids, deadlines and reports.</summary>
    internal static void Check(UnionDraft draft, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var terms = new Dictionary<int, int>();
        for (var i = 0; i < draft.Congresses.Count; i++)
        {
            terms.TryAdd(draft.Congresses[i].Ordinal, i);
        }

        CheckProgrammes(draft, terms, rules, sink);
        var ids = new HashSet<PlanId>();
        for (var i = 0; i < draft.Plans.Count; i++)
        {
            var plan = draft.Plans[i];
            var path = $"plans[{i}]";
            if (!ids.Add(plan.Id) && rules.Applies(RuleCodes.PlanUniqueId, null))
            {
                sink.Add(new RuleViolation(RuleCodes.PlanUniqueId, $"The plan id '{plan.Id}' is used twice in this union.", path + ".id", plan.Id.Value));
            }

            if (!terms.TryGetValue(plan.Term, out var congress))
            {
                if (rules.Applies(RuleCodes.PlanTerm, null))
                {
                    sink.Add(new RuleViolation(RuleCodes.PlanTerm, $"No congress numbered {plan.Term} is on record, so the plan's term does not exist.", path + ".term", plan.Term.ToString(CultureInfo.InvariantCulture)));
                }
            }
            else
            {
                CheckWithinTerm(draft, congress, plan, path, rules, sink);
            }

            CheckReports(plan, path, rules, today, sink);
        }
    }

    /// <summary>Checks the rules that need the dataset's documents: every document named exists, and a plan's
    /// document is in force on the plan's date.</summary>
    internal static void CheckDocuments(UnionDraft draft, DocumentRegistry documents, RuleCatalog rules, List<RuleViolation> sink, string pathPrefix)
    {
        for (var i = 0; i < draft.Programmes.Count; i++)
        {
            CheckProgrammeDocuments(draft.Programmes[i], $"{pathPrefix}programmes[{i}]", documents, rules, sink);
        }

        for (var i = 0; i < draft.Plans.Count; i++)
        {
            CheckPlanDocument(draft.Plans[i], $"{pathPrefix}plans[{i}].document", documents, rules, sink);
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

    /// <summary>Checks that every document a programme's tasks carry out exists.</summary>
    internal static void CheckProgrammeDocuments(WorkProgramme programme, string path, DocumentRegistry documents, RuleCatalog rules, List<RuleViolation> sink)
    {
        for (var j = 0; j < programme.Tasks.Count; j++)
        {
            for (var k = 0; k < programme.Tasks[j].Carries.Count; k++)
            {
                var symbol = programme.Tasks[j].Carries[k];
                if (documents.Find(symbol) is null && rules.Applies(RuleCodes.DocumentExists, null))
                {
                    sink.Add(Missing(symbol, $"{path}.tasks[{j}].carries[{k}]"));
                }
            }
        }
    }

    private static RuleViolation Missing(DocumentSymbol symbol, string path) =>
        new(RuleCodes.DocumentExists, $"{symbol} is not a document of the dataset.", path, symbol.ToString());

    private static void CheckProgrammes(UnionDraft draft, Dictionary<int, int> terms, RuleCatalog rules, List<RuleViolation> sink)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < draft.Programmes.Count; i++)
        {
            var programme = draft.Programmes[i];
            var path = $"programmes[{i}]";
            if (rules.Applies(RuleCodes.ProgrammeTerm, null))
            {
                if (!terms.ContainsKey(programme.Term))
                {
                    sink.Add(new RuleViolation(RuleCodes.ProgrammeTerm, $"No congress numbered {programme.Term} is on record, so the programme's term does not exist.", path + ".term", programme.Term.ToString(CultureInfo.InvariantCulture)));
                }
                else if (!seen.Add(programme.Term))
                {
                    sink.Add(new RuleViolation(RuleCodes.ProgrammeTerm, $"Term {programme.Term} already has a work programme.", path + ".term", programme.Term.ToString(CultureInfo.InvariantCulture)));
                }
            }

            if (!rules.Applies(RuleCodes.ProgrammeTasks, null))
            {
                continue;
            }

            if (programme.DeclaredCount is { } declared && programme.Tasks.Count > declared)
            {
                sink.Add(new RuleViolation(RuleCodes.ProgrammeTasks, $"The programme declares {declared} items; {programme.Tasks.Count} are recorded.", path + ".tasks", programme.Tasks.Count.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            var numbers = new HashSet<int>();
            for (var j = 0; j < programme.Tasks.Count; j++)
            {
                var number = programme.Tasks[j].Number;
                if (!numbers.Add(number) || number > programme.Count)
                {
                    sink.Add(new RuleViolation(RuleCodes.ProgrammeTasks, $"Item {number} is numbered twice or beyond the programme's {programme.Count} items.", $"{path}.tasks[{j}].number", number.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    private static void CheckWithinTerm(UnionDraft draft, int congress, ImplementationPlan plan, string path, RuleCatalog rules, List<RuleViolation> sink)
    {
        var start = draft.Congresses[congress].Held;
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
        var next = congress + 1 < draft.Congresses.Count ? draft.Congresses[congress + 1] : null;
        var label = draft.Congresses[congress].TermLabel;
        LocalDate? nominalEnd = label.NominalEndYear is { } endYear ? new LocalDate(endYear, 12, 31) : null;
        LocalDate? beforeNext = next?.Held is { } held ? held.Latest.PlusDays(-1) : null;
        LocalDate? lastDay = next is null ? nominalEnd
            : beforeNext is { } dayBefore ? (nominalEnd is { } end ? LocalDate.Max(end, dayBefore) : dayBefore)
            : null; // the next congress's date is unknown: the term's end is unknown
        var member = plan.Schedule.Recurrence == PlanRecurrence.Once ? "due" : "lastYear";
        var shown = plan.Schedule.Recurrence == PlanRecurrence.Once ? deadline.Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : plan.Schedule.LastYear!.Value.ToString(CultureInfo.InvariantCulture);
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

    private static void CheckReports(ImplementationPlan plan, string path, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var notBefore = plan.Adopted?.Earliest ?? plan.Starts;
        for (var k = 0; k < plan.Reports.Count; k++)
        {
            var report = plan.Reports[k];
            var reportPath = $"{path}.reports[{k}]";
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
                continue;
            }

            if (plan.Schedule.Recurrence == PlanRecurrence.Once && report.Year is { } year)
            {
                sink.Add(new RuleViolation(RuleCodes.PlanReportYear, $"Plan '{plan.Id}' is one-off: its reports name no year.", reportPath + ".year", year.ToString(CultureInfo.InvariantCulture)));
            }
            else if (plan.Schedule.Recurrence == PlanRecurrence.Annual && report.Year is null)
            {
                sink.Add(new RuleViolation(RuleCodes.PlanReportYear, $"A report on annual plan '{plan.Id}' names the year it covers (a report made in January often covers the year before).", reportPath));
            }
            else if (plan.Schedule.Recurrence == PlanRecurrence.Annual
                && ((plan.FirstYear is { } firstYear && report.Cycle < firstYear) || report.Cycle > (plan.Schedule.LastYear ?? int.MaxValue) || report.Cycle > report.Date.Year))
            {
                sink.Add(new RuleViolation(RuleCodes.PlanReportYear, $"A report dated {date} cannot cover {report.Cycle}: plan '{plan.Id}' runs {plan.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}–{plan.Schedule.LastYear?.ToString(CultureInfo.InvariantCulture) ?? ""}, and a year is reported in or after it.", reportPath + ".year", report.Cycle.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
