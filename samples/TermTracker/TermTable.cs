using System.Globalization;

namespace TermTracker;

/// <summary>Writes the table of terms in force.</summary>
internal static class TermTable
{
    private static readonly string[] Headers = ["Union", "Congress", "Term", "Started", "Elapsed", "Until due", "Progress", "Due from", "Next congress"];

    internal static void Write(TextWriter output, UnionDataset dataset, IReadOnlyList<Union> unions, LocalDate asOf, bool isToday)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Terms in force on {asOf:uuuu-MM-dd}{(isToday ? " (today in Vietnam)" : string.Empty)}"));
        output.WriteLine();
        var rows = new List<string[]> { Headers };
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
        output.WriteLine("A range (a–b) comes from a date known only to the month or year; '?' marks a term that may not yet have begun on that date.");
        foreach (var union in unions)
        {
            if (union.RecordedTo is { } recorded && recorded.Latest < asOf)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{union.Id}: as of the latest record ({recorded}), {LatestState(union, recorded.Latest)}; the status above is computed for {asOf:uuuu-MM-dd}."));
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
            return $"{union.Id}: the province it serves, {province.English}, ended on {ended}; what the union serves after that is not on record.";
        }

        var merged = successors[0];
        var others = merged.Predecessors.Where(p => p != province.Id).Select(p => dataset.FindProvince(p)?.English ?? p.Value).ToArray();
        var with = others.Length == 0 ? string.Empty : " and " + string.Join(" and ", others);
        var centre = merged.Centre is { } c ? $", centred at {c}" : string.Empty;
        var by = merged.EstablishedBy is { } document ? $" under {document}" : string.Empty;
        return $"{union.Id}: {province.English}{with} merged on {merged.From?.ToString() ?? "a day not recorded"}{by} into one province named {merged.English}{centre}; the union's merger is not on record.";
    }

    private static string[] Row(Union union, LocalDate asOf)
    {
        var match = union.TermOn(asOf);
        if (match.Value is not { } term)
        {
            return [union.Id.Value, "-", "no term on record", "-", "-", "-", "-", "-", "-"];
        }

        var possibly = match.Answer == Answer.Possibly ? "?" : string.Empty;
        var progress = term.ProgressOn(asOf);
        return
        [
            union.Id.Value,
            term.Congress.OrdinalText + possibly,
            term.Label.Text,
            term.Start?.ToString() ?? "unknown",
            progress.ElapsedDays is { } elapsed ? $"{elapsed} days" : "unknown",
            progress.RemainingDays is { } remaining ? (remaining >= 0 ? $"{remaining} days" : $"{-remaining} days past") : "unknown",
            progress.FractionElapsed is { } fraction ? Percent(fraction) : "unknown",
            term.Schedule?.DueFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "unknown",
            Describe(term.DueStatusOn(asOf)),
        ];
    }

    // What the record says on its latest day: the term then in force, and its congress's status.
    private static string LatestState(Union union, LocalDate recorded) => union.TermOn(recorded).Value is { } term
        ? $"the {term.Congress.OrdinalText} congress's term ({term.Label.Text}) was in force and the next congress {(term.DueStatusOn(recorded) == CongressDueStatus.Held ? "had been held" : "had not been held")}"
        : "no term was on record";

    private static string Percent(Bounds<double> fraction)
    {
        var min = (int)Math.Round(fraction.Min * 100);
        var max = (int)Math.Round(fraction.Max * 100);
        return min == max ? string.Create(CultureInfo.InvariantCulture, $"{min}%") : string.Create(CultureInfo.InvariantCulture, $"{min}–{max}%");
    }

    private static string Describe(CongressDueStatus status) => status switch
    {
        CongressDueStatus.OnTime => "on time",
        CongressDueStatus.Due => "due",
        CongressDueStatus.Overdue => "OVERDUE",
        CongressDueStatus.Escalated => "ESCALATED",
        CongressDueStatus.Held => "held",
        _ => "unknown (label has no years)",
    };
}
