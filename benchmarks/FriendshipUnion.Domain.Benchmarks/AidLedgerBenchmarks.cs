using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>A synthetic ledger for the benchmarks: 1,000 implementing activities (half in VND, half in USD) and
/// entries that alternate a receipt and a smaller disbursement, so that every entry passes every rule.</summary>
internal static class AidWorkload
{
    internal const int Activities = 1_000;
    internal static readonly LocalDate Today = new(2026, 11, 22);
    internal static readonly LocalDate Start = new(2020, 1, 1);
    internal static readonly PartyId Donor = PartyId.Parse("donor");

    internal static ActivityId ActivityAt(int i) => ActivityId.Parse($"activity-{i % Activities}");

    internal static AidLedger EmptyLedger()
    {
        var ledger = AidLedger.Create();
        ledger.RegisterParty(new Party(Donor, "Donor", PartyKind.ForeignNgo, CountryCode.Parse("KR")));
        for (var i = 0; i < Activities; i++)
        {
            var currency = i % 2 == 0 ? Currency.Vnd : Currency.Usd;
            var activity = new AidActivity(ActivityAt(i), UnionId.Parse("an-giang"), $"Activity {i}", AidKind.Project, currency, Start)
            {
                Participants = [new Participant(Donor, ParticipantRole.Funding)],
                Sectors = [new SectorShare(SectorVocabulary.Dac5, "12220", 60m), new SectorShare(SectorVocabulary.Dac5, "16010", 40m)],
            };
            ledger.ProposeActivity(activity, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Appraised, Start, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Approved, Start, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Implementing, Start, Today);
        }

        ledger.TakeDomainEvents();
        return ledger;
    }

    internal static AidTransaction[] Entries(int count)
    {
        var entries = new AidTransaction[count];
        for (var i = 0; i < count; i++)
        {
            var activity = i / 2 % Activities;
            var currency = activity % 2 == 0 ? Currency.Vnd : Currency.Usd;
            var date = Start.PlusDays(i / 2 / Activities % 2_000);
            var receipt = i % 2 == 0;
            var amount = currency == Currency.Vnd ? (receipt ? 1_000_000m : 600_000m) : (receipt ? 100.50m : 60.25m);
            entries[i] = new AidTransaction(TransactionId.Parse($"t{i}"), ActivityAt(activity), receipt ? TransactionType.IncomingFunds : TransactionType.Disbursement, date, Money.Of(amount, currency), date)
            {
                Provider = receipt ? Donor : null,
            };
        }

        return entries;
    }

    internal static ExchangeRateTable Rates() => ExchangeRateTable.Create(
        Enumerable.Range(0, 2_000).Select(d => new ExchangeRate(Currency.Usd, Currency.Vnd, Start.PlusDays(d), 23_000m + d)),
        RatePolicy.ExactDate);
}

/// <summary>Posting 1,000,000 entries with every rule checked, against a baseline that only appends them to a list.</summary>
[MemoryDiagnoser]
public class AidPostingBenchmarks
{
    private AidTransaction[] entries = [];
    private AidLedger ledger = null!;
    private List<AidTransaction> list = [];

    /// <summary>Gets or sets how many entries are posted.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    /// <summary>Builds the entries once.</summary>
    [GlobalSetup]
    public void Setup() => entries = AidWorkload.Entries(Count);

    /// <summary>Starts each iteration with an empty ledger and list.</summary>
    [IterationSetup]
    public void Fresh()
    {
        ledger = AidWorkload.EmptyLedger();
        list = [];
    }

    /// <summary>Baseline: appends every entry to a list, checking nothing.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark(Baseline = true)]
    public int AppendToList()
    {
        foreach (var entry in entries)
        {
            list.Add(entry);
        }

        return list.Count;
    }

    /// <summary>Posts every entry to the ledger, checking every rule.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark]
    public int PostEveryEntry()
    {
        foreach (var entry in entries)
        {
            ledger.Post(entry, AidWorkload.Today);
        }

        return ledger.Transactions.Count;
    }
}

/// <summary>A full report (every dimension, converted into USD at each entry's value date) over 1,000,000 entries,
/// against a hand-written single loop over arrays that sums the yearly totals in USD.</summary>
[MemoryDiagnoser]
public class AidReportBenchmarks
{
    private AidLedger ledger = null!;
    private ExchangeRateTable rates = null!;
    private decimal[] amounts = [];
    private bool[] inVnd = [];
    private int[] days = [];
    private decimal[] ratesByDay = [];
    private TransactionType[] types = [];

    /// <summary>Gets or sets how many entries the ledger holds.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    /// <summary>Posts the entries and lays them out as arrays for the baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        ledger = AidWorkload.EmptyLedger();
        var entries = AidWorkload.Entries(Count);
        ledger.PostBatch(entries, AidWorkload.Today);
        rates = AidWorkload.Rates();
        amounts = entries.Select(e => e.Value.Amount).ToArray();
        inVnd = entries.Select(e => e.Value.Currency == Currency.Vnd).ToArray();
        days = entries.Select(e => Period.Between(AidWorkload.Start, e.ValueDate, PeriodUnits.Days).Days).ToArray();
        types = entries.Select(e => e.Type).ToArray();
        ratesByDay = Enumerable.Range(0, 2_000).Select(d => 23_000m + d).ToArray();
    }

    /// <summary>Baseline: one loop over arrays summing incoming funds in USD by year.</summary>
    /// <returns>The total in USD.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandLoop()
    {
        var byYear = new decimal[10];
        var total = 0m;
        for (var i = 0; i < amounts.Length; i++)
        {
            if (types[i] != TransactionType.IncomingFunds)
            {
                continue;
            }

            var usd = inVnd[i] ? Math.Round(amounts[i] / ratesByDay[days[i]], 2, MidpointRounding.ToEven) : amounts[i];
            byYear[days[i] / 366] += usd;
            total += usd;
        }

        return total;
    }

    /// <summary>Builds the full report in USD.</summary>
    /// <returns>The total in USD.</returns>
    [Benchmark]
    public decimal FullReport() => AidReport.Build(ledger, rates, new AidReportQuery(Currency.Usd)).Total.Amount;
}

/// <summary>Reading an activity's balance, against a baseline that reads a decimal from a dictionary; neither
/// allocates.</summary>
[MemoryDiagnoser]
public class AidBalanceBenchmarks
{
    private readonly ActivityId activity = AidWorkload.ActivityAt(7);
    private AidLedger ledger = null!;
    private Dictionary<ActivityId, decimal> plain = [];

    /// <summary>Posts 100,000 entries.</summary>
    [GlobalSetup]
    public void Setup()
    {
        ledger = AidWorkload.EmptyLedger();
        ledger.PostBatch(AidWorkload.Entries(100_000), AidWorkload.Today);
        plain = ledger.Activities.ToDictionary(a => a.Id, a => ledger.BalanceOf(a.Id).Available.Amount);
    }

    /// <summary>Baseline: a dictionary lookup of a stored decimal.</summary>
    /// <returns>The amount.</returns>
    [Benchmark(Baseline = true)]
    public decimal DictionaryLookup() => plain[activity];

    /// <summary>The ledger's balance query.</summary>
    /// <returns>The available amount.</returns>
    [Benchmark]
    public decimal BalanceOf() => ledger.BalanceOf(activity).Available.Amount;
}
