using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

using static FriendshipUnion.Domain.Tests.Support.AidBuild;

namespace FriendshipUnion.Domain.Tests.Aid;

/// <summary>
/// Model-based properties of the aid ledger: random sequences of postings (new, repeated, conflicting, reversing, in
/// batches) and status changes run against the real <see cref="AidLedger"/> and against a small model written here,
/// which re-implements the ledger's rules from their documentation without calling the library's checks. After each
/// command the two must agree on accepting or refusing it, and on the recorded entries, balances, reversals and
/// lifecycle; a refusal must leave the ledger as it was.
/// </summary>
/// <remarks>
/// Rules not in play: the books are never closed (no <c>CloseBooks</c> command), so <c>ledger.period-closed</c> never
/// fires; parties and activities are set up once and valid, so the party, activity and sector rules are covered by
/// the example tests instead. The revocation period is the catalogue's default of 6 months.
/// </remarks>
public sealed class AidLedgerPropertyTests(ITestOutputHelper output)
{
    private static readonly LocalDate Today = Build.Today;
    private static readonly PartyId Stranger = PartyId.Parse("stranger");
    private static readonly ActivityId Ghost = ActivityId.Parse("ghost");
    private static readonly PartyId[] Registered = [Donor, Body];
    private const int RevocationMonths = 6;

    private static readonly AidActivity[] Activities =
    [
        new(ActivityId.Parse("clinic"), AnGiang, "Commune clinic", AidKind.Project, Currency.Vnd, new LocalDate(2024, 1, 10))
        {
            Participants = [new Participant(Donor, ParticipantRole.Funding), new Participant(Body, ParticipantRole.Accountable)],
        },
        new(ActivityId.Parse("school"), AnGiang, "School in dollars", AidKind.Project, Currency.Usd, new LocalDate(2024, 3, 5))
        {
            Participants = [new Participant(Donor, ParticipantRole.Funding)],
        },
        new(ActivityId.Parse("bridge"), AnGiang, "Pre-financed bridge", AidKind.NonProject, Currency.Vnd, new LocalDate(2024, 2, 1))
        {
            AllowsOverdraft = true,
        },
    ];

    // ---------------------------------------------------------------- the model

    /// <summary>What the ledger should hold, kept by the test's own rules.</summary>
    private sealed class Model
    {
        public List<AidTransaction> Order { get; private init; } = [];

        public Dictionary<TransactionId, AidTransaction> Entries { get; private init; } = [];

        public HashSet<TransactionId> Reversed { get; private init; } = [];

        public Dictionary<(ActivityId, TransactionType), decimal> Totals { get; private init; } = [];

        public Dictionary<ActivityId, List<StatusChange>> History { get; private init; } = [];

        public Dictionary<ActivityId, LocalDate> LastEntry { get; private init; } = [];

        public static Model Start() => new()
        {
            History = Activities.ToDictionary(a => a.Id, a => new List<StatusChange> { new(ActivityStatus.Proposed, a.Proposed) }),
        };

        public Model Clone() => new()
        {
            Order = [.. Order],
            Entries = new(Entries),
            Reversed = [.. Reversed],
            Totals = new(Totals),
            History = History.ToDictionary(h => h.Key, h => h.Value.ToList()),
            LastEntry = new(LastEntry),
        };

        public decimal Total(ActivityId activity, TransactionType type) => Totals.GetValueOrDefault((activity, type));
    }

    private static bool ModelCanMove(ActivityStatus from, ActivityStatus to) => (from, to) switch
    {
        (ActivityStatus.Proposed, ActivityStatus.Appraised or ActivityStatus.Cancelled) => true,
        (ActivityStatus.Appraised, ActivityStatus.Approved or ActivityStatus.Cancelled) => true,
        (ActivityStatus.Approved, ActivityStatus.Implementing or ActivityStatus.Revoked) => true,
        (ActivityStatus.Implementing, ActivityStatus.Closed) => true,
        _ => false,
    };

    private static bool ModelAllows(ActivityStatus status, TransactionType type)
    {
        var open = status is ActivityStatus.Proposed or ActivityStatus.Appraised or ActivityStatus.Approved or ActivityStatus.Implementing;
        var approved = status is ActivityStatus.Approved or ActivityStatus.Implementing;
        return type switch
        {
            TransactionType.IncomingPledge or TransactionType.OutgoingPledge => open,
            TransactionType.IncomingCommitment or TransactionType.OutgoingCommitment or TransactionType.IncomingFunds => approved,
            TransactionType.Disbursement or TransactionType.Expenditure => status == ActivityStatus.Implementing,
            _ => false,
        };
    }

