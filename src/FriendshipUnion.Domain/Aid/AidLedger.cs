using System.Globalization;
using System.Runtime.CompilerServices;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Aid;

/// <summary>What posting an entry did.</summary>
public enum PostOutcome
{
    /// <summary>The entry was recorded.</summary>
    Recorded = 0,

    /// <summary>An entry with the same id and the same content was already recorded; nothing changed.</summary>
    AlreadyRecorded = 1,
}

/// <summary>
/// The ledger of foreign non-governmental aid: the donors and partners, the aid activities with their dated
/// lifecycle, and an append-only list of IATI-typed entries. There is no update and no delete: a correction is a new
/// entry that reverses one, once. Posting is idempotent by the client's id, and a batch is applied all or nothing.
/// Every change is checked against the rules of <see cref="RuleCatalog"/> first; a change that breaks one is refused
/// with every violation and changes nothing (the limits are checked once an entry breaks no other rule, since a
/// balance means nothing for an entry that is otherwise invalid). Each change records a domain event;
/// <see cref="Replay"/> rebuilds a ledger from them.
/// </summary>
public sealed class AidLedger : IEventSource
{
    private readonly RuleCatalog rules;
    private readonly IAidContext? context;
    private readonly Dictionary<PartyId, Party> parties = [];
    private readonly List<Party> partyList = [];
    private readonly Dictionary<ActivityId, ActivityState> activities = [];
    private readonly List<AidActivity> activityList = [];
    private readonly List<AidTransaction> transactions = [];
    private readonly List<int> entryActivity = []; // the ordinal of each entry's activity in activityList, or -1
    private readonly TransactionIndex byId = new();
    private readonly HashSet<TransactionId> reversed = [];
    private readonly Dictionary<UnionId, LocalDate> closedThrough = [];
    private readonly EventLog events;
    private decimal gross; // the sum of the absolute values of every entry, whatever its currency

    private AidLedger(RuleCatalog rules, IAidContext? context = null, EventLog? events = null)
    {
        this.rules = rules;
        this.context = context;
        this.events = events ?? new EventLog();
        Parties = partyList.AsReadOnly();
        Activities = activityList.AsReadOnly();
        Transactions = transactions.AsReadOnly();
        DomainEvents = this.events;
    }

    /// <summary>The largest value of one entry: just under 10^15 units of its currency.</summary>
    public const decimal MaxEntryAmount = 999_999_999_999_999.9999m;

    /// <summary>The most the values of a ledger's entries add up to, in absolute value and whatever their currencies:
    /// 10^18. With the bounds of <see cref="ExchangeRate"/> it keeps every balance, total and conversion of a report
    /// within a decimal.</summary>
    public const decimal MaxTotalAmount = 1_000_000_000_000_000_000m;

    /// <summary>Gets the registered parties, in registration order.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>Gets the activities, in the order proposed.</summary>
    public IReadOnlyList<AidActivity> Activities { get; }

    /// <summary>Gets every entry, in posting order.</summary>
    public IReadOnlyList<AidTransaction> Transactions { get; }

    /// <summary>Gets the last day of each union's closed reporting period.</summary>
    public IReadOnlyDictionary<UnionId, LocalDate> ClosedThrough => closedThrough.AsReadOnly();

    /// <summary>Gets the events recorded since they were last taken. A ledger that belongs to a dataset records its
    /// events with the dataset's (<c>UnionDataset.DomainEvents</c>), in the order everything in the dataset happened;
    /// this is then that same list.</summary>
    public IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="rules">The catalogue whose thresholds apply; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The ledger.</returns>
    public static AidLedger Create(RuleCatalog? rules = null) => new(rules ?? RuleCatalog.Default);

    /// <summary>Rebuilds a ledger from the events another recorded, in order, without checking the rules again: the
    /// events are facts that were checked when they happened. The rebuilt ledger records no events of its own.</summary>
    /// <param name="history">The events, oldest first; events of other aggregates are ignored.</param>
    /// <param name="rules">The catalogue for later changes; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An event names an activity no earlier event proposed: the history is not
    /// one a ledger recorded.</exception>
    public static AidLedger Replay(IEnumerable<IDomainEvent> history, RuleCatalog? rules = null)
    {
        var ledger = Create(rules);
        ledger.Apply(history);
        return ledger;
    }

    /// <summary>Creates the empty ledger of a dataset, which checks the dataset's unions and currencies and records
    /// its events with the dataset's.</summary>
    internal static AidLedger CreateFor(RuleCatalog rules, IAidContext context, EventLog events) => new(rules, context, events);

    /// <summary>Applies recorded events to this ledger without checking the rules again, recording no event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An event names an activity no earlier event proposed.</exception>
    internal void Apply(IEnumerable<IDomainEvent> history)
    {
        Guard.Against.Null(history);
        foreach (var happened in history)
        {
            Guard.Against.Null(happened, nameof(history));
            switch (happened)
            {
                case PartyRegistered e:
                    AddParty(e.Party);
                    break;
                case AidActivityProposed e:
                    AddActivity(e.Activity);
                    break;
                case AidActivityStatusChanged e:
                    Known(e.Activity).History.Add(e.Change);
                    break;
                case AidTransactionPosted e:
                    var posted = e.Transaction;
                    var balance = posted.Activity is { } activity ? Known(activity).Balance.Plus(posted.Type, posted.Value.Amount) : default;
                    Commit(posted, balance);
                    break;
                case AidBooksClosed e:
                    closedThrough[e.Union] = e.Through;
                    break;
            }
        }
    }

    /// <summary>The posting of the entry at an index: entries are never changed or removed, so the event is the same
    /// whenever it is made.</summary>
    IDomainEvent IEventSource.EventAt(int index) => new AidTransactionPosted(transactions[index]);

