using System.Globalization;
using NodaTime;

namespace FriendshipUnion.Domain.Currencies;

/// <summary>A dated exchange rate: one unit of <see cref="From"/> buys <see cref="Rate"/> units of <see cref="To"/>.</summary>
public sealed record ExchangeRate
{
    /// <summary>The smallest rate: 10^-10 units per unit.</summary>
    public const decimal MinRate = 0.0000000001m;

    /// <summary>The largest rate: just under 10^10 units per unit. With <see cref="MinRate"/> and the ledger's
    /// <see cref="Aid.AidLedger.MaxTotalAmount"/> it keeps every conversion and report total within a decimal.</summary>
    public const decimal MaxRate = 9_999_999_999.999999999999999999m;

    /// <summary>The most decimal places a rate has.</summary>
    public const int MaxDecimals = 18;

    /// <summary>Initializes a rate.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="date">The day the rate applies to.</param>
    /// <param name="rate">Units of <paramref name="to"/> per unit of <paramref name="from"/>: from <see cref="MinRate"/>
    /// to <see cref="MaxRate"/>, with at most <see cref="MaxDecimals"/> decimal places.</param>
    /// <exception cref="ArgumentException">A currency is the default, or both are the same, or the date is not in the
    /// ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years 0001–9999, or <paramref name="rate"/> is out of range or has more than
    /// <see cref="MaxDecimals"/> decimal places.</exception>
    public ExchangeRate(Currency from, Currency to, LocalDate date, decimal rate)
    {
        if (from == default || to == default || from == to)
        {
            throw new ArgumentException("A rate converts between two different currencies.", nameof(to));
        }

        Guard.Against.OutOfRange(rate, nameof(rate), MinRate, MaxRate);
        if (decimal.Round(rate, MaxDecimals) != rate)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"A rate has at most {MaxDecimals} decimal places.");
        }

        From = from;
        To = to;
        Date = Guard.Against.OutsideCalendar(date);
        Rate = rate;
    }

    /// <summary>Gets the currency converted from.</summary>
    public Currency From { get; }

    /// <summary>Gets the currency converted to.</summary>
    public Currency To { get; }

    /// <summary>Gets the day the rate applies to.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the units of <see cref="To"/> per unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }

    /// <summary>Gets where the rate comes from (a central bank's published rate, a report's own figures).</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Formats the rate as <c>1 USD = 22,750 VND on 2021-12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"1 {From} = {Rate:#,0.##########} {To} on {Date:uuuu-MM-dd}");
}

/// <summary>What to do when no rate is recorded for a value date.</summary>
public sealed record RatePolicy
{
    private RatePolicy(int daysBack) => DaysBack = daysBack;

    /// <summary>Gets a policy that uses only a rate of the value date itself.</summary>
    public static RatePolicy ExactDate { get; } = new(0);

    /// <summary>Gets how many days before the value date a rate may be taken from (0 for the exact date only).</summary>
    public int DaysBack { get; }

    /// <summary>The longest look-back: 3,660 days, about ten years.</summary>
    public const int MaxDaysBack = 3660;

    /// <summary>Creates a policy that takes the latest rate on or before the value date, at most so many days before it.</summary>
    /// <param name="days">The number of days, 0 to <see cref="MaxDaysBack"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDaysBack"/>.</exception>
    public static RatePolicy LatestWithin(int days)
    {
        Guard.Against.OutOfRange(days, nameof(days), 0, MaxDaysBack);
        return new(days);
    }

    /// <summary>Describes the policy.</summary>
    /// <returns>"the exact date" or "the latest rate within 30 days before".</returns>
    public override string ToString() => DaysBack == 0 ? "the exact date" : $"the latest rate within {DaysBack} days before";
}

/// <summary>A converted amount with the rate used, so that a total can be reproduced and explained.</summary>
/// <param name="Original">The amount converted.</param>
/// <param name="Result">The converted amount, rounded half to even to the target's minor unit.</param>
/// <param name="ValueDate">The date whose rate was asked for.</param>
/// <param name="Rate">The rate used (possibly of an earlier day, as the policy allows); <see langword="null"/> when
/// the amount was already in the target currency.</param>
/// <param name="Inverted">Whether the rate was recorded the other way round and divided by.</param>
public sealed record Conversion(Money Original, Money Result, LocalDate ValueDate, ExchangeRate? Rate, bool Inverted)
{
    /// <summary>Explains the conversion: <c>VND 91,000,000,000 = USD 4,000,000.00 at 1 USD = 22,750 VND on 2021-12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rate is null ? Result.ToString() : $"{Original} = {Result} at {Rate}";
}

