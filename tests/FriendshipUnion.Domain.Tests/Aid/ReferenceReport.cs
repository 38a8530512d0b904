using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Aid;

/// <summary>The report as the library built it before it summed by line slots (kept verbatim, one dictionary per
/// group and an allocation per split): the reference the current report is compared with, entry for entry.</summary>
internal static class ReferenceReport
{
    public static (Money Total, IReadOnlyList<Money> Originals, int Count, bool Approximate, Dictionary<ReportDimension, ReportLine[]> Lines, RateUse[] Rates, List<AidTransaction> Excluded)? Build(AidLedger ledger, ExchangeRateTable rates, AidReportQuery query, Func<UnionId, LocalDate, string?>? termOf = null)
    {
        var to = query.ReportingCurrency;
        var groups = Enum.GetValues<ReportDimension>().ToDictionary(d => d, _ => new Dictionary<string, Group>(StringComparer.Ordinal));
        var rateCache = new Dictionary<(string, LocalDate), (ExchangeRate? Rate, bool Inverted)>();
        var rateUses = new Dictionary<(ExchangeRate, bool), int>();
        var originals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var currencies = new Dictionary<string, Currency>(StringComparer.Ordinal);
        var excluded = new List<AidTransaction>();
        var missing = new List<RuleViolation>();
        var total = 0m;
        var count = 0;
        var approximate = false;
        var shares = new Dictionary<ActivityId, (string[] Codes, int[] Weights)?>();
        var yearLabels = new Dictionary<int, string>();
        foreach (var t in ledger.Transactions)
        {
            var activity = t.Activity is { } id ? ledger.FindActivity(id) : null;
            var union = activity?.Union ?? t.Summary!.Union;
            if (t.Type != query.Measure || (query.Union is { } only && only != union))
            {
                continue;
            }

            var first = t.Summary is { } s ? new LocalDate(s.FromYear, 1, 1) : t.Date;
            var last = t.ReportingDate;
            var startsIn = query.From is not { } from || first >= from;
            var endsIn = query.To is not { } until || last <= until;
            if (!startsIn || !endsIn)
            {
                var overlaps = (query.From is not { } f || last >= f) && (query.To is not { } u || first <= u);
                if (t.Summary is not null && overlaps)
                {
                    excluded.Add(t);
                }

                continue;
            }

            Money converted;
            if (t.Value.Currency == to)
            {
                converted = t.Value;
            }
            else
            {
                if (!rateCache.TryGetValue((t.Value.Currency.Code, t.ValueDate), out var found))
                {
                    found = rates.TryFindRate(t.Value.Currency, to, t.ValueDate, out var rate, out var inverted) ? (rate, inverted) : (null, false);
                    rateCache[(t.Value.Currency.Code, t.ValueDate)] = found;
                }

                if (found.Rate is null)
                {
                    missing.Add(new RuleViolation(
                        RuleCodes.ReportRateAvailable,
                        string.Create(CultureInfo.InvariantCulture, $"Entry '{t.Id}' ({t.Value}) has no {t.Value.Currency}/{to} rate for its value date {t.ValueDate:uuuu-MM-dd} under {rates.Policy}."),
                        t.Id.Value,
                        t.ValueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
                    continue;
                }

                converted = ExchangeRateTable.Apply(t.Value.Amount, found.Rate, found.Inverted, to);
                rateUses[(found.Rate, found.Inverted)] = rateUses.GetValueOrDefault((found.Rate, found.Inverted)) + 1;
            }

            var approx = t.Summary?.Approximate == true;
            approximate |= approx;
            total += converted.Amount;
            count++;
            originals[t.Value.Currency.Code] = originals.GetValueOrDefault(t.Value.Currency.Code) + t.Value.Amount;
            currencies[t.Value.Currency.Code] = t.Value.Currency;

            if (t.Summary is null && !yearLabels.ContainsKey(t.Date.Year))
            {
                yearLabels[t.Date.Year] = t.Date.Year.ToString(CultureInfo.InvariantCulture);
            }

            var year = t.Summary?.YearsLabel ?? yearLabels[t.Date.Year];
            Add(groups[ReportDimension.Year], year, year, last, converted.Amount, t.Value, approx);
            var term = termOf?.Invoke(union, last);
            Add(groups[ReportDimension.Term], term ?? string.Empty, term ?? "(term not known)", last, converted.Amount, t.Value, approx);
            var donor = DonorOf(t, activity);
            Add(groups[ReportDimension.Donor], donor?.Value ?? string.Empty, donor is { } d ? ledger.FindParty(d)?.Name ?? d.Value : "(donor not stated)", last, converted.Amount, t.Value, approx);
            Add(groups[ReportDimension.Activity], activity?.Id.Value ?? "summary:" + t.Id.Value, activity?.Title ?? $"Summary entry {t.Id}: {t.Description ?? union.Value}", last, converted.Amount, t.Value, approx);
            Add(groups[ReportDimension.Currency], t.Value.Currency.Code, t.Value.Currency.Code, last, converted.Amount, t.Value, approx);

            var split = activity is null ? null : SharesOf(activity, query.Vocabulary, shares);
            if (split is not { } sectors)
            {
                Add(groups[ReportDimension.Sector], string.Empty, "(sector not stated)", last, converted.Amount, t.Value, approx);
            }
            else
            {
                var parts = converted.Allocate(sectors.Weights);
                var originalParts = t.Value.Allocate(sectors.Weights);
                for (var i = 0; i < parts.Length; i++)
                {
                    var code = sectors.Codes[i];
                    Add(groups[ReportDimension.Sector], code, DacSectors.NameOf(query.Vocabulary, code) is { } name ? $"{code} {name}" : code, last, parts[i].Amount, originalParts[i], approx);
                }
            }
        }

        if (missing.Count > 0)
        {
            return null;
        }

        var lines = groups.ToDictionary(g => g.Key, g => Lines(g.Key, g.Value, to, currencies));
        var used = rateUses.Select(r => new RateUse(r.Key.Item1, r.Key.Item2, r.Value)).OrderBy(r => r.Rate.Date).ThenBy(r => r.Rate.From.Code, StringComparer.Ordinal).ToArray();
        return (Money.Of(total, to), Originals(originals, currencies), count, approximate, lines, used, excluded);
    }

    private static PartyId? DonorOf(AidTransaction t, AidActivity? activity)
    {
        var incoming = t.Type is TransactionType.IncomingFunds or TransactionType.IncomingCommitment or TransactionType.IncomingPledge;
        if (incoming && t.Provider is { } provider)
        {
            return provider;
        }

        PartyId? only = null;
        foreach (var funder in activity?.Funders ?? [])
        {
            if (only is not null && only != funder)
            {
                return null;
            }

            only = funder;
        }

        return only;
    }

    private static (string[] Codes, int[] Weights)? SharesOf(AidActivity activity, SectorVocabulary vocabulary, Dictionary<ActivityId, (string[] Codes, int[] Weights)?> cache)
    {
        if (!cache.TryGetValue(activity.Id, out var found))
        {
            var inVocabulary = activity.Sectors.Where(s => s.Vocabulary == vocabulary).ToArray();
            found = inVocabulary.Length == 0
                ? null
                : (inVocabulary.Select(s => s.Code).ToArray(), inVocabulary.Select(s => decimal.ToInt32(s.Percentage * 100)).ToArray());
            cache[activity.Id] = found;
        }

        return found;
    }

    private static void Add(Dictionary<string, Group> groups, string key, string label, LocalDate date, decimal amount, Money original, bool approximate)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new Group(label, date);
            groups[key] = group;
        }

        group.Amount += amount;
        group.Entries++;
        group.Approximate |= approximate;
        group.First = date < group.First ? date : group.First;
        group.Originals[original.Currency.Code] = group.Originals.GetValueOrDefault(original.Currency.Code) + original.Amount;
    }

