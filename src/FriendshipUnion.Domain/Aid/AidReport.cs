using System.Globalization;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Aid;

/// <summary>The ways a report groups its entries.</summary>
public enum ReportDimension
{
    /// <summary>By calendar year of the entry (a summary entry by the years it covers, such as 2015–2021).</summary>
    Year = 0,

    /// <summary>By the union's term in force on the entry's date (a summary entry: on the last day it covers).</summary>
    Term = 1,

    /// <summary>By donor: the entry's provider for incoming entries, else the activity's only funder.</summary>
    Donor = 2,

    /// <summary>By sector, each entry shared across its activity's sectors by their percentages.</summary>
    Sector = 3,

    /// <summary>By activity (summary entries under their own line).</summary>
    Activity = 4,

    /// <summary>By the currency the entry was recorded in.</summary>
    Currency = 5,
}

/// <summary>What a report covers: the entries of one type (incoming funds by default), optionally of one union and
/// within a period, converted into a reporting currency.</summary>
/// <param name="ReportingCurrency">The currency totals are converted into (VND or USD, or any other).</param>
public sealed record AidReportQuery(Currency ReportingCurrency)
{
    /// <summary>Gets the union whose entries are reported, or <see langword="null"/> for every union.</summary>
    public UnionId? Union { get; init; }

    /// <summary>Gets the first day reported, or <see langword="null"/> for no lower bound.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last day reported, or <see langword="null"/> for no upper bound.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Gets the transaction type reported; reversals of it are netted in.</summary>
    public TransactionType Measure { get; init; } = TransactionType.IncomingFunds;

    /// <summary>Gets the sector vocabulary of the sector lines.</summary>
    public SectorVocabulary Vocabulary { get; init; } = SectorVocabulary.Dac5;
}

/// <summary>One line of a report: a group's total in the reporting currency and in the original currencies.</summary>
/// <param name="Key">The group's key (a year, a party id, a sector code, an activity id, a currency code); empty for
/// "not stated".</param>
/// <param name="Label">The group's label, for people.</param>
/// <param name="Amount">The total in the reporting currency.</param>
/// <param name="Originals">The totals in the currencies the entries were recorded in, by currency code.</param>
/// <param name="Entries">How many entries contribute.</param>
/// <param name="Approximate">Whether a contributing entry is a total the source gives as approximate.</param>
public sealed record ReportLine(string Key, string Label, Money Amount, IReadOnlyList<Money> Originals, int Entries, bool Approximate);

/// <summary>A rate a report used, with how many entries it converted.</summary>
/// <param name="Rate">The rate, as recorded.</param>
/// <param name="Inverted">Whether it was applied the other way round (dividing).</param>
/// <param name="Entries">How many entries it converted.</param>
public sealed record RateUse(ExchangeRate Rate, bool Inverted, int Entries);

/// <summary>
/// Totals of the ledger by year, term, donor, sector, activity and currency, in the original currencies and in a
/// reporting currency. Each entry is converted once, at the rate for its value date (the rates used are listed), and
/// rounded half to even; every total is a sum of those converted entries, and a sector split allocates an entry's
/// amount by largest remainder, so the lines of every dimension sum exactly to <see cref="Total"/>. An entry counts in
/// the year and period of its own date, a reversal included: a correction dated in a later period lowers that
/// period's total, as in any append-only book.
/// </summary>
public sealed class AidReport
{
    private readonly Dictionary<ReportDimension, ReportLine[]> lines;

    private AidReport(AidReportQuery query, Money total, IReadOnlyList<Money> originals, int entries, bool approximate, Dictionary<ReportDimension, ReportLine[]> lines, IReadOnlyList<RateUse> rates, IReadOnlyList<AidTransaction> excluded)
    {
        Query = query;
        Total = total;
        OriginalTotals = originals;
        EntryCount = entries;
        Approximate = approximate;
        this.lines = lines;
        RatesUsed = rates;
        PartlyCovered = excluded;
    }

    /// <summary>Gets what the report covers.</summary>
    public AidReportQuery Query { get; }

    /// <summary>Gets the total in the reporting currency.</summary>
    public Money Total { get; }

    /// <summary>Gets the totals in the original currencies, by currency code.</summary>
    public IReadOnlyList<Money> OriginalTotals { get; }

    /// <summary>Gets how many entries are reported.</summary>
    public int EntryCount { get; }

    /// <summary>Gets a value indicating whether an entry is a total the source gives as approximate.</summary>
    public bool Approximate { get; }

    /// <summary>Gets the rates used, by date and pair.</summary>
    public IReadOnlyList<RateUse> RatesUsed { get; }

    /// <summary>Gets the summary entries left out because the years they cover lie only partly within the period.</summary>
    public IReadOnlyList<AidTransaction> PartlyCovered { get; }

    /// <summary>Gets the lines of a dimension: years and terms in time order, the others largest first.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The lines; they sum to <see cref="Total"/>.</returns>
    public IReadOnlyList<ReportLine> By(ReportDimension dimension) => lines.TryGetValue(dimension, out var found) ? found : [];

    /// <summary>Builds a report.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="rates">The exchange rates.</param>
    /// <param name="query">What to report.</param>
    /// <param name="termOf">Names the term of a union in force on a day (for the term lines), or null when no terms
    /// are known.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="termOf"/> is null.</exception>
    /// <exception cref="RuleViolationException">An entry has no rate for its value date
    /// (<c>report.rate-available</c>); every such entry is named.</exception>
    public static AidReport Build(AidLedger ledger, ExchangeRateTable rates, AidReportQuery query, Func<UnionId, LocalDate, string?>? termOf = null) =>
        TryBuild(ledger, rates, query, termOf, out var violations) ?? throw new RuleViolationException(violations);

    /// <summary>Tries to build a report.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="rates">The exchange rates.</param>
    /// <param name="query">What to report.</param>
    /// <param name="termOf">Names the term of a union in force on a day, or null.</param>
    /// <param name="violations">Each entry without a rate; empty on success.</param>
    /// <returns>The report, or <see langword="null"/> when an entry has no rate.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="termOf"/> is null.</exception>
    public static AidReport? TryBuild(AidLedger ledger, ExchangeRateTable rates, AidReportQuery query, Func<UnionId, LocalDate, string?>? termOf, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(ledger);
        Guard.Against.Null(rates);
        Guard.Against.Null(query);
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

        violations = missing;
        if (missing.Count > 0)
        {
            return null;
        }

        var lines = groups.ToDictionary(g => g.Key, g => Lines(g.Key, g.Value, to, currencies));
        var used = rateUses.Select(r => new RateUse(r.Key.Item1, r.Key.Item2, r.Value)).OrderBy(r => r.Rate.Date).ThenBy(r => r.Rate.From.Code, StringComparer.Ordinal).ToArray();
        return new AidReport(query, Money.Of(total, to), Originals(originals, currencies), count, approximate, lines, used, excluded);
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