    private static ActivityStatus? ModelStatusOn(List<StatusChange> history, LocalDate date)
    {
        ActivityStatus? found = null;
        foreach (var change in history)
        {
            if (change.Date <= date)
            {
                found = change.Status;
            }
        }

        return found;
    }

    private static IEnumerable<ActivityStatus> ModelStatusesOn(List<StatusChange> history, LocalDate date)
    {
        var dayBefore = date.PlusDays(-1);
        if (ModelStatusOn(history, dayBefore) is { } began)
        {
            yield return began;
        }

        foreach (var change in history.Where(c => c.Date == date))
        {
            yield return change.Status;
        }
    }

    private static AidActivity? ActivityOf(ActivityId id) => Array.Find(Activities, a => a.Id == id);

    /// <summary>Posts one entry to the model; returns whether the ledger must accept it, and whether it is new.</summary>
    private static bool ModelPost(Model m, AidTransaction t, out bool recorded)
    {
        recorded = false;
        if (m.Entries.TryGetValue(t.Id, out var existing))
        {
            return existing.Equals(t); // the same entry again changes nothing; other content under its id is refused
        }

        var activity = t.Activity is { } id ? ActivityOf(id) : null;
        if ((t.Activity is not null && activity is null)
            || (t.Provider is { } provider && !Registered.Contains(provider))
            || (t.Receiver is { } receiver && !Registered.Contains(receiver))
            || (t.Reverses is null && t.Value.Amount <= 0)
            || (activity is not null && t.Value.Currency != activity.Currency)
            || t.Date > Today
            || (activity is not null && t.Date < activity.Proposed))
        {
            return false;
        }

        // On a day the status changed, any status held that day will do: the one the day began with or one entered that day.
        if (t.Reverses is null && activity is not null && ModelStatusOn(m.History[activity.Id], t.Date) is not null
            && !ModelStatusesOn(m.History[activity.Id], t.Date).Any(s => ModelAllows(s, t.Type)))
        {
            return false;
        }

        if (t.Reverses is { } target)
        {
            if (!m.Entries.TryGetValue(target, out var original) || original.Reverses is not null || m.Reversed.Contains(target))
            {
                return false;
            }

            if (original.Activity != t.Activity || original.Summary != t.Summary || original.Type != t.Type
                || original.Value.Currency != t.Value.Currency || t.Value.Amount != -original.Value.Amount
                || original.ValueDate != t.ValueDate || t.Date < original.Date)
            {
                return false;
            }
        }

        if (activity is not null && !activity.AllowsOverdraft)
        {
            decimal After(TransactionType type) => m.Total(activity.Id, type) + (t.Type == type ? t.Value.Amount : 0m);
            var received = After(TransactionType.IncomingFunds);
            if (After(TransactionType.Disbursement) + After(TransactionType.Expenditure) > received
                || After(TransactionType.OutgoingCommitment) > Math.Max(After(TransactionType.IncomingCommitment), received))
            {
                return false;
            }
        }

        m.Order.Add(t);
        m.Entries.Add(t.Id, t);
        if (t.Reverses is { } reversedId)
        {
            m.Reversed.Add(reversedId);
        }

        if (activity is not null)
        {
            m.Totals[(activity.Id, t.Type)] = m.Total(activity.Id, t.Type) + t.Value.Amount;
            if (!m.LastEntry.TryGetValue(activity.Id, out var last) || t.Date > last)
            {
                m.LastEntry[activity.Id] = t.Date;
            }
        }

        recorded = true;
        return true;
    }

    private static bool ModelChangeStatus(Model m, ActivityId id, ActivityStatus status, LocalDate date)
    {
        if (!m.History.TryGetValue(id, out var history))
        {
            return false;
        }

        var last = history[^1];
        var earliest = m.LastEntry.TryGetValue(id, out var entry) && entry > last.Date ? entry : last.Date;
        if (!ModelCanMove(last.Status, status) || date < earliest || date > Today
            || (status == ActivityStatus.Revoked && date < last.Date.PlusMonths(RevocationMonths)))
        {
            return false;
        }

        history.Add(new StatusChange(status, date));
        return true;
    }

    // ---------------------------------------------------------------- commands, as generated

    private abstract record Op;

