using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Terms;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Organizations;

/// <summary>Properties over generated valid unions and congress histories.</summary>
public sealed class UnionPropertiesTests(ITestOutputHelper output)
{
    private enum Corruption
    {
        ShiftedDate,
        SwappedOrdinals,
        OverlappingTerm,
        OverlongLabel,
        FutureDate,
    }

    [Property(MaxTest = Props.DefaultTests)]
    public Property Generated_unions_are_valid() =>
        Props.ForAll(Generators.DatasetDrafts(), drafts =>
            drafts.All(d => Build.Validate(d, Generators.Today).Count == 0) && UnionDataset.Validate(new DatasetDraft { Unions = drafts }, Generators.Today).Count == 0);

    [Property(MaxTest = Props.DefaultTests)]
    public Property A_JSON_round_trip_of_any_valid_dataset_gives_an_equal_dataset() =>
        Props.ForAll(Generators.DatasetDrafts(), drafts =>
        {
            var dataset = Generators.ToDataset(drafts);
            var json = DatasetJson.Write(dataset);
            var reread = JsonText.TryRead(json, Generators.Today);
            return reread.Success && Same.Dataset(reread.Dataset!, dataset) && DatasetJson.Write(reread.Dataset!) == json;
        });

    [Property(MaxTest = Props.DefaultTests)]
    public Property The_as_of_lookup_agrees_with_a_linear_scan() =>
        Props.ForAll(
            from history in Generators.CongressHistory(12)
            from probes in Generators.Date(1990, 2070).ArrayOf(20)
            select (history, probes),
            sample =>
            {
                var union = Build.InDataset(Build.Provincial(sample.history), today: Generators.Today).Union;
                foreach (var probe in sample.probes.Concat(sample.history.Where(c => c.Held is not null).SelectMany(c => new[] { c.Held!.Value.Earliest, c.Held.Value.Latest, c.Held.Value.Earliest.PlusDays(-1) })))
                {
                    var fast = union.TermOn(probe);
                    var (index, certainty) = LinearScan(sample.history, probe);
                    var expected = index < 0 ? null : union.Terms[index];
                    if (!ReferenceEquals(fast.Value, expected) || (expected is not null && fast.Answer != certainty))
                    {
                        output.WriteLine($"On {probe}: lookup gave {fast.Value} ({fast.Answer}), scan gave {expected} ({certainty})");
                        return false;
                    }
                }

                return true;
            });

    [Property(MaxTest = Props.DefaultTests)]
    public Property A_single_corruption_of_a_valid_history_is_rejected_with_its_rule_code() =>
        Props.ForAll(
            from history in Generators.CongressHistory().Where(h => h.Length >= 2)
            from kind in Gen.Elements(Enum.GetValues<Corruption>())
            from at in Gen.Choose(1, history.Length - 1)
            from days in Gen.Choose(0, 800)
            select (history, kind, at, days),
            sample =>
            {
                var (corrupted, expected) = Corrupt(sample.history, sample.kind, sample.at, sample.days);
                var draft = Build.Provincial(corrupted);
                var direct = Build.Validate(draft, Generators.Today);
                var central = new UnionDraft(UnionId.Parse("vufo"), OrganizationLevel.Central, [new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")]);
                var viaJson = JsonText.TryRead(JsonText.WriteUnchecked([central, draft]), Generators.Today);
                var ok = direct.Any(v => v.Code == expected) && !viaJson.Success && viaJson.Violations.Any(v => v.Code == expected && v.Path!.StartsWith("$.unions[1].congresses[", StringComparison.Ordinal));
                if (!ok)
                {
                    output.WriteLine($"{sample.kind} at {sample.at}: expected {expected}; direct: {string.Join("; ", direct)}; json: {string.Join("; ", viaJson.Violations)}");
                }

                return ok;
            });

    private static (int Index, Answer Certainty) LinearScan(Congress[] history, LocalDate date)
    {
        // The term in force is the last whose congress may have been held by the date (congresses are in order, so
        // it cannot have been held before any earlier one); it is certain when it, and every later one, is certainly
        // no later than the date.
        for (var i = history.Length - 1; i >= 0; i--)
        {
            if (EarliestPossible(history, i) <= date)
            {
                return (i, LatestPossible(history, i) <= date ? Answer.Yes : Answer.Possibly);
            }
        }

        return (-1, Answer.Yes);
    }

    private static LocalDate EarliestPossible(Congress[] history, int i) =>
        history.Take(i + 1).Select(c => c.Held?.Earliest ?? LocalDate.MinIsoValue).Max();

    private static LocalDate LatestPossible(Congress[] history, int i) =>
        history.Skip(i).Select(c => c.Held?.Latest ?? LocalDate.MaxIsoValue).Min();

    private static (Congress[] History, string Code) Corrupt(Congress[] history, Corruption kind, int at, int days)
    {
        var copy = history.ToArray();
        var known = Array.FindLastIndex(copy, at - 1, c => c.Held is not null);
        switch (kind)
        {
            case Corruption.ShiftedDate when known >= 0:
                copy[at] = new Congress(copy[at].Ordinal, PartialDate.FromLocalDate(copy[known].Held!.Value.Earliest.PlusDays(-days)), copy[at].TermLabel);
                return (copy, RuleCodes.TermNoOverlap);
            case Corruption.OverlappingTerm when known >= 0:
                copy[at] = new Congress(copy[at].Ordinal, PartialDate.FromLocalDate(copy[known].Held!.Value.Earliest), copy[at].TermLabel);
                return (copy, RuleCodes.TermNoOverlap);
            case Corruption.SwappedOrdinals:
                (copy[at - 1], copy[at]) = (new Congress(copy[at].Ordinal, copy[at - 1].Held, copy[at - 1].TermLabel), new Congress(copy[at - 1].Ordinal, copy[at].Held, copy[at].TermLabel));
                return (copy, RuleCodes.CongressOrdinalSequence);
            case Corruption.FutureDate:
                copy[^1] = new Congress(copy[^1].Ordinal, PartialDate.FromLocalDate(Generators.Today.PlusDays(1 + days)), TermLabel.FromYears(2100, 2105));
                return (copy, RuleCodes.CongressNotInFuture);
            default:
                // The five-year limit is in force from 2010-07-01: move the last congress into that period if needed
                // (later is still in order), then give it a label longer than five years.
                var held = copy[^1].Held is { } h && h.Earliest >= new LocalDate(2010, 7, 1) ? h : new PartialDate(2011 + (days % 10));
                copy[^1] = new Congress(copy[^1].Ordinal, held, TermLabel.FromYears(held.Year, held.Year + 6 + (days % 10)));
                return (copy, RuleCodes.TermMaxSpan);
        }
    }
}
