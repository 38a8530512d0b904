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
        AddActivities(ledger, _ => UnionId.Parse("an-giang"));
        ledger.TakeDomainEvents();
        return ledger;
    }

    /// <summary>Registers the donor and proposes the activities, each brought to implementation.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="unionOf">The union of the activity at an index.</param>
    internal static void AddActivities(AidLedger ledger, Func<int, UnionId> unionOf)
    {
        ledger.RegisterParty(new Party(Donor, "Donor", PartyKind.ForeignNgo, CountryCode.Parse("KR")));
        for (var i = 0; i < Activities; i++)
        {
            var currency = i % 2 == 0 ? Currency.Vnd : Currency.Usd;
            var activity = new AidActivity(ActivityAt(i), unionOf(i), $"Activity {i}", AidKind.Project, currency, Start)
            {
                Participants = [new Participant(Donor, ParticipantRole.Funding)],
                Sectors = [new SectorShare(SectorVocabulary.Dac5, "12220", 60m), new SectorShare(SectorVocabulary.Dac5, "16010", 40m)],
            };
            ledger.ProposeActivity(activity, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Appraised, Start, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Approved, Start, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Implementing, Start, Today);
        }
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

/// <summary>Posting entries with every rule checked, against a hand-written post that does the same checks over plain
/// collections: an idempotency dictionary, the parties, each activity's currency, status history and running
/// balances, the ledger's gross limit, the closed books, and the disbursement and commitment limits.</summary>
[MemoryDiagnoser]
public class AidPostingBenchmarks
{
    private AidTransaction[] entries = [];
    private AidLedger ledger = null!;
    private HandLedger hand = null!;

    /// <summary>Gets or sets how many entries are posted.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Count { get; set; }

    /// <summary>Builds the entries once, and warms both ways of posting alike: each iteration starts from a fresh
    /// ledger with one invocation, so without this the JIT's tiering would still be at work in the measured
    /// iterations of the smaller counts (more so for the ledger's several methods than for the baseline's one).</summary>
    [GlobalSetup]
    public void Setup()
    {
        entries = AidWorkload.Entries(Count);
        for (var round = 0; round < 3; round++)
        {
            Fresh();
            HandWrittenPost();
            PostEveryEntry();
            Thread.Sleep(200); // the tier-up compiles in the background
        }
    }

    /// <summary>Starts each iteration with an empty ledger of the same activities.</summary>
    [IterationSetup]
    public void Fresh()
    {
        ledger = AidWorkload.EmptyLedger();
        hand = new HandLedger(ledger.Activities, [AidWorkload.Donor]);
    }

    /// <summary>Baseline: the same checks, written by hand.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark(Baseline = true)]
    public int HandWrittenPost()
    {
        foreach (var entry in entries)
        {
            hand.Post(entry, AidWorkload.Today);
        }

        return hand.Count;
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

    /// <summary>A ledger written by hand with the checks of <see cref="AidLedger.Post(AidTransaction, LocalDate)"/>.</summary>
    private sealed class HandLedger
    {
        private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
        private readonly List<AidTransaction> stored = [];
        private readonly HashSet<string> parties = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Account> accounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LocalDate> closed = new(StringComparer.Ordinal);
        private decimal gross;

        public HandLedger(IEnumerable<AidActivity> activities, IEnumerable<PartyId> known)
        {
            foreach (var party in known)
            {
                parties.Add(party.Value);
            }

            foreach (var activity in activities)
            {
                // Approved and implementing from the start, as the workload's activities are.
                accounts[activity.Id.Value] = new Account(activity.Currency.Code, activity.Proposed, activity.Union.Value, [(activity.Proposed, false), (AidWorkload.Start, true)]);
            }
        }

        public int Count => stored.Count;

        public bool Post(AidTransaction t, LocalDate today)
        {
            if (byId.TryGetValue(t.Id.Value, out var at))
            {
                return stored[at].Equals(t) ? true : throw new InvalidOperationException("id conflict");
            }

            var account = t.Activity is { } a && accounts.TryGetValue(a.Value, out var found) ? found : throw new InvalidOperationException("no activity");
            if ((t.Provider is { } p && !parties.Contains(p.Value)) || (t.Receiver is { } r && !parties.Contains(r.Value)))
            {
                throw new InvalidOperationException("no party");
            }

            var amount = t.Value.Amount;
            if (amount <= 0 || amount > AidLedger.MaxEntryAmount || amount > AidLedger.MaxTotalAmount - gross
                || !string.Equals(t.Value.Currency.Code, account.Currency, StringComparison.Ordinal) || t.Date > today || t.Date < account.Proposed
                || (closed.TryGetValue(account.Union, out var through) && t.Date <= through))
            {
                throw new InvalidOperationException("refused");
            }

            var allows = false;
            for (var i = account.Statuses.Length - 1; i >= 0 && !allows; i--)
            {
                if (account.Statuses[i].From <= t.Date)
                {
                    allows = account.Statuses[i].Implementing || t.Type is TransactionType.IncomingCommitment or TransactionType.IncomingPledge;
                    break;
                }
            }

            var received = account.Received + (t.Type == TransactionType.IncomingFunds ? amount : 0);
            var paid = account.PaidOut + (t.Type is TransactionType.Disbursement or TransactionType.Expenditure ? amount : 0);
            var committedIn = account.CommittedIn + (t.Type == TransactionType.IncomingCommitment ? amount : 0);
            var committedOut = account.CommittedOut + (t.Type == TransactionType.OutgoingCommitment ? amount : 0);
            if (!allows || paid > received || committedOut > Math.Max(committedIn, received))
            {
                throw new InvalidOperationException("limit");
            }

            (account.Received, account.PaidOut, account.CommittedIn, account.CommittedOut) = (received, paid, committedIn, committedOut);
            gross += amount;
            byId.Add(t.Id.Value, stored.Count);
            stored.Add(t);
            return true;
        }

        private sealed class Account((LocalDate From, bool Implementing)[] statuses)
        {
            public Account(string currency, LocalDate proposed, string union, (LocalDate From, bool Implementing)[] statuses)
                : this(statuses)
            {
                Currency = currency;
                Proposed = proposed;
                Union = union;
            }

            public string Currency { get; } = string.Empty;

            public LocalDate Proposed { get; }

            public string Union { get; } = string.Empty;

            public (LocalDate From, bool Implementing)[] Statuses { get; } = statuses;

            public decimal Received { get; set; }

            public decimal PaidOut { get; set; }

            public decimal CommittedIn { get; set; }

            public decimal CommittedOut { get; set; }
        }
    }
}

/// <summary>A full report (year, term, donor, sector, activity, currency, each with its totals in the original
/// currencies, converted into USD at each entry's value date), against a hand-written loop that computes the same
/// lines over plain arrays and dictionaries.</summary>
[MemoryDiagnoser]
public class AidReportBenchmarks
{
    private AidLedger ledger = null!;
    private ExchangeRateTable rates = null!;
    private decimal[] ratesByDay = [];

    /// <summary>Gets or sets how many entries the ledger holds.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Count { get; set; }

    /// <summary>Posts the entries.</summary>
    [GlobalSetup]
    public void Setup()
    {
        ledger = AidWorkload.EmptyLedger();
        ledger.PostBatch(AidWorkload.Entries(Count), AidWorkload.Today);
        rates = AidWorkload.Rates();
        ratesByDay = Enumerable.Range(0, 2_000).Select(d => 23_000m + d).ToArray();
        if (HandWrittenLines() != FullReport())
        {
            throw new InvalidOperationException("The hand-written baseline does not compute the report's total.");
        }
    }

    /// <summary>Baseline: the same lines by hand — one pass over the entries, each converted once, added to its year,
    /// term, donor, activity, currency and sector lines (a sector split by largest remainder), with the totals in the
    /// original currencies; then the lines sorted.</summary>
    /// <returns>The total in USD.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLines()
    {
        var activities = ledger.Activities;
        var index = new Dictionary<string, int>(activities.Count, StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            index[activities[i].Id.Value] = i;
        }

        // Lines: [0] year, [1] term, [2] donor, [3] activity, [4] currency, [5] sector; each line a total in USD and
        // totals by original currency (0 VND, 1 USD).
        var lines = new Dictionary<string, decimal[]>[6];
        for (var d = 0; d < 6; d++)
        {
            lines[d] = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        }

        var total = 0m;
        var startDay = AidWorkload.Start.ToDateOnly().DayNumber;
        var years = Enumerable.Range(2000, 100).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Span<decimal> parts = stackalloc decimal[8];
        Span<decimal> originalParts = stackalloc decimal[8];
        foreach (var t in ledger.Transactions)
        {
            if (t.Type != TransactionType.IncomingFunds)
            {
                continue;
            }

            var activity = activities[index[t.Activity!.Value.Value]];
            var vnd = t.Value.Currency.Code == "VND";
            var usd = vnd ? Math.Round(t.Value.Amount / ratesByDay[t.ValueDate.ToDateOnly().DayNumber - startDay], 2, MidpointRounding.ToEven) : t.Value.Amount;
            var currency = vnd ? 0 : 1;
            total += usd;
            Add(lines[0], years[t.Date.Year - 2000], usd, currency, t.Value.Amount);
            Add(lines[1], string.Empty, usd, currency, t.Value.Amount);
            Add(lines[2], t.Provider?.Value ?? activity.Participants[0].Party.Value, usd, currency, t.Value.Amount);
            Add(lines[3], activity.Id.Value, usd, currency, t.Value.Amount);
            Add(lines[4], t.Value.Currency.Code, usd, currency, t.Value.Amount);
            var sectors = activity.Sectors;
            Split(usd, 2, sectors, parts);
            Split(t.Value.Amount, vnd ? 0 : 2, sectors, originalParts);
            for (var s = 0; s < sectors.Count; s++)
            {
                Add(lines[5], sectors[s].Code, parts[s], currency, originalParts[s]);
            }
        }

        foreach (var dimension in lines)
        {
            _ = dimension.OrderByDescending(l => l.Value[0]).ThenBy(l => l.Key, StringComparer.Ordinal).ToArray();
        }

        return total;
    }

    /// <summary>Builds the full report in USD.</summary>
    /// <returns>The total in USD.</returns>
    [Benchmark]
    public decimal FullReport() => AidReport.Build(ledger, rates, new AidReportQuery(Currency.Usd)).Total.Amount;

    private static void Add(Dictionary<string, decimal[]> lines, string key, decimal amount, int currency, decimal original)
    {
        if (!lines.TryGetValue(key, out var line))
        {
            line = new decimal[3];
            lines[key] = line;
        }

        line[0] += amount;
        line[1 + currency] += original;
    }

    // Largest remainder in minor units, as the report splits an entry across its sectors.
    private static void Split(decimal amount, int minorUnit, IReadOnlyList<SectorShare> sectors, Span<decimal> parts)
    {
        var scale = minorUnit == 0 ? 1m : 100m;
        var units = amount * scale;
        var given = 0m;
        Span<decimal> remainders = stackalloc decimal[sectors.Count];
        for (var i = 0; i < sectors.Count; i++)
        {
            var exact = units * sectors[i].Percentage / 100m;
            parts[i] = decimal.Truncate(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }

        for (var left = units - given; left > 0; left--)
        {
            var best = 0;
            for (var i = 1; i < sectors.Count; i++)
            {
                best = remainders[i] > remainders[best] ? i : best;
            }

            parts[best] += 1;
            remainders[best] = -1;
        }

        for (var i = 0; i < sectors.Count; i++)
        {
            parts[i] /= scale;
        }
    }
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