    /// <summary>A new entry: target 0–2 an activity, 3 a summary, 4 an activity not in the ledger.</summary>
    private sealed record NewEntry(int Target, TransactionType Type, int AmountKind, int Minor, int DateKind, int DateSeed, int PartyKind, bool WrongCurrency) : Op;

    private sealed record Duplicate(int Pick) : Op;

    private sealed record Conflict(int Pick, int Delta) : Op;

    /// <summary>A reversal of an entry picked from those recorded or earlier in the batch (possibly a reversal itself,
    /// possibly reversed already). Posted as an entry, tamper 1 gets the amount wrong and 2 the type; through
    /// <see cref="AidLedger.Reverse(TransactionId, TransactionId, LocalDate, LocalDate, string?)"/>, tamper 1 retries a reversal already recorded (same id and date).</summary>
    private sealed record Reversal(int Pick, int Tamper, int DateKind, int Lag, bool ViaMethod) : Op;

    private sealed record SinglePost(Op Item, bool ViaTry) : Op;

    private sealed record BatchPost(Op[] Items, bool ViaTry) : Op;

    private sealed record StatusOp(int Target, bool Next, ActivityStatus Any, int DateKind, int Lag, bool ViaTry) : Op;

    private sealed record Take : Op;

    private static readonly TransactionType[] Types = Enum.GetValues<TransactionType>();