/// <summary>
/// Exchange rates per currency pair and date, with an explicit <see cref="RatePolicy"/> for a value date without a
/// rate. A rate recorded one way (USD → VND) also converts the other way, by division.
/// </summary>
public sealed class ExchangeRateTable
{
    private readonly Dictionary<(string From, string To), ExchangeRate[]> byPair;

    private ExchangeRateTable(IReadOnlyList<ExchangeRate> rates, RatePolicy policy)
    {
        Rates = rates;
        Policy = policy;
        byPair = rates.GroupBy(r => (r.From.Code, r.To.Code)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ToArray());
    }

    /// <summary>Gets a table with no rates and the exact-date policy.</summary>
    public static ExchangeRateTable Empty { get; } = new(Array.AsReadOnly(Array.Empty<ExchangeRate>()), RatePolicy.ExactDate);

    /// <summary>Gets the rates, in the order given.</summary>
    public IReadOnlyList<ExchangeRate> Rates { get; }

    /// <summary>Gets what is done for a value date without a rate.</summary>
    public RatePolicy Policy { get; }

    /// <summary>Creates a table.</summary>
    /// <param name="rates">The rates; at most one per pair and day, counting a pair both ways.</param>
    /// <param name="policy">The policy for a value date without a rate.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a rate is null.</exception>
    /// <exception cref="ArgumentException">Two rates are given for the same pair and day.</exception>
    public static ExchangeRateTable Create(IEnumerable<ExchangeRate> rates, RatePolicy policy)
    {
        Guard.Against.Null(policy);
        var copy = Guard.Against.NullItems(rates, nameof(rates));
        var seen = new HashSet<(string, string, LocalDate)>();
        foreach (var rate in copy)
        {
            var pair = string.CompareOrdinal(rate.From.Code, rate.To.Code) < 0 ? (rate.From.Code, rate.To.Code) : (rate.To.Code, rate.From.Code);
            if (!seen.Add((pair.Item1, pair.Item2, rate.Date)))
            {
                throw new ArgumentException($"Two rates are given for {pair.Item1}/{pair.Item2} on {rate.Date:uuuu-MM-dd}.", nameof(rates));
            }
        }

        return new ExchangeRateTable(copy, policy);
    }

    /// <summary>Finds the rate to convert between two currencies on a value date, under the table's policy.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="valueDate">The value date.</param>
    /// <param name="rate">The rate, recorded either way round.</param>
    /// <param name="inverted">Whether the rate was recorded from <paramref name="to"/> to <paramref name="from"/>.</param>
    /// <returns><see langword="true"/> when a rate is found.</returns>
    public bool TryFindRate(Currency from, Currency to, LocalDate valueDate, [NotNullWhen(true)] out ExchangeRate? rate, out bool inverted)
    {
        var direct = Latest(from, to, valueDate);
        var reverse = Latest(to, from, valueDate);
        inverted = direct is null || (reverse is not null && reverse.Date > direct.Date);
        rate = inverted ? reverse : direct;
        return rate is not null;
    }

    /// <summary>Converts an amount at the rate of its value date.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="valueDate">The date whose rate applies.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <returns>The conversion, with the rate used; an amount already in <paramref name="to"/> is returned as it is,
    /// with no rate.</returns>
    /// <exception cref="KeyNotFoundException">No rate is recorded for the pair on the value date, or within the days
    /// the policy allows before it.</exception>
    public Conversion Convert(Money amount, LocalDate valueDate, Currency to)
    {
        if (amount.Currency == to)
        {
            return new Conversion(amount, amount, valueDate, null, false);
        }

        if (!TryFindRate(amount.Currency, to, valueDate, out var rate, out var inverted))
        {
            throw new KeyNotFoundException($"No {amount.Currency}/{to} rate is recorded for {valueDate:uuuu-MM-dd} under {Policy}.");
        }

        return new Conversion(amount, Apply(amount.Amount, rate, inverted, to), valueDate, rate, inverted);
    }

    /// <summary>The one conversion formula: multiply by the rate, or divide when it was recorded the other way, then
    /// round half to even to the target's minor unit.</summary>
    internal static Money Apply(decimal amount, ExchangeRate rate, bool inverted, Currency to) =>
        Money.Round(inverted ? amount / rate.Rate : amount * rate.Rate, to);

    private ExchangeRate? Latest(Currency from, Currency to, LocalDate valueDate)
    {
        if (!byPair.TryGetValue((from.Code, to.Code), out var rates))
        {
            return null;
        }

        var earliest = CalendarMath.PlusDays(valueDate, -Policy.DaysBack) ?? LocalDate.MinIsoValue;
        for (var i = rates.Length - 1; i >= 0; i--)
        {
            if (rates[i].Date <= valueDate)
            {
                return rates[i].Date >= earliest ? rates[i] : null;
            }
        }

        return null;
    }
}