    private static ReportLine[] Lines(ReportDimension dimension, Dictionary<string, Group> groups, Currency to, Dictionary<string, Currency> currencies)
    {
        var ordered = dimension is ReportDimension.Year or ReportDimension.Term
            ? groups.OrderBy(g => g.Value.First).ThenBy(g => g.Key, StringComparer.Ordinal)
            : dimension == ReportDimension.Currency
                ? groups.OrderBy(g => g.Key, StringComparer.Ordinal)
                : groups.OrderByDescending(g => g.Value.Amount).ThenBy(g => g.Key, StringComparer.Ordinal);
        return ordered.Select(g => new ReportLine(g.Key, g.Value.Label, Money.Of(g.Value.Amount, to), Originals(g.Value.Originals, currencies), g.Value.Entries, g.Value.Approximate)).ToArray();
    }

    private static Money[] Originals(Dictionary<string, decimal> totals, Dictionary<string, Currency> currencies) =>
        totals.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => Money.Of(o.Value, currencies[o.Key])).ToArray();

    private sealed class Group(string label, LocalDate first)
    {
        public string Label { get; } = label;

        public LocalDate First { get; set; } = first;

        public decimal Amount { get; set; }

        public int Entries { get; set; }

        public bool Approximate { get; set; }

        public Dictionary<string, decimal> Originals { get; } = new(StringComparer.Ordinal);
    }
}
