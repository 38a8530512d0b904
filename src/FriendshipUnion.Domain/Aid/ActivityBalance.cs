using FriendshipUnion.Domain.Currencies;

namespace FriendshipUnion.Domain.Aid;

/// <summary>
/// The running totals of an activity, one per transaction type, in the activity's currency; a value, so that reading
/// it allocates nothing. Reversals are counted in their type (a reversed receipt lowers <see cref="Received"/>).
/// </summary>
public readonly record struct ActivityBalance
{
    private readonly decimal pledged;
    private readonly decimal committedIn;
    private readonly decimal received;
    private readonly decimal pledgedOut;
    private readonly decimal committedOut;
    private readonly decimal disbursed;
    private readonly decimal spent;

    /// <summary>Initializes an empty balance in a currency.</summary>
    /// <param name="currency">The activity's currency.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default (no currency).</exception>
    public ActivityBalance(Currency currency) =>
        Currency = currency == default ? throw new ArgumentException("A balance is kept in a currency.", nameof(currency)) : currency;

    private ActivityBalance(Currency currency, decimal pledged, decimal committedIn, decimal received, decimal pledgedOut, decimal committedOut, decimal disbursed, decimal spent)
    {
        Currency = currency;
        this.pledged = pledged;
        this.committedIn = committedIn;
        this.received = received;
        this.pledgedOut = pledgedOut;
        this.committedOut = committedOut;
        this.disbursed = disbursed;
        this.spent = spent;
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the incoming funds received.</summary>
    /// <exception cref="InvalidOperationException">The balance is the default value, which has no currency.</exception>
    public Money Received => Amount(received);

    /// <summary>Gets what was disbursed and spent together.</summary>
    /// <exception cref="InvalidOperationException">The balance is the default value, which has no currency.</exception>
    public Money PaidOut => Amount(disbursed + spent);

    /// <summary>Gets the funds received and not yet paid out.</summary>
    /// <exception cref="InvalidOperationException">The balance is the default value, which has no currency.</exception>
    public Money Available => Amount(received - disbursed - spent);

    /// <summary>Gets the total of one transaction type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">The balance is the default value, which has no currency.</exception>
    public Money Of(TransactionType type) => Amount(Raw(type));

    /// <summary>Tells whether what was paid out stays within what was received (the disbursement limit).</summary>
    internal bool PaidOutWithinReceived => PaidWithin(disbursed + spent, received);

    /// <summary>Tells whether outgoing commitments stay within the incoming commitments, or the funds received when
    /// they are more (the commitment limit).</summary>
    internal bool CommittedOutWithinIn => CommittedWithin(committedOut, committedIn, received);

    /// <summary>Returns the balance with an amount added to a type's total.</summary>
    /// <summary>Whether the balance after adding <paramref name="amount"/> of <paramref name="type"/> keeps its payments
    /// within what was received and its outgoing commitments within what came in: what <see cref="Plus"/> then
    /// <see cref="PaidOutWithinReceived"/> and <see cref="CommittedOutWithinIn"/> tell, without building the balance.</summary>
    internal (bool PaidOutWithinReceived, bool CommittedOutWithinIn) LimitsAfter(TransactionType type, decimal amount)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction type.");
        }

        var inFunds = received + (type == TransactionType.IncomingFunds ? amount : 0m);
        var paid = disbursed + spent + (type is TransactionType.Disbursement or TransactionType.Expenditure ? amount : 0m);
        var committed = committedIn + (type == TransactionType.IncomingCommitment ? amount : 0m);
        var committedOutAfter = committedOut + (type == TransactionType.OutgoingCommitment ? amount : 0m);
        return (PaidWithin(paid, inFunds), CommittedWithin(committedOutAfter, committed, inFunds));
    }

    // The disbursement limit (ledger.disbursement-limit): payments within what was received.
    private static bool PaidWithin(decimal paidOut, decimal received) => paidOut <= received;

    // The commitment limit (ledger.commitment-limit): outgoing commitments within what came in, committed or received.
    private static bool CommittedWithin(decimal committedOut, decimal committedIn, decimal received) => committedOut <= Math.Max(committedIn, received);

    // Not inlined: each of its arms is a balance-sized temporary that the caller's frame would otherwise zero on
    // every call, whichever arm runs.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal ActivityBalance Plus(TransactionType type, decimal amount) => type switch
    {
        TransactionType.IncomingPledge => new(Currency, pledged + amount, committedIn, received, pledgedOut, committedOut, disbursed, spent),
        TransactionType.IncomingCommitment => new(Currency, pledged, committedIn + amount, received, pledgedOut, committedOut, disbursed, spent),
        TransactionType.IncomingFunds => new(Currency, pledged, committedIn, received + amount, pledgedOut, committedOut, disbursed, spent),
        TransactionType.OutgoingPledge => new(Currency, pledged, committedIn, received, pledgedOut + amount, committedOut, disbursed, spent),
        TransactionType.OutgoingCommitment => new(Currency, pledged, committedIn, received, pledgedOut, committedOut + amount, disbursed, spent),
        TransactionType.Disbursement => new(Currency, pledged, committedIn, received, pledgedOut, committedOut, disbursed + amount, spent),
        TransactionType.Expenditure => new(Currency, pledged, committedIn, received, pledgedOut, committedOut, disbursed, spent + amount),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction type."),
    };

    private Money Amount(decimal value) => Currency == default
        ? throw new InvalidOperationException("The default ActivityBalance has no currency: read a balance from AidLedger.BalanceOf.")
        : Money.Of(value, Currency);

    private decimal Raw(TransactionType type) => type switch
    {
        TransactionType.IncomingPledge => pledged,
        TransactionType.IncomingCommitment => committedIn,
        TransactionType.IncomingFunds => received,
        TransactionType.OutgoingPledge => pledgedOut,
        TransactionType.OutgoingCommitment => committedOut,
        TransactionType.Disbursement => disbursed,
        TransactionType.Expenditure => spent,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction type."),
    };
}
