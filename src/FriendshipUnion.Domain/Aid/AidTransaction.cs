using FriendshipUnion.Domain.Currencies;
using NodaTime;

namespace FriendshipUnion.Domain.Aid;

/// <summary>The transaction types of the ledger (IATI codelist <c>TransactionType</c>, Standard 2.03); the numbers
/// are IATI's codes.</summary>
public enum TransactionType
{
    /// <summary>1 Incoming Funds: money received for the activity.</summary>
    IncomingFunds = 1,

    /// <summary>2 Outgoing Commitment: a firm obligation to pay out.</summary>
    OutgoingCommitment = 2,

    /// <summary>3 Disbursement: money paid out to another party.</summary>
    Disbursement = 3,

    /// <summary>4 Expenditure: money spent directly on goods and services.</summary>
    Expenditure = 4,

    /// <summary>11 Incoming Commitment: a donor's firm obligation to pay in.</summary>
    IncomingCommitment = 11,

    /// <summary>12 Outgoing Pledge: an indicative, non-binding promise to pay out.</summary>
    OutgoingPledge = 12,

    /// <summary>13 Incoming Pledge: a donor's indicative, non-binding promise.</summary>
    IncomingPledge = 13,
}

/// <summary>
/// What a summary entry stands for: a total a source reports for a union over whole years, without the activities or
/// donors behind it ("foreign NGO aid to An Giang reached nearly VND 91 billion in 2015–2021").
/// </summary>
public sealed record AidSummary
{
    /// <summary>Initializes a summary.</summary>
    /// <param name="union">The union whose aid is summed.</param>
    /// <param name="fromYear">The first year covered.</param>
    /// <param name="toYear">The last year covered.</param>
    /// <exception cref="ArgumentException">The union is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1900–9999, or the last is before the first.</exception>
    public AidSummary(UnionId union, int fromYear, int toYear)
    {
        if (union == default)
        {
            throw new ArgumentException("A summary needs a union.", nameof(union));
        }

        Guard.Against.Below(fromYear, 1900);
        Guard.Against.Above(toYear, 9999);
        Guard.Against.Below(toYear, fromYear);
        Union = union;
        FromYear = fromYear;
        ToYear = toYear;
    }

    /// <summary>Gets the union whose aid is summed.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the first year covered.</summary>
    public int FromYear { get; }

    /// <summary>Gets the last year covered.</summary>
    public int ToYear { get; }

    /// <summary>Gets a value indicating whether the source gives the total as approximate ("nearly", "about").</summary>
    public bool Approximate { get; init; }

    /// <summary>Gets the last day covered, the day by which a summary is placed in terms and periods.</summary>
    public LocalDate LastDay => new(ToYear, 12, 31);

    /// <summary>Gets the years as a label: <c>2015–2021</c>, or <c>2019</c> for one year.</summary>
    public string YearsLabel => FromYear == ToYear
        ? FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FromYear}–{ToYear}");
}

/// <summary>
/// One entry of the aid ledger, typed after IATI: a transaction date, a value in the activity's currency with the
/// value date at which it is converted, the provider and receiver, and the id the client chose. An entry belongs to an
/// activity, or is a summary entry (<see cref="Summary"/>) for a total a source reports without activities. Entries
/// are never changed or deleted: a correction is a new entry that reverses one (<see cref="Reverses"/>).
/// </summary>
public sealed record AidTransaction
{
    /// <summary>Initializes an entry of an activity.</summary>
    /// <param name="id">The client-chosen id.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="type">The transaction type.</param>
    /// <param name="date">The transaction date.</param>
    /// <param name="value">The value; positive, except in a reversal.</param>
    /// <param name="valueDate">The date at which the value is converted into other currencies.</param>
    /// <exception cref="ArgumentException">An id is the default, the value has no currency, or a date is not in the
    /// ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined, or a date is outside the
    /// years 0001–9999.</exception>
    public AidTransaction(TransactionId id, ActivityId activity, TransactionType type, LocalDate date, Money value, LocalDate valueDate)
        : this(id, type, date, value, valueDate)
    {
        if (activity == default)
        {
            throw new ArgumentException("An entry needs an activity.", nameof(activity));
        }

        Activity = activity;
    }

