using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>Writes the documents a union is implementing on a date, with the programme's tasks and each plan's
/// status, and the documents of the registry in force on a date.</summary>
internal static class DirectivesReport
{
    internal static void WriteImplementation(TextWriter output, Union union, UnionWork work, LocalDate date)
    {
        var term = union.TermOn(date);
        output.WriteLine(F("{0} — documents being implemented on {1}", Names.Of(union), D(date)));
        if (term.Value is not { } current)
        {
            output.WriteLine(T("  No term is on record on this date."));
            output.WriteLine();
            return;
        }

        output.WriteLine(F("  Term: {0}", Vietnamese ? Names.Of(current) : current.ToString()) + (term.Answer == Answer.Possibly ? T(" (possibly)") : string.Empty));
        var documents = work.ImplementationOn(date);
        if (documents.Count == 0)
        {
            output.WriteLine(T("  None on record: no task of the term's programme and no plan names a document."));
        }

        foreach (var item in documents)
        {
            output.WriteLine($"  {item.Symbol,-16}{Describe(item.Document)}{InForce(item.InForce)}");
            if ((Vietnamese ? item.Document?.TitleVi ?? item.Document?.TitleEn : item.Document?.TitleEn) is { } title)
            {
                output.WriteLine($"  {string.Empty,-16}{title}");
            }

            foreach (var task in item.Tasks)
            {
                var kind = T(work.ProgrammeOf(current.Ordinal)?.ItemKind == ProgrammeItemKind.Area ? "area" : "key task");
                output.WriteLine($"  {string.Empty,-16}{kind} {task.Number}: {task.Text}");
                if (task.Note is { } note)
                {
                    output.WriteLine($"  {string.Empty,-16}  ({note})");
                }
            }

            foreach (var plan in item.Plans)
            {
                output.WriteLine($"  {string.Empty,-16}" + F("plan {0} ({1}): {2}", plan.Plan.Id, Schedule(plan.Plan.Schedule), Status(plan.Status)));
            }

            output.WriteLine($"  {string.Empty,-16}" + F("status: {0}", item.Status is { } status ? Status(status) : T("no plan on record (carried by the term's programme)")));
        }

        output.WriteLine();
    }

    internal static void WriteInForce(TextWriter output, DocumentRegistry documents, LocalDate date)
    {
        output.WriteLine(F("Documents in force on {0}", D(date)));
        foreach (var found in documents.InForceOn(date))
        {
            var document = found.Value!;
            var chain = documents.ReplacedBy(document.Symbol) is { } successor
                ? F(" — to be replaced by {0}", successor.Symbol) + (successor.InForceFrom is { } from ? F(" from {0}", D(from)) : string.Empty)
                : string.Empty;
            output.WriteLine($"  {document.Symbol,-16}{Describe(document)}{(found.Answer == Answer.Possibly ? T(" (possibly in force)") : string.Empty)}{chain}");
        }
    }

    private static string Describe(LegalDocument? document) => document is null
        ? T("(not in the registry)")
        : $"{Names.Of(document.Kind)}, {document.IssuedBy}, {Names.Of(document.Issued, "date unknown")}";

    private static string InForce(Answer answer) => T(answer switch
    {
        Answer.Yes => " — in force",
        Answer.Possibly => " — possibly in force",
        _ => " — not in force",
    });

    private static string Schedule(PlanSchedule schedule) => schedule.Recurrence == PlanRecurrence.Once
        ? schedule.Due is { } due ? F("once, due {0}", D(due)) : T("once, no deadline recorded")
        : schedule.DueEachYear is { } day ? F("every year by {0}", Vietnamese ? $"{day.Day:00}/{day.Month:00}" : day) : T("every year, no deadline recorded");

    private static string Status(PlanStatus status) => T(status switch
    {
        PlanStatus.Planned => "planned",
        PlanStatus.InProgress => "in progress",
        PlanStatus.Done => "done",
        _ => "overdue",
    });
}