    /// <summary>Removes and returns the recorded events, oldest first.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = events.ToArray();
        events.Clear();
        return taken;
    }

    /// <summary>Finds a party.</summary>
    /// <param name="id">The party's id.</param>
    /// <returns>The party, or <see langword="null"/>.</returns>
    public Party? FindParty(PartyId id) => parties.GetValueOrDefault(id);

    /// <summary>Finds an activity.</summary>
    /// <param name="id">The activity's id.</param>
    /// <returns>The activity, or <see langword="null"/>.</returns>
    public AidActivity? FindActivity(ActivityId id) => activities.GetValueOrDefault(id)?.Activity;

    /// <summary>Finds an entry by its id.</summary>
    /// <param name="id">The client's id.</param>
    /// <param name="transaction">The entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the entry is recorded.</returns>
    public bool TryFind(TransactionId id, [NotNullWhen(true)] out AidTransaction? transaction)
    {
        var place = byId.Find(id, transactions);
        transaction = place >= 0 ? transactions[place] : null;
        return transaction is not null;
    }

    /// <summary>Tells whether an entry was reversed.</summary>
    /// <param name="id">The entry's id.</param>
    /// <returns><see langword="true"/> when a reversal of it is recorded.</returns>
    public bool IsReversed(TransactionId id) => reversed.Contains(id);

    /// <summary>Gets an activity's running totals. Reading a balance allocates nothing.</summary>
    /// <param name="id">The activity.</param>
    /// <returns>The totals, in the activity's currency.</returns>
    /// <exception cref="KeyNotFoundException">The activity is not in the ledger.</exception>
    public ActivityBalance BalanceOf(ActivityId id) => State(id).Balance;

    /// <summary>Gets an activity's current status.</summary>
    /// <param name="id">The activity.</param>
    /// <returns>The status.</returns>
    /// <exception cref="KeyNotFoundException">The activity is not in the ledger.</exception>
    public ActivityStatus StatusOf(ActivityId id) => State(id).History[^1].Status;

    /// <summary>Gets an activity's status on a day.</summary>
    /// <param name="id">The activity.</param>
    /// <param name="date">The day.</param>
    /// <returns>The status in force that day, or <see langword="null"/> before the activity was proposed.</returns>
    /// <exception cref="KeyNotFoundException">The activity is not in the ledger.</exception>
    public ActivityStatus? StatusOn(ActivityId id, LocalDate date) => State(id).StatusOn(date);

    /// <summary>Gets an activity's dated status changes, starting with its proposal.</summary>
    /// <param name="id">The activity.</param>
    /// <returns>The changes, oldest first.</returns>
    /// <exception cref="KeyNotFoundException">The activity is not in the ledger.</exception>
    public IReadOnlyList<StatusChange> HistoryOf(ActivityId id) => State(id).History.AsReadOnly();

    /// <summary>Registers a donor or partner.</summary>
    /// <param name="party">The party.</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="RuleViolationException">The party breaks a rule; nothing changed.</exception>
    public void RegisterParty(Party party) => ThrowIfAny(TryRegisterParty(party, out var violations), violations);

    /// <summary>Tries to register a donor or partner.</summary>
    /// <param name="party">The party.</param>
    /// <param name="violations">The rules broken; empty on success.</param>
    /// <returns><see langword="true"/> when the party was registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryRegisterParty(Party party, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(party);
        var found = new List<RuleViolation>();
        if (parties.ContainsKey(party.Id))
        {
            found.Add(new RuleViolation(RuleCodes.PartyUniqueId, $"A party with id '{party.Id}' is already registered.", "id", party.Id.Value));
        }

        var vietnamese = party.Country == Party.Vietnam;
        if ((party.Kind == PartyKind.VietnameseBody && !vietnamese)
            || (party.Kind is PartyKind.ForeignNgo or PartyKind.ForeignGovernment or PartyKind.ForeignAgency && vietnamese))
        {
            found.Add(new RuleViolation(RuleCodes.PartyCountry, $"A party of kind {party.Kind} cannot be based in {party.Country}.", "country", party.Country.Value));
        }

        return Done(found, out violations, () =>
        {
            AddParty(party);
            events.Add(new PartyRegistered(party));
        });
    }

    /// <summary>Records a proposed activity; its lifecycle starts as proposed on its <see cref="AidActivity.Proposed"/> day.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="RuleViolationException">The activity breaks a rule; nothing changed.</exception>
    public void ProposeActivity(AidActivity activity, LocalDate today) => ThrowIfAny(TryProposeActivity(activity, today, out var violations), violations);

    /// <summary>Records a proposed activity, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">The activity breaks a rule; nothing changed.</exception>
    public void ProposeActivity(AidActivity activity, IClock clock) => ProposeActivity(activity, VietnamTime.Today(clock));

    /// <summary>Tries to record a proposed activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="violations">The rules broken; empty on success.</param>
    /// <returns><see langword="true"/> when the activity was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public bool TryProposeActivity(AidActivity activity, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(activity);
        var found = new List<RuleViolation>();
        if (activities.ContainsKey(activity.Id))
        {
            found.Add(new RuleViolation(RuleCodes.ActivityUniqueId, $"An activity with id '{activity.Id}' is already recorded.", "id", activity.Id.Value));
        }

        AddIfFuture(activity.Proposed, today, "proposed", found);
        for (var i = 0; i < activity.Participants.Count; i++)
        {
            var party = activity.Participants[i].Party;
            if (!parties.ContainsKey(party))
            {
                found.Add(new RuleViolation(RuleCodes.ActivityParticipantExists, $"Participant '{party}' is not a party of the ledger.", Path("participants", i, "party"), party.Value));
            }
        }

        CheckSectors(activity.Sectors, found);
        if (context is not null && !context.UnionExists(activity.Union))
        {
            found.Add(new RuleViolation(RuleCodes.LedgerUnionExists, $"Activity '{activity.Id}' names union '{activity.Union}', which is not in the dataset.", "union", activity.Union.Value));
        }

        CheckCurrency(activity.Currency, "currency", found);
        return Done(found, out violations, () =>
        {
            AddActivity(activity);
            events.Add(new AidActivityProposed(activity));
        });
    }

    /// <summary>Moves an activity to its next status.</summary>
    /// <param name="id">The activity.</param>
    /// <param name="status">The status entered.</param>
    /// <param name="date">The day it was entered.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <exception cref="RuleViolationException">The change breaks a rule; nothing changed.</exception>
    public void ChangeStatus(ActivityId id, ActivityStatus status, LocalDate date, LocalDate today) =>
        ThrowIfAny(TryChangeStatus(id, status, date, today, out var violations), violations);

    /// <summary>Moves an activity to its next status, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="id">The activity.</param>
    /// <param name="status">The status entered.</param>
    /// <param name="date">The day it was entered.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="RuleViolationException">The change breaks a rule; nothing changed.</exception>
    public void ChangeStatus(ActivityId id, ActivityStatus status, LocalDate date, IClock clock) => ChangeStatus(id, status, date, VietnamTime.Today(clock));

    /// <summary>Tries to move an activity to its next status: the move follows
    /// <see cref="ActivityLifecycle.CanMove"/>, is dated no earlier than the last change and the latest entry and not
    /// after today, and a revocation comes at least 6 months after the approval.</summary>
    /// <param name="id">The activity.</param>
    /// <param name="status">The status entered.</param>
    /// <param name="date">The day it was entered.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="violations">The rules broken; empty on success.</param>
    /// <returns><see langword="true"/> when the status changed.</returns>
    public bool TryChangeStatus(ActivityId id, ActivityStatus status, LocalDate date, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        var found = new List<RuleViolation>();
        if (!activities.TryGetValue(id, out var state))
        {
            found.Add(new RuleViolation(RuleCodes.LedgerActivityExists, $"No activity '{id}' is in the ledger.", "activity", id.Value));
            violations = found;
            return false;
        }

        var last = state.History[^1];
        if (!ActivityLifecycle.CanMove(last.Status, status))
        {
            var next = ActivityLifecycle.Next(last.Status);
            var allowed = next.Count == 0 ? "nothing follows it" : "next may come " + string.Join(" or ", next);
            found.Add(new RuleViolation(RuleCodes.ActivityTransition, $"Activity '{id}' is {last.Status}; it cannot move to {status} ({allowed}).", "status", status.ToString()));
        }

        var earliest = state.LastEntry is { } entry && entry > last.Date ? entry : last.Date;
        if (date < earliest)
        {
            found.Add(new RuleViolation(RuleCodes.ActivityTransitionDate, Invariant($"The change to {status} is dated {date:uuuu-MM-dd}, before the activity's last change or entry ({earliest:uuuu-MM-dd})."), "date", Iso(date)));
        }

        AddIfFuture(date, today, "date", found);
        if (status == ActivityStatus.Revoked && last.Status == ActivityStatus.Approved
            && rules.Find(RuleCodes.ActivityRevocation, date, state.Activity.Union)?.Threshold is { } months
            && (CalendarMath.PlusMonths(last.Date, months) is not { } revocable || date < revocable))
        {
            var from = CalendarMath.PlusMonths(last.Date, months) is { } day ? Iso(day) : "a day beyond the calendar";
            found.Add(new RuleViolation(
                RuleCodes.ActivityRevocation,
                Invariant($"The approval of {last.Date:uuuu-MM-dd} can be revoked for want of implementation only from {from}, {months} months after it."),
                "date",
                Iso(date)));
        }

        return Done(found, out violations, () =>
        {
            var change = new StatusChange(status, date);
            state.History.Add(change);
            events.Add(new AidActivityStatusChanged(id, change));
        });
    }

    /// <summary>Closes a union's books through a day: no entry dated on or before it may be posted afterwards.</summary>
    /// <param name="union">The union.</param>
    /// <param name="through">The last day of the closed period.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <exception cref="RuleViolationException">The closing breaks a rule; nothing changed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="through"/> is outside the years 0001–9999.</exception>
    public void CloseBooks(UnionId union, LocalDate through, LocalDate today) =>
        ThrowIfAny(TryCloseBooks(union, through, today, out var violations), violations);

    /// <summary>Closes a union's books through a day, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="union">The union.</param>
    /// <param name="through">The last day of the closed period.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="RuleViolationException">The closing breaks a rule; nothing changed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="through"/> is outside the years 0001–9999.</exception>
    public void CloseBooks(UnionId union, LocalDate through, IClock clock) => CloseBooks(union, through, VietnamTime.Today(clock));

    /// <summary>Tries to close a union's books through a day.</summary>
    /// <param name="union">The union.</param>
    /// <param name="through">The last day of the closed period; later than the last closing and not after today.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="violations">The rules broken; empty on success.</param>
    /// <returns><see langword="true"/> when the books were closed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="through"/> is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="through"/> is not in the ISO calendar.</exception>
    public bool TryCloseBooks(UnionId union, LocalDate through, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.OutsideCalendar(through);
        var found = new List<RuleViolation>();
        if (closedThrough.TryGetValue(union, out var closed) && through <= closed)
        {
            found.Add(new RuleViolation(RuleCodes.LedgerBooksOrder, Invariant($"The books of '{union}' are already closed through {closed:uuuu-MM-dd}; a closed period never reopens or closes again."), "through", Iso(through)));
        }

        AddIfFuture(through, today, "through", found);
        if (context is not null && !context.UnionExists(union))
        {
            found.Add(new RuleViolation(RuleCodes.LedgerUnionExists, $"The books of union '{union}' cannot be closed: it is not in the dataset.", "union", union.Value));
        }

        return Done(found, out violations, () =>
        {
            closedThrough[union] = through;
            events.Add(new AidBooksClosed(union, through));
        });
    }

    /// <summary>Posts an entry, checking every rule against the ledger as it stands.</summary>
    /// <param name="transaction">The entry.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <returns><see cref="PostOutcome.Recorded"/>, or <see cref="PostOutcome.AlreadyRecorded"/> when the same entry
    /// was posted before (nothing changes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transaction"/> is null.</exception>
    /// <exception cref="RuleViolationException">The entry breaks a rule (including <c>ledger.id-conflict</c> when its
    /// id is recorded with other content); nothing changed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PostOutcome Post(AidTransaction transaction, LocalDate today)
    {
        Guard.Against.Null(transaction);

        // Nothing is added to the index before the entry is committed, so a refused entry leaves no trace.
        var place = byId.Find(transaction.Id, transactions);
        var problems = Check(transaction, today, null, null, out var outcome, out _, out var state, place >= 0 ? place : NotFound);
        if (problems is not null)
        {
            throw new RuleViolationException(problems);
        }

        if (outcome == PostOutcome.Recorded)
        {
            CommitPosted(transaction, state);
            events.AddOf(this, transactions.Count - 1);
        }

        return outcome;
    }

    /// <summary>Posts an entry, reading today from a clock.</summary>
    /// <param name="transaction">The entry.</param>
    /// <param name="clock">The clock that tells today (in Vietnam).</param>
    /// <returns>What posting did.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">The entry breaks a rule; nothing changed.</exception>
    public PostOutcome Post(AidTransaction transaction, IClock clock) => Post(transaction, VietnamTime.Today(clock));

    /// <summary>Tries to post an entry.</summary>
    /// <param name="transaction">The entry.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="outcome">What posting did; meaningful only when the method returns <see langword="true"/>.</param>
    /// <param name="violations">The rules broken; empty on success.</param>
    /// <returns><see langword="true"/> when the entry is recorded (now or before).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transaction"/> is null.</exception>
    public bool TryPost(AidTransaction transaction, LocalDate today, out PostOutcome outcome, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(transaction);
        var ok = TryPostBatch([transaction], today, out var outcomes, out violations, single: true);
        outcome = ok ? outcomes[0] : default;
        return ok;
    }

    /// <summary>Posts entries all or nothing: each is checked against the ledger and the entries before it in the
    /// batch; when any breaks a rule, none is recorded.</summary>
    /// <param name="batch">The entries, in posting order.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <returns>What posting did to each entry, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">An entry breaks a rule; every violation is listed with the entry's
    /// index (<c>[3].value</c>); nothing changed.</exception>
    public IReadOnlyList<PostOutcome> PostBatch(IReadOnlyList<AidTransaction> batch, LocalDate today)
    {
        var ok = TryPostBatch(batch, today, out var outcomes, out var violations);
        ThrowIfAny(ok, violations);
        return outcomes;
    }

    /// <summary>Posts entries all or nothing, reading today from a clock.</summary>
    /// <param name="batch">The entries, in posting order.</param>
    /// <param name="clock">The clock that tells today (in Vietnam).</param>
    /// <returns>What posting did to each entry, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">An entry breaks a rule; nothing changed.</exception>
    public IReadOnlyList<PostOutcome> PostBatch(IReadOnlyList<AidTransaction> batch, IClock clock) => PostBatch(batch, VietnamTime.Today(clock));

    /// <summary>Tries to post entries all or nothing.</summary>
    /// <param name="batch">The entries, in posting order.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="outcomes">What posting did to each entry; empty when the batch is refused.</param>
    /// <param name="violations">Every rule broken, with the entry's index in the path; empty on success.</param>
    /// <returns><see langword="true"/> when every entry is recorded (now or before).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null or holds null.</exception>
    public bool TryPostBatch(IReadOnlyList<AidTransaction> batch, LocalDate today, out IReadOnlyList<PostOutcome> outcomes, out IReadOnlyList<RuleViolation> violations) =>
        TryPostBatch(batch, today, out outcomes, out violations, single: false);

    /// <summary>Reverses an entry: posts the entry <see cref="AidTransaction.ReversedBy"/> makes.</summary>
    /// <param name="original">The id of the entry to reverse.</param>
    /// <param name="id">The reversal's own id.</param>
    /// <param name="date">The day of the correction.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="description">Why the entry is reversed.</param>
    /// <returns>The reversing entry.</returns>
    /// <exception cref="RuleViolationException">The entry is not recorded (<c>ledger.reversal-target</c>), is
    /// already reversed, or the reversal breaks another rule; nothing changed.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public AidTransaction Reverse(TransactionId original, TransactionId id, LocalDate date, LocalDate today, string? description = null)
    {
        ThrowIfAny(TryReverse(original, id, date, today, description, out var reversal, out var violations), violations);
        return reversal!;
    }

    /// <summary>Reverses an entry, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="original">The id of the entry to reverse.</param>
    /// <param name="id">The reversal's own id.</param>
    /// <param name="date">The day of the correction.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="description">Why the entry is reversed.</param>
    /// <returns>The reversing entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="RuleViolationException">The reversal breaks a rule; nothing changed.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public AidTransaction Reverse(TransactionId original, TransactionId id, LocalDate date, IClock clock, string? description = null) =>
        Reverse(original, id, date, VietnamTime.Today(clock), description);

    /// <summary>Tries to reverse an entry, returning the violations instead of throwing.</summary>
    /// <param name="original">The id of the entry to reverse.</param>
    /// <param name="id">The reversal's own id.</param>
    /// <param name="date">The day of the correction.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <param name="description">Why the entry is reversed, or <see langword="null"/>.</param>
    /// <param name="reversal">The reversing entry, or <see langword="null"/> when refused.</param>
    /// <param name="violations">The rules broken; empty on success.</param>
    /// <returns><see langword="true"/> when the reversal was recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public bool TryReverse(TransactionId original, TransactionId id, LocalDate date, LocalDate today, string? description, [NotNullWhen(true)] out AidTransaction? reversal, out IReadOnlyList<RuleViolation> violations)
    {
        reversal = null;
        if (!TryFind(original, out var entry))
        {
            violations = [new RuleViolation(RuleCodes.LedgerReversalTarget, $"No entry '{original}' is recorded.", "reverses", original.Value)];
            return false;
        }

        var candidate = entry.ReversedBy(id, date, description);
        if (!TryPost(candidate, today, out _, out violations))
        {
            return false;
        }

        reversal = candidate;
        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Path(string member, int index, string inner) => string.Create(CultureInfo.InvariantCulture, $"{member}[{index}].{inner}");

    private static void ThrowIfAny(bool ok, IReadOnlyList<RuleViolation> violations) => Outcome.ThrowIfRefused(ok, violations);

    private static bool Done(List<RuleViolation> found, out IReadOnlyList<RuleViolation> violations, Action apply) =>
        Outcome.Apply(found, out violations, apply);

    private static void AddIfFuture(LocalDate date, LocalDate today, string member, List<RuleViolation> sink)
    {
        if (Future(date, today, member) is { } late)
        {
            sink.Add(late);
        }
    }

    // The one statement of ledger.not-in-future, for entries, proposals, status changes and closings alike.
    private static RuleViolation? Future(LocalDate date, LocalDate today, string member) => date > today
        ? new RuleViolation(RuleCodes.LedgerNotInFuture, Invariant($"{date:uuuu-MM-dd} is after today ({today:uuuu-MM-dd})."), member, Iso(date))
        : null;

    private void CheckCurrency(Currency currency, string member, List<RuleViolation> sink)
    {
        if (context is not null && !context.CurrencyKnown(currency))
        {
            sink.Add(new RuleViolation(RuleCodes.CurrencyKnown, $"{currency} is not a currency of the dataset's table.", member, currency.Code));
        }
    }

    private static void CheckSectors(IReadOnlyList<SectorShare> sectors, List<RuleViolation> sink)
    {
        var seen = new HashSet<(SectorVocabulary, string)>();
        var sums = new Dictionary<SectorVocabulary, decimal>();
        for (var i = 0; i < sectors.Count; i++)
        {
            var share = sectors[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"sectors[{i}]");
            if (!Enum.IsDefined(share.Vocabulary) || !DacSectors.IsWellFormed(share.Vocabulary, share.Code))
            {
                sink.Add(new RuleViolation(RuleCodes.ActivitySectors, $"'{share.Code}' is not a code of vocabulary {share.Vocabulary} (five digits for DAC purpose codes, three for DAC sectors).", path + ".code", share.Code));
            }
            else if (!seen.Add((share.Vocabulary, share.Code)))
            {
                sink.Add(new RuleViolation(RuleCodes.ActivitySectors, $"Sector {share.Code} appears twice in vocabulary {share.Vocabulary}.", path + ".code", share.Code));
            }

            if (share.Percentage <= 0 || share.Percentage > 100 || decimal.Round(share.Percentage, 2) != share.Percentage)
            {
                sink.Add(new RuleViolation(RuleCodes.ActivitySectors, "A sector's share is above 0 and at most 100, with at most two decimals.", path + ".percentage", share.Percentage.ToString(CultureInfo.InvariantCulture)));
            }

            sums[share.Vocabulary] = sums.GetValueOrDefault(share.Vocabulary) + share.Percentage;
        }

        foreach (var (vocabulary, sum) in sums)
        {
            if (sum != 100m)
            {
                sink.Add(new RuleViolation(RuleCodes.ActivitySectors, Invariant($"The shares of vocabulary {vocabulary} sum to {sum}, not 100."), "sectors", sum.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private ActivityState Known(ActivityId id) =>
        activities.TryGetValue(id, out var state) ? state : throw new ArgumentException($"No event proposed activity '{id}' before one that names it.", nameof(id));

    private ActivityState State(ActivityId id) =>
        activities.TryGetValue(id, out var state) ? state : throw new KeyNotFoundException($"No activity '{id}' is in the ledger.");

    private void AddParty(Party party)
    {
        parties.Add(party.Id, party);
        partyList.Add(party);
    }

    private void AddActivity(AidActivity activity)
    {
        activities.Add(activity.Id, new ActivityState(activity, activityList.Count));
        activityList.Add(activity);
    }

    /// <summary>Gets the ordinal of an entry's activity among <see cref="Activities"/>, or -1 for a summary entry: what
    /// a report reads instead of looking the activity up by id.</summary>
    internal int ActivityOrdinalOf(int entry) => entryActivity[entry];

    private void Commit(AidTransaction transaction, in ActivityBalance balance, ActivityState? state = null)
    {
        if (transaction.Activity is { } activity)
        {
            state ??= activities[activity];
            state.Balance = balance;
        }

        Record(transaction, state, knownAbsent: false);
    }

    // A post's commit: the activity's new balance is made here, once (the checks read the old one in place); not
    // inlined, so that the post's frame holds no balance.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void CommitPosted(AidTransaction transaction, ActivityState? state)
    {
        if (state is not null)
        {
            state.Balance = state.Balance.Plus(transaction.Type, transaction.Value.Amount);
        }

        Record(transaction, state, knownAbsent: true);
    }

    // The bookkeeping of a committed entry; state is its activity's, or null for a summary entry; knownAbsent when a
    // post has just found its id absent.
    private void Record(AidTransaction transaction, ActivityState? state, bool knownAbsent)
    {
        gross += Math.Abs(transaction.Value.Amount);
        byId.Add(transaction.Id, transactions.Count, transactions, knownAbsent);

        transactions.Add(transaction);
        if (transaction.Reverses is { } target)
        {
            reversed.Add(target);
        }

        if (state is not null)
        {
            if (state.LastEntry is not { } last || transaction.Date > last)
            {
                state.LastEntry = transaction.Date;
            }

            entryActivity.Add(state.Ordinal);
        }
        else
        {
            entryActivity.Add(-1);
        }
    }

    private bool TryPostBatch(IReadOnlyList<AidTransaction> batch, LocalDate today, out IReadOnlyList<PostOutcome> outcomes, out IReadOnlyList<RuleViolation> violations, bool single)
    {
        Guard.Against.Null(batch);
        var results = new PostOutcome[batch.Count];
        var pending = batch.Count > 1 ? new Pending() : null;
        var balances = new ActivityBalance[batch.Count];
        List<RuleViolation>? found = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var entry = batch[i];
            Guard.Against.Null(entry, nameof(batch));
            var problems = Check(entry, today, pending, single ? null : string.Create(CultureInfo.InvariantCulture, $"[{i}]"), out results[i], out balances[i], out _);
            if (problems is not null)
            {
                (found ??= []).AddRange(problems);
            }
            else if (results[i] == PostOutcome.Recorded)
            {
                pending?.Add(entry, balances[i]);
            }
        }

        violations = (IReadOnlyList<RuleViolation>?)found ?? [];
        if (found is not null)
        {
            outcomes = [];
            return false;
        }

        outcomes = results;

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] == PostOutcome.Recorded)
            {
                Commit(batch[i], balances[i]);
                events.AddOf(this, transactions.Count - 1);
            }
        }

        return true;
    }

    private bool TryFindIncludingPending(TransactionId id, Pending? pending, [NotNullWhen(true)] out AidTransaction? found)
    {
        if (TryFind(id, out found))
        {
            return true;
        }

        found = null;
        return pending is not null && pending.Entries.TryGetValue(id, out found);
    }

    private const int NotLookedUp = -2;

    private const int NotFound = -1;

    // The one place every entry's rules are checked; returns null when none is broken. Allocates only to report.
    // idIndex: where the caller found the entry's id (NotLookedUp when it did not look, NotFound when it is new).
    // The rules are decided here, into flags; the violations are written by Describe, apart, so that this method's
    // frame holds none of the messages' temporaries (zeroed on every call, they cost more than the checks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<RuleViolation>? Check(AidTransaction t, LocalDate today, Pending? pending, string? prefix, out PostOutcome outcome, out ActivityBalance balance, out ActivityState? state, int idIndex = NotLookedUp)
    {
        outcome = PostOutcome.Recorded;
        balance = default;
        state = null;
        if (idIndex == NotLookedUp ? TryFindIncludingPending(t.Id, pending, out var existing) : (existing = idIndex >= 0 ? transactions[idIndex] : null) is not null)
        {
            if (existing.Equals(t))
            {
                outcome = PostOutcome.AlreadyRecorded;
                return null;
            }

            return Describe(Broken.IdConflict, t, today, pending, prefix, null, existing, default);
        }

        var broken = Broken.None;
        if (t.Activity is { } activityId && !activities.TryGetValue(activityId, out state))
        {
            broken |= Broken.ActivityMissing;
        }

        if (t.Provider is { } provider && !parties.ContainsKey(provider))
        {
            broken |= Broken.ProviderMissing;
        }

        if (t.Receiver is { } receiver && !parties.ContainsKey(receiver))
        {
            broken |= Broken.ReceiverMissing;
        }

        var value = t.Value;
        if (!t.IsReversal && value.Amount <= 0)
        {
            broken |= Broken.NotPositive;
        }

        var size = Math.Abs(value.Amount);
        if (size > MaxEntryAmount || size > MaxTotalAmount - gross - (pending?.Gross ?? 0))
        {
            broken |= Broken.AmountLimit;
        }

        if (state is not null && value.Currency != state.Activity.Currency)
        {
            broken |= Broken.ActivityCurrency;
        }

        if (t.Summary is { } summary && context is not null && !context.UnionExists(summary.Union))
        {
            broken |= Broken.UnionMissing;
        }

        if (context is not null && !context.CurrencyKnown(value.Currency))
        {
            broken |= Broken.CurrencyUnknown;
        }

        if (t.Date > today)
        {
            broken |= Broken.Future;
        }

        if (state is not null && t.Date < state.Activity.Proposed)
        {
            broken |= Broken.BeforeActivity;
        }

        var union = state?.Activity.Union ?? t.Summary?.Union;
        if (closedThrough.Count > 0 && union is { } u && closedThrough.TryGetValue(u, out var closed) && t.Date <= closed)
        {
            broken |= Broken.PeriodClosed;
        }

        if (!t.IsReversal && state is not null && !state.AllowsOn(t.Date, t.Type) && state.StatusOn(t.Date) is not null)
        {
            broken |= Broken.Lifecycle;
        }

        AidTransaction? original = null;
        if (t.Reverses is not null)
        {
            broken |= ReversalBroken(t, pending, out original);
        }

        if (broken == Broken.None && state is not null)
        {
            // A post (the one caller that looked the id up) checks the limits on the activity's balance in place and
            // makes the new balance once, on commit; a batch builds each entry's balance on the one staged before it.
            bool paidOk, committedOk;
            if (idIndex != NotLookedUp)
            {
                (paidOk, committedOk) = state.Balance.LimitsAfter(t.Type, value.Amount);
            }
            else
            {
                (paidOk, committedOk) = StagedLimits(t, state, pending, out balance);
            }

            if (!state.Activity.AllowsOverdraft)
            {
                broken |= (paidOk ? Broken.None : Broken.DisbursementLimit) | (committedOk ? Broken.None : Broken.CommitmentLimit);
            }
        }

        return broken == Broken.None ? null : Describe(broken, t, today, pending, prefix, state, original, size);
    }

    // A batch's entry: its balance, built on the one staged before it in the batch (apart from Check for the size of
    // its frame), and whether it keeps the limits.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (bool PaidOutWithinReceived, bool CommittedOutWithinIn) StagedLimits(AidTransaction t, ActivityState state, Pending? pending, out ActivityBalance balance)
    {
        var before = pending?.Balances.TryGetValue(state.Activity.Id, out var staged) == true ? staged : state.Balance;
        balance = before.Plus(t.Type, t.Value.Amount);
        return (balance.PaidOutWithinReceived, balance.CommittedOutWithinIn);
    }

    // The reversal rules, apart from Check for the size of its frame: the target exists and is not itself a reversal,
    // is reversed once, and is matched (activity or summary, type, currency, the negated amount, value date, a date
    // no earlier than its own).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Broken ReversalBroken(AidTransaction t, Pending? pending, out AidTransaction? original)
    {
        var target = t.Reverses.GetValueOrDefault();
        if (!TryFindIncludingPending(target, pending, out original) || original.IsReversal)
        {
            return Broken.ReversalTarget;
        }

        if (reversed.Contains(target) || (pending is not null && pending.Reversed.Contains(target)))
        {
            return Broken.ReversalOnce;
        }

        return original.Activity != t.Activity || original.Summary != t.Summary || original.Type != t.Type
            || t.Value.Currency != original.Value.Currency || t.Value.Amount != -original.Value.Amount
            || original.ValueDate != t.ValueDate || t.Date < original.Date
            ? Broken.ReversalMatches
            : Broken.None;
    }

    // The violations of the rules Check found broken, in the order it checks them.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private List<RuleViolation> Describe(Broken broken, AidTransaction t, LocalDate today, Pending? pending, string? prefix, ActivityState? state, AidTransaction? other, decimal size)
    {
        var found = new List<RuleViolation>();
        void Add(string code, string message, string member, string? value) =>
            found.Add(new RuleViolation(code, message, prefix is null ? member : RuleViolation.Combine(prefix, member), value));

        if (broken.HasFlag(Broken.IdConflict))
        {
            Add(RuleCodes.LedgerIdConflict, $"Entry '{t.Id}' is already recorded with other content ({other}); a correction is a new entry that reverses it.", "id", t.Id.Value);
            return found;
        }

        if (broken.HasFlag(Broken.ActivityMissing))
        {
            Add(RuleCodes.LedgerActivityExists, $"No activity '{t.Activity}' is in the ledger.", "activity", t.Activity!.Value.Value);
        }

        if (broken.HasFlag(Broken.ProviderMissing))
        {
            Add(RuleCodes.LedgerPartyExists, $"Provider '{t.Provider}' is not a party of the ledger.", "provider", t.Provider!.Value.Value);
        }

        if (broken.HasFlag(Broken.ReceiverMissing))
        {
            Add(RuleCodes.LedgerPartyExists, $"Receiver '{t.Receiver}' is not a party of the ledger.", "receiver", t.Receiver!.Value.Value);
        }

        if (broken.HasFlag(Broken.NotPositive))
        {
            Add(RuleCodes.LedgerPositiveValue, $"An entry's value is above zero; {t.Value} is not (only a reversal is negative).", "value", t.Value.ToString());
        }

        if (broken.HasFlag(Broken.AmountLimit))
        {
            Add(RuleCodes.LedgerAmountLimit, size > MaxEntryAmount
                ? $"An entry's value is below 10^15 units; {t.Value} is not."
                : $"The ledger's entries would add up to more than 10^18 units (whatever their currencies) with {t.Value}.", "value", t.Value.ToString());
        }

        if (broken.HasFlag(Broken.ActivityCurrency))
        {
            Add(RuleCodes.LedgerActivityCurrency, $"Activity '{state!.Activity.Id}' keeps its account in {state.Activity.Currency}, not {t.Value.Currency}.", "value", t.Value.Currency.Code);
        }

        if (broken.HasFlag(Broken.UnionMissing))
        {
            Add(RuleCodes.LedgerUnionExists, $"Summary entry '{t.Id}' names union '{t.Summary!.Union}', which is not in the dataset.", "summary.union", t.Summary.Union.Value);
        }

        if (broken.HasFlag(Broken.CurrencyUnknown))
        {
            Add(RuleCodes.CurrencyKnown, $"{t.Value.Currency} is not a currency of the dataset's table.", "value", t.Value.Currency.Code);
        }

        if (broken.HasFlag(Broken.Future) && Future(t.Date, today, "date") is { } late)
        {
            found.Add(prefix is null ? late : late.Under(prefix));
        }

        if (broken.HasFlag(Broken.BeforeActivity))
        {
            Add(RuleCodes.LedgerAfterActivity, Invariant($"Activity '{state!.Activity.Id}' was proposed on {state.Activity.Proposed:uuuu-MM-dd}; an entry cannot be dated {t.Date:uuuu-MM-dd}."), "date", Iso(t.Date));
        }

        if (broken.HasFlag(Broken.PeriodClosed))
        {
            var u = (state?.Activity.Union ?? t.Summary?.Union)!.Value;
            Add(RuleCodes.LedgerPeriodClosed, Invariant($"The books of '{u}' are closed through {closedThrough[u]:uuuu-MM-dd}; an entry dated {t.Date:uuuu-MM-dd} falls within them."), "date", Iso(t.Date));
        }

        if (broken.HasFlag(Broken.Lifecycle))
        {
            Add(RuleCodes.LedgerLifecycle, Invariant($"On {t.Date:uuuu-MM-dd} activity '{state!.Activity.Id}' was {state.StatusOn(t.Date)}, which does not allow {t.Type}."), "type", t.Type.ToString());
        }

        var target = t.Reverses.GetValueOrDefault();
        if (broken.HasFlag(Broken.ReversalTarget))
        {
            Add(RuleCodes.LedgerReversalTarget, other is null ? $"No entry '{target}' is recorded to reverse." : $"Entry '{target}' is itself a reversal; reverse the original entry instead.", "reverses", target.Value);
        }

        if (broken.HasFlag(Broken.ReversalOnce))
        {
            Add(RuleCodes.LedgerReversalOnce, $"Entry '{target}' is already reversed.", "reverses", target.Value);
        }

        if (broken.HasFlag(Broken.ReversalMatches))
        {
            Add(RuleCodes.LedgerReversalMatches, $"A reversal of '{target}' has its activity or summary, type {other!.Type} and value date, the value {-other.Value}, and a date no earlier than {Iso(other.Date)}.", "reverses", target.Value);
        }

        if ((broken & (Broken.DisbursementLimit | Broken.CommitmentLimit)) != 0)
        {
            var before = pending?.Balances.TryGetValue(state!.Activity.Id, out var staged) == true ? staged : state!.Balance;
            var balance = before.Plus(t.Type, t.Value.Amount);
            if (broken.HasFlag(Broken.DisbursementLimit))
            {
                Add(RuleCodes.LedgerDisbursementLimit, $"Activity '{state.Activity.Id}' would pay out {balance.PaidOut} against {balance.Received} received.", "value", t.Value.ToString());
            }

            if (broken.HasFlag(Broken.CommitmentLimit))
            {
                Add(RuleCodes.LedgerCommitmentLimit, $"Activity '{state.Activity.Id}' would commit {balance.Of(TransactionType.OutgoingCommitment)} against {balance.Of(TransactionType.IncomingCommitment)} committed and {balance.Received} received.", "value", t.Value.ToString());
            }
        }

        return found;
    }

    // The rules an entry breaks, as Check finds them.
    [Flags]
    private enum Broken
    {
        None = 0,
        IdConflict = 1 << 0,
        ActivityMissing = 1 << 1,
        ProviderMissing = 1 << 2,
        ReceiverMissing = 1 << 3,
        NotPositive = 1 << 4,
        AmountLimit = 1 << 5,
        ActivityCurrency = 1 << 6,
        UnionMissing = 1 << 7,
        CurrencyUnknown = 1 << 8,
        Future = 1 << 9,
        BeforeActivity = 1 << 10,
        PeriodClosed = 1 << 11,
        Lifecycle = 1 << 12,
        ReversalTarget = 1 << 13,
        ReversalOnce = 1 << 14,
        ReversalMatches = 1 << 15,
        DisbursementLimit = 1 << 16,
        CommitmentLimit = 1 << 17,
    }

    private sealed class ActivityState(AidActivity activity, int ordinal)
    {
        public AidActivity Activity { get; } = activity;

        public int Ordinal { get; } = ordinal;

        public List<StatusChange> History { get; } = [new StatusChange(ActivityStatus.Proposed, activity.Proposed)];

        public ActivityBalance Balance = new(activity.Currency); // a field, so that checks read it in place

        public LocalDate? LastEntry { get; set; }

        public ActivityStatus? StatusOn(LocalDate date)
        {
            for (var i = History.Count - 1; i >= 0; i--)
            {
                if (History[i].Date <= date)
                {
                    return History[i].Status;
                }
            }

            return null;
        }

        /// <summary>Tells whether any status the activity held on <paramref name="date"/> allows an entry of
        /// <paramref name="type"/>: the status it began the day with, or one it moved into that day. So an entry and
        /// a status change on the same day are accepted in either order.</summary>
        public bool AllowsOn(LocalDate date, TransactionType type)
        {
            for (var i = History.Count - 1; i >= 0; i--)
            {
                if (History[i].Date <= date && ActivityLifecycle.Allows(History[i].Status, type))
                {
                    return true;
                }

                if (History[i].Date < date)
                {
                    return false;
                }
            }

            return false;
        }
    }

    // What a batch has checked but not yet recorded, so that later entries of the batch see earlier ones.
    private sealed class Pending
    {
        public Dictionary<TransactionId, AidTransaction> Entries { get; } = [];

        public Dictionary<ActivityId, ActivityBalance> Balances { get; } = [];

        public HashSet<TransactionId> Reversed { get; } = [];

        public decimal Gross { get; private set; }

        public void Add(AidTransaction entry, ActivityBalance balance)
        {
            Gross += Math.Abs(entry.Value.Amount);
            Entries.Add(entry.Id, entry);
            if (entry.Reverses is { } target)
            {
                Reversed.Add(target);
            }

            if (entry.Activity is { } activity)
            {
                Balances[activity] = balance;
            }
        }

    }
}

/// <summary>What a ledger that belongs to a dataset is checked against beyond itself: the dataset's unions and its
/// currency table.</summary>
internal interface IAidContext
{
    bool UnionExists(UnionId id);

    bool CurrencyKnown(Currency currency);
}