    private AidTransaction(TransactionId id, TransactionType type, LocalDate date, Money value, LocalDate valueDate)
    {
        if (id == default)
        {
            throw new ArgumentException("An entry needs an id.", nameof(id));
        }

        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction type.");
        }

        if (value.Currency == default)
        {
            throw new ArgumentException("A value needs a currency.", nameof(value));
        }

        Id = id;
        Type = type;
        Date = Guard.Against.OutsideCalendar(date);
        Value = value;
        ValueDate = Guard.Against.OutsideCalendar(valueDate);
    }

    /// <summary>Gets the client-chosen id.</summary>
    public TransactionId Id { get; }

    /// <summary>Gets the activity, or <see langword="null"/> for a summary entry.</summary>
    public ActivityId? Activity { get; private init; }

    /// <summary>Gets what a summary entry stands for, or <see langword="null"/> for an entry of an activity.</summary>
    public AidSummary? Summary { get; private init; }

    /// <summary>Gets the transaction type.</summary>
    public TransactionType Type { get; }

    /// <summary>Gets the transaction date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the value; negative only in a reversal of a positive entry.</summary>
    public Money Value { get; }

    /// <summary>Gets the date at which the value is converted into other currencies.</summary>
    public LocalDate ValueDate { get; }

    /// <summary>Gets the party the money comes from, when stated.</summary>
    public PartyId? Provider { get; init; }

    /// <summary>Gets the party the money goes to, when stated.</summary>
    public PartyId? Receiver { get; init; }

    /// <summary>Gets the entry this one reverses, or <see langword="null"/> when it is not a reversal.</summary>
    public TransactionId? Reverses { get; init; }

    /// <summary>Gets a description.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Description
    {
        get;
        init => field = Texts.Optional(value, nameof(Description));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Gets a value indicating whether the entry reverses another.</summary>
    public bool IsReversal => Reverses is not null;

    /// <summary>Gets the day by which the entry is placed in years, terms and periods: the transaction date, or for a
    /// summary the last day it covers.</summary>
    public LocalDate ReportingDate => Summary?.LastDay ?? Date;

    /// <summary>Creates a summary entry: a total a source reports for a union over whole years.</summary>
    /// <param name="id">The client-chosen id.</param>
    /// <param name="summary">What the entry stands for.</param>
    /// <param name="type">The transaction type.</param>
    /// <param name="date">The transaction date: the day the source reported the total.</param>
    /// <param name="value">The total; positive.</param>
    /// <param name="valueDate">The date at which the value is converted.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is the default, or the value has no currency.</exception>
    public static AidTransaction ForSummary(TransactionId id, AidSummary summary, TransactionType type, LocalDate date, Money value, LocalDate valueDate)
    {
        Guard.Against.Null(summary);
        return new AidTransaction(id, type, date, value, valueDate) { Summary = summary };
    }

    /// <summary>Creates the entry that reverses this one: same activity or summary, type, value date and parties, the
    /// value negated.</summary>
    /// <param name="id">The reversal's own id.</param>
    /// <param name="date">The day of the correction.</param>
    /// <param name="description">Why the entry is reversed.</param>
    /// <returns>The reversing entry; post it to record it.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 0001–9999.</exception>
    public AidTransaction ReversedBy(TransactionId id, LocalDate date, string? description = null) =>
        new AidTransaction(id, Type, date, -Value, ValueDate)
        {
            Activity = Activity,
            Summary = Summary,
            Provider = Provider,
            Receiver = Receiver,
            Reverses = Id,
            Description = description,
        };

    /// <summary>Returns a one-line description.</summary>
    /// <returns><c>id: type value on date</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}: {Type} {Value} on {Date:uuuu-MM-dd}");
}
