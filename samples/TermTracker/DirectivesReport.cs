using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;

namespace TermTracker;

/// <summary>Writes the documents a union is implementing on a date, with the programme's tasks and each plan's
/// status, and the documents of the registry in force on a date.</summary>
internal static class DirectivesReport
{
    internal static void WriteImplementation(TextWriter output, Union union, UnionWork work, LocalDate date)
    {
        var term = union.TermOn(date);
        output.WriteLine($"{union.Name.English} — documents being implemented on {date:uuuu-MM-dd}");
        if (term.Value is not { } current)
        {
            output.WriteLine("  No term is on record on this date.");
            output.WriteLine();
            return;
        }

        output.WriteLine($"  Term: {current}{(term.Answer == Answer.Possibly ? " (possibly)" : string.Empty)}");
        var documents = work.ImplementationOn(date);
        if (documents.Count == 0)
        {
            output.WriteLine("  None on record: no task of the term's programme and no plan names a document.");
        }

        foreach (var item in documents)
        {
            output.WriteLine($"  {item.Symbol,-16}{Describe(item.Document)}{InForce(item.InForce)}");
            if (item.Document?.TitleEn is { } title)
            {
                output.WriteLine($"  {string.Empty,-16}{title}");
            }

            foreach (var task in item.Tasks)
            {
                var kind = work.ProgrammeOf(current.Ordinal)?.ItemKind == ProgrammeItemKind.Area ? "area" : "key task";
                output.WriteLine($"  {string.Empty,-16}{kind} {task.Number}: {task.Text}");
                if (task.Note is { } note)
                {
                    output.WriteLine($"  {string.Empty,-16}  ({note})");
                }
            }

            foreach (var plan in item.Plans)
            {
                output.WriteLine($"  {string.Empty,-16}plan {plan.Plan.Id} ({Schedule(plan.Plan.Schedule)}): {Status(plan.Status)}");
            }

            output.WriteLine($"  {string.Empty,-16}status: {(item.Status is { } status ? Status(status) : "no plan on record (carried by the term's programme)")}");
        }

        output.WriteLine();
    }

    internal static void WriteInForce(TextWriter output, DocumentRegistry documents, LocalDate date)
    {
        output.WriteLine($"Documents in force on {date:uuuu-MM-dd}");
        foreach (var found in documents.InForceOn(date))
        {
            var document = found.Value!;
            var chain = documents.ReplacedBy(document.Symbol) is { } successor
                ? $" — to be replaced by {successor.Symbol}{(successor.InForceFrom is { } from ? $" from {from:uuuu-MM-dd}" : string.Empty)}"
                : string.Empty;
            output.WriteLine($"  {document.Symbol,-16}{Describe(document)}{(found.Answer == Answer.Possibly ? " (possibly in force)" : string.Empty)}{chain}");
        }
    }

    private static string Describe(LegalDocument? document) => document is null
        ? "(not in the registry)"
        : $"{document.Kind?.English ?? "Document"}, {document.IssuedBy}, {document.Issued?.ToString() ?? "date unknown"}";

    private static string InForce(Answer answer) => answer switch
    {
        Answer.Yes => " — in force",
        Answer.Possibly => " — possibly in force",
        _ => " — not in force",
    };

    private static string Schedule(PlanSchedule schedule) => schedule.Recurrence == PlanRecurrence.Once
        ? schedule.Due is { } due ? $"once, due {due:uuuu-MM-dd}" : "once, no deadline recorded"
        : schedule.DueEachYear is { } day ? $"every year by {day}" : "every year, no deadline recorded";

    private static string Status(PlanStatus status) => status switch
    {
        PlanStatus.Planned => "planned",
        PlanStatus.InProgress => "in progress",
        PlanStatus.Done => "done",
        _ => "overdue",
    };
}