    private static Gen<Op> NewEntryGen() =>
        from target in Gen.Frequency((12, Gen.Choose(0, 2)), (2, Gen.Constant(3)), (1, Gen.Constant(4)))
        from type in Gen.Frequency(
            (4, Gen.Constant(TransactionType.IncomingFunds)),
            (3, Gen.Elements(TransactionType.Disbursement, TransactionType.Expenditure)),
            (2, Gen.Elements(TransactionType.IncomingCommitment, TransactionType.OutgoingCommitment)),
            (1, Gen.Elements(Types)))
        from amountKind in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1)), (18, Gen.Constant(2)))
        from minor in Gen.Choose(1, 2_000)
        from dateKind in Gen.Frequency((16, Gen.Choose(0, 6)), (1, Gen.Constant(7)), (1, Gen.Constant(8)), (2, Gen.Constant(9)))
        from dateSeed in Gen.Choose(0, 100_000)
        from partyKind in Gen.Choose(0, 40)
        from wrongCurrency in Gen.Frequency((1, Gen.Constant(true)), (20, Gen.Constant(false)))
        select (Op)new NewEntry(target, type, amountKind, minor, dateKind, dateSeed, partyKind, wrongCurrency);

    private static Gen<Op> EntryOpGen(bool topLevel) => Gen.Frequency(
        (6, NewEntryGen()),
        (2, Gen.Choose(0, 1_000).Select(p => (Op)new Duplicate(p))),
        (2, from p in Gen.Choose(0, 1_000) from d in Gen.Elements(-3, -1, 1, 2, 500) select (Op)new Conflict(p, d)),
        (4, from p in Gen.Choose(0, 1_000)
            from tamper in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            from dateKind in Gen.Frequency((16, Gen.Choose(0, 7)), (1, Gen.Constant(8)), (2, Gen.Constant(9)))
            from lag in Gen.Choose(0, 60)
            from via in Gen.Elements(topLevel, false)
            select (Op)new Reversal(p, tamper, dateKind, lag, via)));

    private static Gen<Op> OpGen() => Gen.Frequency(
        (10, from item in EntryOpGen(topLevel: true) from viaTry in Gen.Elements(true, false) select (Op)new SinglePost(item, viaTry)),
        (3, from n in Gen.Choose(1, 4) from items in EntryOpGen(topLevel: false).ArrayOf(n) from viaTry in Gen.Elements(true, false) select (Op)new BatchPost(items, viaTry)),
        (5, from target in Gen.Frequency((15, Gen.Choose(0, 2)), (1, Gen.Constant(3)))
            from next in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from any in Gen.Elements(Enum.GetValues<ActivityStatus>())
            from dateKind in Gen.Frequency((14, Gen.Choose(0, 6)), (3, Gen.Constant(7)), (1, Gen.Constant(8)), (2, Gen.Constant(9)))
            from lag in Gen.Choose(0, 40)
            from viaTry in Gen.Elements(true, false)
            select (Op)new StatusOp(target, next, any, dateKind, lag, viaTry)),
        (1, Gen.Constant((Op)new Take())));

    /// <summary>Commands, after a warm-up of 0–8 status changes (mostly forward) so that runs reach every status.</summary>
    private static Gen<Op[]> OpsGen(int min, int max) =>
        from warmUp in Gen.Choose(0, 8)
        from targets in Gen.Choose(0, 2).ArrayOf(warmUp)
        from lags in Gen.Choose(1, 30).ArrayOf(warmUp)
        from n in Gen.Choose(min, max)
        from ops in OpGen().ArrayOf(n)
        select targets.Select((t, i) => (Op)new StatusOp(t, true, ActivityStatus.Implementing, 0, lags[i], true)).Concat(ops).ToArray();

    // ---------------------------------------------------------------- commands, resolved against the model

    private abstract record Step;

    private sealed record PostStep(AidTransaction[] Entries, bool IsBatch, bool ViaTry) : Step
    {
        public override string ToString() => $"{(IsBatch ? "batch" : "post")} [{string.Join("; ", Entries.Select(Describe))}]";
    }

    private sealed record ReverseStep(AidTransaction Original, TransactionId Id, LocalDate Date) : Step
    {
        public AidTransaction Expected => Original.ReversedBy(Id, Date);

        public override string ToString() => $"reverse {Describe(Original)} by {Describe(Expected)}";
    }

    private sealed record StatusStep(ActivityId Activity, ActivityStatus Status, LocalDate Date, bool ViaTry) : Step;

    private sealed record TakeStep : Step;

    private static string Describe(AidTransaction t) =>
        $"{t} ({t.Activity?.Value ?? "summary " + t.Summary?.YearsLabel}, value date {t.ValueDate:uuuu-MM-dd}, provider {t.Provider}, receiver {t.Receiver}{(t.Reverses is { } r ? ", reverses " + r : string.Empty)})";

    private sealed class Ids
    {
        private int next;

        public TransactionId New() => TransactionId.Parse($"t{next++}");
    }

    private static Money Unit(Currency currency) => Money.FromMinorUnits(1, currency);

    private static Currency Other(Currency currency) => currency == Currency.Vnd ? Currency.Usd : Currency.Vnd;

    /// <summary>The same entry with another value (same id, activity or summary, type, dates, parties).</summary>
    private static AidTransaction WithValue(AidTransaction t, Money value) =>
        (t.Summary is { } summary
            ? AidTransaction.ForSummary(t.Id, summary, t.Type, t.Date, value, t.ValueDate)
            : new AidTransaction(t.Id, t.Activity!.Value, t.Type, t.Date, value, t.ValueDate))
        with { Provider = t.Provider, Receiver = t.Receiver, Reverses = t.Reverses, Description = t.Description };

    /// <summary>Turns a generated entry command into an entry, picking existing entries from the model and the
    /// batch so far; null when there is nothing to pick.</summary>
    private static AidTransaction? Resolve(Op op, Model m, List<AidTransaction> batch, Ids ids)
    {
        var pool = m.Order.Concat(batch).ToList();
        switch (op)
        {
            case NewEntry e:
                return NewEntryOf(e, m, ids);
            case Duplicate d when pool.Count > 0:
                return pool[d.Pick % pool.Count] with { }; // an equal copy
            case Conflict c when pool.Count > 0:
                var existing = pool[c.Pick % pool.Count];
                return WithValue(existing, existing.Value + Money.FromMinorUnits(c.Delta, existing.Value.Currency));
            case Reversal r when pool.Count > 0:
                var original = pool[r.Pick % pool.Count];
                var date = ReversalDate(original, r);
                var reversal = original.ReversedBy(ids.New(), date);
                return r.Tamper switch
                {
                    1 => WithValue(reversal, reversal.Value + Unit(reversal.Value.Currency)),
                    2 => new AidTransaction(reversal.Id, original.Activity ?? Ghost, original.Type == TransactionType.IncomingFunds ? TransactionType.IncomingPledge : TransactionType.IncomingFunds, date, reversal.Value, reversal.ValueDate) { Reverses = original.Id },
                    _ => reversal,
                };
            default:
                return null;
        }
    }

    private static LocalDate ReversalDate(AidTransaction original, Reversal r) => r.DateKind switch
    {
        8 => Today.PlusDays(1 + (r.Lag % 5)),
        9 => original.Date.PlusDays(-1 - (r.Lag % 10)),
        _ => original.Date.PlusDays(r.Lag),
    };

    private static AidTransaction NewEntryOf(NewEntry e, Model m, Ids ids)
    {
        var activity = e.Target < Activities.Length ? Activities[e.Target] : null;
        var currency = activity?.Currency ?? Currency.Vnd;
        currency = e.WrongCurrency ? Other(currency) : currency;
        var units = e.Minor * (currency == Currency.Vnd ? 1_000L : 10L);
        var value = Money.FromMinorUnits(e.AmountKind switch { 0 => 0, 1 => -units, _ => units }, currency);
        var proposed = activity?.Proposed ?? new LocalDate(2024, 1, 1);
        var date = e.DateKind switch
        {
            7 => proposed.PlusDays(-1 - (e.DateSeed % 30)),
            8 => Today.PlusDays(1 + (e.DateSeed % 5)),
            9 => new LocalDate(2023, 12, 1).PlusDays(e.DateSeed % 1_090),
            _ when activity is not null => RecentDay(m.History[activity.Id], e.DateSeed),
            _ => proposed.PlusDays(e.DateSeed % 900),
        };
        var id = ids.New();
        var entry = e.Target switch
        {
            3 => AidTransaction.ForSummary(id, new AidSummary(AnGiang, 2015 + (e.DateSeed % 8), 2015 + (e.DateSeed % 8) + (e.DateSeed % 3)) { Approximate = e.DateSeed % 2 == 0 }, e.Type, date, value, date),
            4 => new AidTransaction(id, Ghost, e.Type, date, value, date),
            _ => new AidTransaction(id, activity!.Id, e.Type, date, value, date.PlusDays(e.DateSeed % 3)),
        };
        return e.PartyKind switch
        {
            < 4 => entry,
            4 => entry with { Provider = Stranger },
            5 => entry with { Receiver = Stranger },
            _ => entry with { Provider = Donor, Receiver = Body },
        };
    }

    /// <summary>A day near one of the activity's status changes, so that entries fall in every status.</summary>
    private static LocalDate RecentDay(List<StatusChange> history, int seed) =>
        history[seed % 2 == 0 ? history.Count - 1 : seed / 2 % history.Count].Date.PlusDays(seed / 7 % 45);

    private static Step? ResolveStep(Op op, Model m, Ids ids)
    {
        switch (op)
        {
            case SinglePost { Item: Reversal { ViaMethod: true } r }:
                if (m.Order.Count == 0)
                {
                    return null;
                }

                // Now and then a retry of a reversal already recorded: the same id, date and entry again.
                var recordedReversals = m.Order.Where(t => t.Reverses is not null).ToArray();
                if (r.Tamper == 1 && recordedReversals.Length > 0)
                {
                    var done = recordedReversals[r.Pick % recordedReversals.Length];
                    return new ReverseStep(m.Entries[done.Reverses!.Value], done.Id, done.Date);
                }

                var original = m.Order[r.Pick % m.Order.Count];
                return new ReverseStep(original, ids.New(), ReversalDate(original, r));
            case SinglePost s:
                return Resolve(s.Item, m, [], ids) is { } entry ? new PostStep([entry], false, s.ViaTry) : null;
            case BatchPost b:
                var batch = new List<AidTransaction>();
                foreach (var item in b.Items)
                {
                    if (Resolve(item, m, batch, ids) is { } resolved)
                    {
                        batch.Add(resolved);
                    }
                }

                return batch.Count == 0 ? null : new PostStep([.. batch], true, b.ViaTry);
            case StatusOp s:
                return StatusStepOf(s, m);
            case Take:
                return new TakeStep();
            default:
                return null;
        }
    }

    private static StatusStep StatusStepOf(StatusOp s, Model m)
    {
        if (s.Target >= Activities.Length)
        {
            return new StatusStep(Ghost, s.Any, Today.PlusDays(-1), s.ViaTry);
        }

        var id = Activities[s.Target].Id;
        var last = m.History[id][^1];
        var floor = m.LastEntry.TryGetValue(id, out var entry) && entry > last.Date ? entry : last.Date;
        // Mostly the next status forward (appraised, approved, implementing, closed), seldom a cancellation or a
        // revocation, and closing only now and then so that activities stay open for entries.
        var next = Enum.GetValues<ActivityStatus>().Where(to => ModelCanMove(last.Status, to)).ToArray();
        var status = !s.Next || next.Length == 0 ? s.Any
            : s.DateKind == 9 && next.Contains(ActivityStatus.Revoked) ? ActivityStatus.Revoked
            : s.Lag % 8 == 0 ? next[^1]
            : next[0] == ActivityStatus.Closed && s.Lag % 3 != 0 ? s.Any
            : next[0];
        var date = s.DateKind switch
        {
            7 => floor.PlusDays(-1 - (s.Lag % 20)),
            8 => Today.PlusDays(1),
            9 => floor.PlusDays(170 + s.Lag), // around the 6-month revocation threshold
            _ => floor.PlusDays(s.Lag),
        };
        return new StatusStep(id, status, date, s.ViaTry);
    }

    // ---------------------------------------------------------------- running a step

    private sealed record Outcome(bool Accepted, PostOutcome[] Outcomes);

    private static Outcome Execute(AidLedger ledger, Step step, List<IDomainEvent> taken)
    {
        switch (step)
        {
            case PostStep { IsBatch: false, ViaTry: true } p:
                var ok = ledger.TryPost(p.Entries[0], Today, out var outcome, out var violations);
                Assert.Equal(ok, violations.Count == 0);
                return new Outcome(ok, ok ? [outcome] : []);
            case PostStep { IsBatch: false } p:
                return Refusable(() => [ledger.Post(p.Entries[0], Today)]);
            case PostStep { ViaTry: true } p:
                var batchOk = ledger.TryPostBatch(p.Entries, Today, out var outcomes, out var batchViolations);
                Assert.Equal(batchOk, batchViolations.Count == 0);
                return new Outcome(batchOk, batchOk ? [.. outcomes] : []);
            case PostStep p:
                return Refusable(() => [.. ledger.PostBatch(p.Entries, Today)]);
            case ReverseStep r:
                return Refusable(() =>
                {
                    var events = ledger.DomainEvents.Count;
                    var reversal = ledger.Reverse(r.Original.Id, r.Id, r.Date, Today);
                    Assert.Equal(r.Expected, reversal);
                    return [ledger.DomainEvents.Count > events ? PostOutcome.Recorded : PostOutcome.AlreadyRecorded];
                });
            case StatusStep { ViaTry: true } s:
                var changed = ledger.TryChangeStatus(s.Activity, s.Status, s.Date, Today, out var statusViolations);
                Assert.Equal(changed, statusViolations.Count == 0);
                return new Outcome(changed, []);
            case StatusStep s:
                return Refusable(() =>
                {
                    ledger.ChangeStatus(s.Activity, s.Status, s.Date, Today);
                    return [];
                });
            case TakeStep:
                taken.AddRange(ledger.TakeDomainEvents());
                return new Outcome(true, []);
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
        }
    }

    private static Outcome Refusable(Func<PostOutcome[]> run)
    {
        try
        {
            return new Outcome(true, run());
        }
        catch (RuleViolationException ex)
        {
            Assert.NotEmpty(ex.Violations);
            return new Outcome(false, []);
        }
    }

    /// <summary>Applies a step to the model; returns the expected outcome and the model after it.</summary>
    private static (Outcome Expected, Model After) Decide(Model model, Step step)
    {
        var staged = model.Clone();
        switch (step)
        {
            case PostStep p:
                var outcomes = new List<PostOutcome>();
                foreach (var entry in p.Entries)
                {
                    if (!ModelPost(staged, entry, out var recorded))
                    {
                        return (new Outcome(false, []), model);
                    }

                    outcomes.Add(recorded ? PostOutcome.Recorded : PostOutcome.AlreadyRecorded);
                }

                return (new Outcome(true, [.. outcomes]), staged);
            case ReverseStep r:
                return ModelPost(staged, r.Expected, out var reversed)
                    ? (new Outcome(true, [reversed ? PostOutcome.Recorded : PostOutcome.AlreadyRecorded]), staged)
                    : (new Outcome(false, []), model);
            case StatusStep s:
                return ModelChangeStatus(staged, s.Activity, s.Status, s.Date) ? (new Outcome(true, []), staged) : (new Outcome(false, []), model);
            default:
                return (new Outcome(true, []), model);
        }
    }

    private sealed record Snapshot(int Transactions, int Events, ActivityBalance[] Balances, int[] Changes)
    {
        public static Snapshot Of(AidLedger ledger) => new(
            ledger.Transactions.Count,
            ledger.DomainEvents.Count,
            [.. Activities.Select(a => ledger.BalanceOf(a.Id))],
            [.. Activities.Select(a => ledger.HistoryOf(a.Id).Count)]);
    }

    private static int NewEvents(Step step, Outcome outcome) => step switch
    {
        PostStep or ReverseStep => outcome.Outcomes.Count(o => o == PostOutcome.Recorded),
        StatusStep => 1,
        _ => 0,
    };

    /// <summary>Runs one step on each ledger and checks each against the model.</summary>
    private static Model RunStep(Model model, Step step, IReadOnlyList<(AidLedger Ledger, List<IDomainEvent> Taken)> ledgers, string where)
    {
        var (expected, after) = Decide(model, step);
        foreach (var (ledger, taken) in ledgers)
        {
            var before = Snapshot.Of(ledger);
            var actual = Execute(ledger, step, taken);
            Assert.True(expected.Accepted == actual.Accepted, $"{where}: the model {(expected.Accepted ? "accepts" : "refuses")} {step} but the ledger {(actual.Accepted ? "accepted" : "refused")} it.");
            Assert.Equal(expected.Outcomes, actual.Outcomes);
            if (!actual.Accepted)
            {
                var now = Snapshot.Of(ledger);
                Assert.True(before.Transactions == now.Transactions && before.Events == now.Events, $"{where}: a refused {step} changed the entries or events.");
                Assert.Equal(before.Balances, now.Balances);
                Assert.Equal(before.Changes, now.Changes);
            }
            else if (step is not TakeStep)
            {
                Assert.Equal(before.Events + NewEvents(step, actual), ledger.DomainEvents.Count);
            }
            else
            {
                Assert.Empty(ledger.DomainEvents);
            }

            AssertMatches(ledger, after, where);
        }

        return after;
    }

    private static void AssertMatches(AidLedger ledger, Model model, string where)
    {
        Assert.Equal(model.Order, ledger.Transactions);
        Assert.True(model.Order.Select(t => t.Id).ToHashSet().SetEquals(ledger.Transactions.Select(t => t.Id)), $"{where}: the recorded ids differ.");
        foreach (var activity in Activities)
        {
            var balance = ledger.BalanceOf(activity.Id);
            Assert.Equal(activity.Currency, balance.Currency);
            foreach (var type in Types)
            {
                Assert.True(model.Total(activity.Id, type) == balance.Of(type).Amount, $"{where}: {activity.Id} {type} is {balance.Of(type)} in the ledger, {model.Total(activity.Id, type)} in the model.");
            }

            Assert.Equal(model.History[activity.Id], ledger.HistoryOf(activity.Id));
            Assert.Equal(model.History[activity.Id][^1].Status, ledger.StatusOf(activity.Id));
        }

        foreach (var entry in model.Order)
        {
            Assert.Equal(model.Reversed.Contains(entry.Id), ledger.IsReversed(entry.Id));
        }
    }

    private static AidLedger SetUp() => SetUp(AidLedger.Create());

    private static AidLedger SetUp(AidLedger ledger)
    {
        ledger.RegisterParty(DonorParty());
        ledger.RegisterParty(BodyParty());
        foreach (var activity in Activities)
        {
            ledger.ProposeActivity(activity, Today);
        }

        return ledger;
    }

    /// <summary>Runs the commands; returns the model after them and how many were accepted and refused.</summary>
    private static (Model Model, int Accepted, int Refused) Run(Model model, Op[] ops, Ids ids, IReadOnlyList<(AidLedger Ledger, List<IDomainEvent> Taken)> ledgers, string name = "command")
    {
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < ops.Length; i++)
        {
            if (ResolveStep(ops[i], model, ids) is not { } step)
            {
                continue;
            }

            var after = RunStep(model, step, ledgers, $"{name} {i}");
            if (ReferenceEquals(after, model) && step is not TakeStep)
            {
                refused++;
            }
            else
            {
                accepted++;
            }

            model = after;
        }

        return (model, accepted, refused);
    }

    [Property(MaxTest = 200)]
    public Property The_ledger_agrees_with_a_model_of_its_rules_on_every_command() =>
        Props.ForAllSequences(OpsGen(10, 60), ops =>
        {
            Run(Model.Start(), ops, new Ids(), [(SetUp(), [])]);
            return true;
        });

    [Fact]
    public void The_generated_commands_are_both_accepted_and_refused_often()
    {
        var accepted = 0;
        var refused = 0;
        foreach (var ops in Props.Sample(OpsGen(10, 60), 100, 200))
        {
            var run = Run(Model.Start(), ops, new Ids(), [(SetUp(), [])]);
            accepted += run.Accepted;
            refused += run.Refused;
        }

        output.WriteLine($"{accepted} commands accepted, {refused} refused");
        Assert.True(accepted > 1_000 && refused > 1_000, $"Both outcomes must be common: {accepted} accepted, {refused} refused.");
    }

    [Property(MaxTest = Props.DefaultTests)]
    public Property Replaying_the_events_rebuilds_a_ledger_with_the_same_content_that_goes_on_deciding_alike()
    {
        var scenario = from prefix in OpsGen(0, 50)
                       from tail in OpsGen(0, 15)
                       select (prefix, tail);

        return Props.ForAll(scenario, s =>
        {
            var ledger = SetUp();
            var taken = new List<IDomainEvent>();
            var ids = new Ids();
            var (model, _, _) = Run(Model.Start(), s.prefix, ids, [(ledger, taken)]);

            var history = taken.Concat(ledger.TakeDomainEvents()).ToList();
            var rebuilt = AidLedger.Replay(history);
            Assert.True(Same.Ledger(rebuilt, ledger) && Same.Ledger(ledger, rebuilt), "The rebuilt ledger differs.");
            Assert.Empty(rebuilt.DomainEvents);
            AssertMatches(rebuilt, model, "after replay");
            foreach (var activity in Activities)
            {
                Assert.Equal(ledger.BalanceOf(activity.Id), rebuilt.BalanceOf(activity.Id));
            }

            // The rebuilt ledger keeps what later checks need (reversals, balances, the latest entry of each
            // activity), so it decides every later command as the original does, and records the same events.
            var tailOriginal = new List<IDomainEvent>();
            var tailRebuilt = new List<IDomainEvent>();
            Run(model, s.tail, ids, [(ledger, tailOriginal), (rebuilt, tailRebuilt)], "command after the replay");
            tailOriginal.AddRange(ledger.TakeDomainEvents());
            tailRebuilt.AddRange(rebuilt.TakeDomainEvents());
            Assert.Equal(tailOriginal, tailRebuilt);
            Assert.True(Same.Ledger(AidLedger.Replay(history.Concat(tailOriginal)), rebuilt));
            return true;
        });
    }

    private const string TwoUnions = """
        {
          "schemaVersion": 4,
          "unions": [
            { "id": "vufo", "level": "central", "names": [ { "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam", "en": "VUFO" } ], "congresses": [] },
            { "id": "an-giang", "level": "provincial", "parent": "vufo", "names": [ { "vi": "An Giang", "en": "An Giang" } ], "congresses": [] }
          ]
        }
        """;

    [Property(MaxTest = 100)]
    public Property Any_generated_ledger_round_trips_through_JSON()
    {
        var scenario = from ops in OpsGen(0, 40)
                       from closeAfter in Gen.Choose(0, 1_200)
                       from daysBack in Gen.Choose(0, 5)
                       select (ops, closeAfter, daysBack);

        return Props.ForAll(scenario, s =>
        {
            var dataset = FriendshipUnion.Domain.Serialization.DatasetJson.Read(TwoUnions, Today);
            var ledger = SetUp(dataset.Aid);
            Run(Model.Start(), s.ops, new Ids(), [(ledger, [])]);
            ledger.TryCloseBooks(AnGiang, new LocalDate(2024, 1, 1).PlusDays(s.closeAfter), Today, out _);
            dataset.SetExchangeRates(ExchangeRateTable.Create(
                ledger.Transactions.Select(t => t.ValueDate).Distinct().Select((d, i) => new ExchangeRate(Currency.Usd, Currency.Vnd, d, 23_000m + i + 0.25m) { Source = i % 2 == 0 ? "test" : null }),
                s.daysBack == 0 ? RatePolicy.ExactDate : RatePolicy.LatestWithin(s.daysBack)));
            var json = FriendshipUnion.Domain.Serialization.DatasetJson.Write(dataset);
            var read = JsonText.TryRead(json, Today);
            Assert.True(read.Success, string.Join("; ", read.Violations));
            Assert.True(Same.Dataset(read.Dataset!, dataset), "The dataset read back differs from the one written.");
            Assert.Equal(json, FriendshipUnion.Domain.Serialization.DatasetJson.Write(read.Dataset!));
            foreach (var activity in Activities)
            {
                Assert.Equal(ledger.BalanceOf(activity.Id), read.Dataset!.Aid.BalanceOf(activity.Id));
            }

            return true;
        });
    }
}
