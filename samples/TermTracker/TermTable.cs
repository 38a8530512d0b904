using System.Globalization;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>Writes the table of terms in force.</summary>
internal static class TermTable
{
    private static readonly string[] Headers = ["Union", "Congress", "Term", "Started", "Elapsed", "Until due", "Progress", "Due from", "Next congress"];

    internal static void Write(TextWriter output, UnionDataset dataset, IReadOnlyList<Union> unions, LocalDate asOf, bool isToday)
    {
        output.WriteLine(F("Terms in force on {0}", D(asOf)) + (isToday ? T(" (today in Vietnam)") : string.Empty));
        output.WriteLine();
        var rows = new List<string[]> { Headers.Select(T).ToArray() };
        foreach (var union in unions)
        {
            rows.Add(Row(union, asOf));
        }

        var widths = Enumerable.Range(0, Headers.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        output.WriteLine();
        output.WriteLine(T("A range (a–b) comes from a date known only to the month or year; '?' marks a term that may not yet have begun on that date."));
        foreach (var union in unions)
        {
            if (union.RecordedTo is { } recorded && recorded.Latest < asOf)
            {
                output.WriteLine(F("{0}: as of the latest record ({1}), {2}; the status above is computed for {3}.", union.Id, D(recorded), LatestState(union, recorded.Latest), D(asOf)));
            }

            if (ProvinceNote(dataset, union, asOf) is { } note)
            {
                output.WriteLine(note);
            }
        }
    }

    // When the province a union serves by its record ended before the date and the union's own end is not on record:
    // what became of the province, and that the union's merger is not on record.
    internal static string? ProvinceNote(UnionDataset dataset, Union union, LocalDate asOf)
    {
        if (union.Succession is not null || union.ProvinceOn(asOf) is not { } served || dataset.FindProvince(served.Province) is not { To: { } ended } province || ended.Latest >= asOf)
        {
            return null;
        }

        var successors = dataset.SuccessorsOf(province.Id);
        if (successors.Count == 0)
        {
            return F("{0}: the province it serves, {1}, ended on {2}; what the union serves after that is not on record.", union.Id, Names.Of(province), D(ended));
        }

        var merged = successors[0];
        var others = merged.Predecessors.Where(p => p != province.Id).Select(p => dataset.FindProvince(p) is { } other ? Names.Of(other) : p.Value).ToArray();
        var with = others.Length == 0 ? string.Empty : T(" and ") + string.Join(T(" and "), others);
        var centre = merged.Centre is { } c ? F(", centred at {0}", c) : string.Empty;
        var by = merged.EstablishedBy is { } document ? F(" under {0}", document) : string.Empty;
        return F("{0}: {1}{2} merged on {3}{4} into one province named {5}{6}; the union's merger is not on record.", union.Id, Names.Of(province), with, Names.Of(merged.From, "a day not recorded"), by, Names.Of(merged), centre);
    }

    private static string[] Row(Union union, LocalDate asOf)
    {
        var match = union.TermOn(asOf);
        if (match.Value is not { } term)
        {
            return [union.Id.Value, "-", T("no term on record"), "-", "-", "-", "-", "-", "-"];
        }

        var possibly = match.Answer == Answer.Possibly ? "?" : string.Empty;
        var progress = term.ProgressOn(asOf);
        return
        [
            union.Id.Value,
            O(term.Congress.Ordinal) + possibly,
            term.Label.Text,
            Names.Of(term.Start, "unknown"),
            progress.ElapsedDays is { } elapsed ? F("{0} days", elapsed) : T("unknown"),
            progress.RemainingDays is { } remaining ? (remaining >= 0 ? F("{0} days", remaining) : F("{0} days past", -remaining)) : T("unknown"),
            progress.FractionElapsed is { } fraction ? Percent(fraction) : T("unknown"),
            term.Schedule is { } schedule ? D(schedule.DueFrom) : T("unknown"),
            Describe(term.DueStatusOn(asOf)),
        ];
    }

    // What the record says on its latest day: the term then in force, and its congress's status.
    private static string LatestState(Union union, LocalDate recorded) => union.TermOn(recorded).Value is { } term
        ? F(term.DueStatusOn(recorded) == CongressDueStatus.Held ? "the {0} congress's term ({1}) was in force and the next congress had been held" : "the {0} congress's term ({1}) was in force and the next congress had not been held", O(term.Congress.Ordinal), term.Label.Text)
        : T("no term was on record");

    private static string Percent(Bounds<double> fraction)
    {
        var min = (int)Math.Round(fraction.Min * 100);
        var max = (int)Math.Round(fraction.Max * 100);
        return min == max ? string.Create(CultureInfo.InvariantCulture, $"{min}%") : string.Create(CultureInfo.InvariantCulture, $"{min}–{max}%");
    }

    private static string Describe(CongressDueStatus status) => status switch
    {
        CongressDueStatus.OnTime => T("on time"),
        CongressDueStatus.Due => T("due"),
        CongressDueStatus.Overdue => T("overdue").ToUpper(Culture),
        CongressDueStatus.Escalated => T("escalated").ToUpper(Culture),
        CongressDueStatus.Held => T("held"),
        _ => T("unknown (label has no years)"),
    };
}
