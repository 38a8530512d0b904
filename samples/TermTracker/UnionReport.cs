using System.Globalization;

namespace TermTracker;

/// <summary>The union command: a union's record — names by date, founding (with the claims of other sources when
/// they disagree), tradition day, member counts, congresses and terms, and its end.</summary>
internal static class UnionReport
{
    public static void Write(TextWriter output, UnionDataset dataset, Union union, LocalDate asOf)
    {
        output.WriteLine($"{union.Name.English} ({union.Id}), {union.Level.ToString().ToLowerInvariant()}{(union.Parent is { } parent ? $", a member of {parent}" : string.Empty)}");
        output.WriteLine("  Names:");
        for (var i = 0; i < union.Names.Count; i++)
        {
            var name = union.Names[i];
            var until = i + 1 < union.Names.Count ? $" to {union.Names[i + 1].From}" : string.Empty;
            output.WriteLine($"    {name.Vietnamese} / {name.English} (from {name.From?.ToString() ?? "the founding"}{until})");
        }

        var founded = union.Founded?.ToString() ?? "not recorded";
        output.WriteLine(union.FoundingDisputed ? $"  Founded: {founded} (preferred) — DISPUTED by other sources:" : $"  Founded: {founded}");
        foreach (var claim in union.OtherFoundingClaims)
        {
            output.WriteLine($"    {claim.Date}, says {claim.Source}{(claim.Note is { } note ? $": {note}" : string.Empty)}");
        }

        output.WriteLine(union.Provinces.Count == 0 ? "  Province: none on record" : "  Province over time:");
        for (var i = 0; i < union.Provinces.Count; i++)
        {
            var served = union.Provinces[i];
            var province = dataset.FindProvince(served.Province);
            var until = i + 1 < union.Provinces.Count ? $" to {union.Provinces[i + 1].From}" : string.Empty;
            var life = province is null ? string.Empty : $"; the province {(province.From is { } f ? $"from {f}" : "from a day not recorded")}{(province.To is { } t ? $" to {t}" : string.Empty)}{(province.Centre is { } c ? $", centre {c}" : string.Empty)}";
            output.WriteLine($"    {province?.Vietnamese ?? served.Province.Value} / {province?.English ?? served.Province.Value} ({served.Province}), served from {served.From?.ToString() ?? "the start of the record"}{until}{life}");
        }

        if (TermTable.ProvinceNote(dataset, union, asOf) is { } merged)
        {
            output.WriteLine($"  Note: {merged}");
        }

        foreach (var predecessor in dataset.PredecessorsOf(union.Id))
        {
            output.WriteLine($"  Formed by merger from: {predecessor.Id} ({predecessor.Succession!.Date}{(predecessor.Succession.Decision is { } d ? $", {d}" : string.Empty)})");
        }

        if (union.TraditionDay is { } day)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Tradition day: {day:uuuu-MM-dd}"));
        }

        foreach (var count in union.MemberCounts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Members ({count.AsOf}): {count.Count} {count.Kind}"));
        }

        output.WriteLine(union.Terms.Count == 0 ? "  Congresses: none on record" : "  Congresses:");
        foreach (var term in union.Terms)
        {
            output.WriteLine($"    {term.Congress.OrdinalText} congress, {term.Congress.Held?.ToString() ?? "date unknown"}: term {term.Label.Text}{(term.End is { } end ? $", to {end}" : term.IsOpen ? ", open" : string.Empty)}");
        }

        output.WriteLine(union.Succession switch
        {
            { Kind: SuccessionKind.Merged } s => $"  Ended: merged into {s.Successor} on {s.Date}{(s.Decision is { } d ? $" ({d})" : string.Empty)}",
            { } s => $"  Ended: dissolved on {s.Date}",
            null => "  Ended: no (no merger or dissolution on record)",
        });
        if (union.RecordedTo is { } recorded)
        {
            output.WriteLine($"  Record reaches: {recorded} (nothing later is on record)");
        }

        if (union.Source is { } source)
        {
            output.WriteLine($"  Source: {source}");
        }
    }
}
