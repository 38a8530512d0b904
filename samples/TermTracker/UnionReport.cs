using System.Globalization;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>The union command: a union's record — names by date, founding (with the claims of other sources when
/// they disagree), tradition day, member counts, congresses and terms, and its end.</summary>
internal static class UnionReport
{
    public static void Write(TextWriter output, UnionDataset dataset, Union union, LocalDate asOf)
    {
        var level = Vietnamese ? N(union.Level) : union.Level.ToString().ToLowerInvariant();
        output.WriteLine($"{Names.Of(union)} ({union.Id}), {level}{(union.Parent is { } parent ? F(", a member of {0}", parent) : string.Empty)}");
        output.WriteLine(T("  Names:"));
        for (var i = 0; i < union.Names.Count; i++)
        {
            var name = union.Names[i];
            var until = i + 1 < union.Names.Count ? F(" to {0}", Names.Of(union.Names[i + 1].From, "a day not recorded")) : string.Empty;
            output.WriteLine($"    {name.Vietnamese} / {name.English} ({F("from {0}", Names.Of(name.From, "the founding"))}{until})");
        }

        var founded = Names.Of(union.Founded, "not recorded");
        output.WriteLine(union.FoundingDisputed ? F("  Founded: {0} (preferred) — DISPUTED by other sources:", founded) : F("  Founded: {0}", founded));
        foreach (var claim in union.OtherFoundingClaims)
        {
            output.WriteLine("    " + F("{0}, says {1}", D(claim.Date), claim.Source) + (claim.Link is { } link ? $" <{link}>" : string.Empty) + (claim.Note is { } note ? $": {note}" : string.Empty));
        }

        output.WriteLine(union.Provinces.Count == 0 ? T("  Province: none on record") : T("  Province over time:"));
        for (var i = 0; i < union.Provinces.Count; i++)
        {
            var served = union.Provinces[i];
            var province = dataset.FindProvince(served.Province);
            var until = i + 1 < union.Provinces.Count ? F(" to {0}", Names.Of(union.Provinces[i + 1].From, "a day not recorded")) : string.Empty;
            var life = province is null ? string.Empty
                : F("; the province {0}", province.From is { } f ? F("from {0}", D(f)) : T("from a day not recorded"))
                    + (province.To is { } t ? F(" to {0}", D(t)) : string.Empty)
                    + (province.Centre is { } c ? F(", centre {0}", c) : string.Empty);
            output.WriteLine($"    {province?.Vietnamese ?? served.Province.Value} / {province?.English ?? served.Province.Value} ({served.Province}), {F("served from {0}", Names.Of(served.From, "the start of the record"))}{until}{life}");
        }

        if (TermTable.ProvinceNote(dataset, union, asOf) is { } merged)
        {
            output.WriteLine(F("  Note: {0}", merged));
        }

        foreach (var predecessor in dataset.PredecessorsOf(union.Id))
        {
            output.WriteLine(F("  Formed by merger from: {0} ({1})", predecessor.Id, D(predecessor.Succession!.Date) + (predecessor.Succession.Decision is { } d ? $", {d}" : string.Empty)));
        }

        if (union.TraditionDay is { } day)
        {
            output.WriteLine(F("  Tradition day: {0}", D(day)));
        }

        foreach (var count in union.MemberCounts)
        {
            output.WriteLine(F("  Members ({0}): {1} {2}", D(count.AsOf), count.Count.ToString(CultureInfo.InvariantCulture), Vietnamese ? N(count.Kind) : count.Kind.ToString()));
        }

        output.WriteLine(union.Terms.Count == 0 ? T("  Congresses: none on record") : T("  Congresses:"));
        foreach (var term in union.Terms)
        {
            var end = term.End is { } e ? F(", to {0}", D(e)) : term.IsOpen ? T(", open") : string.Empty;
            output.WriteLine("    " + F("{0} congress, {1}: term {2}", O(term.Congress.Ordinal), Names.Of(term.Congress.Held, "date unknown"), term.Label.Text) + end);
        }

        output.WriteLine(union.Succession switch
        {
            { Kind: SuccessionKind.Merged } s => F("  Ended: merged into {0} on {1}", s.Successor, D(s.Date)) + (s.Decision is { } d ? $" ({d})" : string.Empty),
            { } s => F("  Ended: dissolved on {0}", D(s.Date)),
            null => T("  Ended: no (no merger or dissolution on record)"),
        });
        if (union.RecordedTo is { } recorded)
        {
            output.WriteLine(F("  Record reaches: {0} (nothing later is on record)", D(recorded)));
        }

        if (union.Source is { } source)
        {
            output.WriteLine(F("  Source: {0}", source));
        }
    }
}
