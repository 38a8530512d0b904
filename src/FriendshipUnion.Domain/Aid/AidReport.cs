using System.Globalization;
using System.Runtime.InteropServices;
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
        var book = new Book(ledger, query, termOf);
        var rateCache = new Dictionary<(Currency, LocalDate), (ExchangeRate? Rate, bool Inverted)>();
        var rateUses = new Dictionary<(ExchangeRate, bool), int>();
        var excluded = new List<AidTransaction>();
        var missing = new List<RuleViolation>();
        var total = 0m;
        var count = 0;
        var approximate = false;
        var entries = ledger.Transactions;
        var activities = ledger.Activities;
        for (var index = 0; index < entries.Count; index++)
        {
            var t = entries[index];
            var ordinal = ledger.ActivityOrdinalOf(index);
            var activity = ordinal >= 0 ? activities[ordinal] : null;
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

            decimal converted;
            if (t.Value.Currency == to)
            {
                converted = t.Value.Amount;
            }
            else
            {
                if (!rateCache.TryGetValue((t.Value.Currency, t.ValueDate), out var found))
                {
                    found = rates.TryFindRate(t.Value.Currency, to, t.ValueDate, out var rate, out var inverted) ? (rate, inverted) : (null, false);
                    rateCache[(t.Value.Currency, t.ValueDate)] = found;
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

                converted = ExchangeRateTable.Apply(t.Value.Amount, found.Rate, found.Inverted, to).Amount;
                CollectionsMarshal.GetValueRefOrAddDefault(rateUses, (found.Rate, found.Inverted), out _)++;
            }

            var approx = t.Summary?.Approximate == true;
            approximate |= approx;
            total += converted;
            count++;
            book.Add(t, ordinal, activity, union, last, converted, approx);
        }

        violations = missing;
        if (missing.Count > 0)
        {
            return null;
        }

        var used = rateUses.Select(r => new RateUse(r.Key.Item1, r.Key.Item2, r.Value)).OrderBy(r => r.Rate.Date).ThenBy(r => r.Rate.From.Code, StringComparer.Ordinal).ToArray();
        return new AidReport(query, Money.Of(total, to), book.OriginalTotals(), count, approximate, book.Lines(), used, excluded);
    }

    // The donor of an activity's entries when the entry names no provider: its only funder, or none when it has several.
    private static PartyId? OnlyFunder(AidActivity activity)
    {
        PartyId? only = null;
        foreach (var funder in activity.Funders)
        {
            if (only is not null && only != funder)
            {
                return null;
            }

            only = funder;
        }

        return only;
    }

    /// <summary>
    /// The lines being summed. Each entry is added once to a line of every dimension, found without allocating: an
    /// activity's donor, activity and sector lines are found once per activity, a year's line once per year, a term's
    /// once per union and day; totals in the original currencies are kept by the currency's place among those seen.
    /// So a report allocates by the lines it has, not by the entries it sums.
    /// </summary>
    private sealed class Book(AidLedger ledger, AidReportQuery query, Func<UnionId, LocalDate, string?>? termOf)
    {
        private static readonly int DimensionCount = Enum.GetValues<ReportDimension>().Length;

        private readonly Dimension[] dimensions = [.. Enumerable.Range(0, DimensionCount).Select(_ => new Dimension())];
        private readonly List<Currency> currencies = [];
        private readonly List<decimal> originals = [];
        private readonly Dictionary<int, int> years = [];
        private readonly Dictionary<(UnionId, LocalDate), int> terms = [];
        private readonly Dictionary<PartyId, int> donors = [];
        private readonly Dictionary<int, ActivityLines> byActivity = [];
        private decimal[] parts = new decimal[4];
        private decimal[] originalParts = new decimal[4];

        public void Add(AidTransaction t, int ordinal, AidActivity? activity, UnionId union, LocalDate last, decimal converted, bool approximate)
        {
            var currency = CurrencyIndex(t.Value.Currency);
            var amount = t.Value.Amount;
            originals[currency] += amount;
            var lines = activity is null ? null : LinesOf(ordinal, activity);

            var year = t.Summary is { } summary ? Slot(ReportDimension.Year, summary.YearsLabel, summary.YearsLabel) : YearSlot(t.Date.Year);
            Into(ReportDimension.Year, year, last, converted, currency, amount, approximate);
            Into(ReportDimension.Term, TermSlot(union, last), last, converted, currency, amount, approximate);
            var incoming = t.Type is TransactionType.IncomingFunds or TransactionType.IncomingCommitment or TransactionType.IncomingPledge;
            var donor = incoming && t.Provider is { } provider ? DonorSlot(provider) : lines?.Donor ?? Slot(ReportDimension.Donor, string.Empty, "(donor not stated)");
            Into(ReportDimension.Donor, donor, last, converted, currency, amount, approximate);
            var activityLine = lines?.Activity ?? Slot(ReportDimension.Activity, "summary:" + t.Id.Value, $"Summary entry {t.Id}: {t.Description ?? union.Value}");
            Into(ReportDimension.Activity, activityLine, last, converted, currency, amount, approximate);
            Into(ReportDimension.Currency, Slot(ReportDimension.Currency, t.Value.Currency.Code, t.Value.Currency.Code), last, converted, currency, amount, approximate);

            if (lines?.Sectors is not { } sectors)
            {
                Into(ReportDimension.Sector, Slot(ReportDimension.Sector, string.Empty, "(sector not stated)"), last, converted, currency, amount, approximate);
                return;
            }

            var n = sectors.Length;
            if (parts.Length < n)
            {
                parts = new decimal[n];
                originalParts = new decimal[n];
            }

            Money.Allocate(converted, query.ReportingCurrency.MinorUnit, lines.Weights, parts.AsSpan(0, n));
            Money.Allocate(amount, t.Value.Currency.MinorUnit, lines.Weights, originalParts.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                Into(ReportDimension.Sector, sectors[i], last, parts[i], currency, originalParts[i], approximate);
            }
        }

        public Dictionary<ReportDimension, ReportLine[]> Lines() =>
            Enum.GetValues<ReportDimension>().ToDictionary(d => d, d => dimensions[(int)d].Lines(d, query.ReportingCurrency, currencies));

        public Money[] OriginalTotals() => Totals(originals, null, currencies);

        public static Money[] TotalsOf(Group group, List<Currency> currencies) => Totals(group.Originals, group.Present, currencies);

        // The totals by original currency, in the order of their codes; a currency the line never saw is left out.
        private static Money[] Totals(List<decimal> amounts, List<bool>? present, List<Currency> currencies) =>
            Enumerable.Range(0, amounts.Count).Where(i => present?[i] ?? true).OrderBy(i => currencies[i].Code, StringComparer.Ordinal).Select(i => Money.Of(amounts[i], currencies[i])).ToArray();

        private void Into(ReportDimension dimension, int slot, LocalDate date, decimal amount, int currency, decimal original, bool approximate)
        {
            var group = dimensions[(int)dimension].Groups[slot];
            group.Amount += amount;
            group.Entries++;
            group.Approximate |= approximate;
            group.First = date < group.First ? date : group.First;
            while (group.Originals.Count <= currency)
            {
                group.Originals.Add(0m);
                group.Present.Add(false);
            }

            group.Originals[currency] += original;
            group.Present[currency] = true;
        }

        private int Slot(ReportDimension dimension, string key, string label) => dimensions[(int)dimension].Slot(key, label);

        private int YearSlot(int year)
        {
            if (!years.TryGetValue(year, out var slot))
            {
                var text = year.ToString(CultureInfo.InvariantCulture);
                slot = Slot(ReportDimension.Year, text, text);
                years[year] = slot;
            }

            return slot;
        }

        private int TermSlot(UnionId union, LocalDate last)
        {
            if (termOf is null)
            {
                return Slot(ReportDimension.Term, string.Empty, "(term not known)");
            }

            if (!terms.TryGetValue((union, last), out var slot))
            {
                var term = termOf(union, last);
                slot = Slot(ReportDimension.Term, term ?? string.Empty, term ?? "(term not known)");
                terms[(union, last)] = slot;
            }

            return slot;
        }

        private int DonorSlot(PartyId donor)
        {
            if (!donors.TryGetValue(donor, out var slot))
            {
                slot = Slot(ReportDimension.Donor, donor.Value, ledger.FindParty(donor)?.Name ?? donor.Value);
                donors[donor] = slot;
            }

            return slot;
        }

        private int CurrencyIndex(Currency currency)
        {
            for (var i = 0; i < currencies.Count; i++)
            {
                if (string.Equals(currencies[i].Code, currency.Code, StringComparison.Ordinal))
                {
                    currencies[i] = currency;
                    return i;
                }
            }

            currencies.Add(currency);
            originals.Add(0m);
            return currencies.Count - 1;
        }

        // An activity's lines: its only funder's (or "not stated"), its own, and its sectors' in the vocabulary asked for.
        private ActivityLines LinesOf(int ordinal, AidActivity activity)
        {
            if (byActivity.TryGetValue(ordinal, out var found))
            {
                return found;
            }

            var donor = OnlyFunder(activity) is { } d ? DonorSlot(d) : Slot(ReportDimension.Donor, string.Empty, "(donor not stated)");
            var sectors = activity.Sectors.Where(s => s.Vocabulary == query.Vocabulary).ToArray();
            found = new ActivityLines(
                donor,
                Slot(ReportDimension.Activity, activity.Id.Value, activity.Title),
                sectors.Length == 0 ? null : [.. sectors.Select(s => Slot(ReportDimension.Sector, s.Code, DacSectors.NameOf(query.Vocabulary, s.Code) is { } name ? $"{s.Code} {name}" : s.Code))],
                [.. sectors.Select(s => decimal.ToInt32(s.Percentage * 100))]);
            byActivity[ordinal] = found;
            return found;
        }
    }

    private sealed record ActivityLines(int Donor, int Activity, int[]? Sectors, int[] Weights);

    private sealed class Dimension
    {
        private readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);

        public List<Group> Groups { get; } = [];

        public int Slot(string key, string label)
        {
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = Groups.Count;
                Groups.Add(new Group(key, label));
                slots[key] = slot;
            }

            return slot;
        }

        public ReportLine[] Lines(ReportDimension dimension, Currency to, List<Currency> currencies)
        {
            var used = Groups.Where(g => g.Entries > 0);
            var ordered = dimension is ReportDimension.Year or ReportDimension.Term
                ? used.OrderBy(g => g.First).ThenBy(g => g.Key, StringComparer.Ordinal)
                : dimension == ReportDimension.Currency
                    ? used.OrderBy(g => g.Key, StringComparer.Ordinal)
                    : used.OrderByDescending(g => g.Amount).ThenBy(g => g.Key, StringComparer.Ordinal);
            return ordered.Select(g => new ReportLine(g.Key, g.Label, Money.Of(g.Amount, to), Book.TotalsOf(g, currencies), g.Entries, g.Approximate)).ToArray();
        }
    }

    private sealed class Group(string key, string label)
    {
        public string Key { get; } = key;

        public string Label { get; } = label;

        public LocalDate First { get; set; } = LocalDate.MaxIsoValue;

        public decimal Amount { get; set; }

        public int Entries { get; set; }

        public bool Approximate { get; set; }

        public List<decimal> Originals { get; } = [];

        public List<bool> Present { get; } = [];
    }
}
