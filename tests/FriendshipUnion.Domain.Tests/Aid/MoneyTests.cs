using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Aid;

/// <summary>Money in ISO 4217 currencies: minor units, one rounding rule, no arithmetic across currencies, no
/// overflow, splits that lose nothing; dated exchange rates that keep the rate used.</summary>
public sealed class MoneyTests
{
    private static readonly Currency Vnd = Currency.Vnd;
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void The_default_table_knows_the_minor_units_of_the_facts()
    {
        var units = new[] { "VND", "KRW", "JPY", "USD", "EUR", "GBP" }.Select(code => CurrencyTable.Default.TryFind(code, out var c) ? c.MinorUnit : -1);

        Assert.Equal([0, 0, 0, 2, 2, 2], units);
        Assert.False(CurrencyTable.Default.TryFind("XYZ", out _));
        var extended = CurrencyTable.Default.With(new Currency("KWD", 3));
        Assert.True(extended.TryFind("KWD", out var dinar));
        Assert.Equal(3, dinar.MinorUnit);
        Assert.Throws<ArgumentException>(() => new Currency("usd", 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("ABC", 5));
    }

    [Fact]
    public void VND_has_no_minor_unit_and_USD_has_cents()
    {
        Assert.Equal("VND 91,000,000,000", Money.Of(91_000_000_000m, Vnd).ToString());
        Assert.Equal("USD 4,000,000.00", Money.Of(4_000_000m, Usd).ToString());
        Assert.Throws<ArgumentException>(() => Money.Of(1.5m, Vnd));
        Assert.Throws<ArgumentException>(() => Money.Of(0.005m, Usd));
        Assert.Equal(1234L, Money.Of(12.34m, Usd).MinorUnits);
        Assert.Equal(Money.Of(12.34m, Usd), Money.FromMinorUnits(1234, Usd));
        Assert.Throws<ArgumentException>(() => Money.Of(1m, default));
    }

    [Theory]
    [InlineData("2.345", "USD", "2.34")] // half to even: 4 is even
    [InlineData("2.355", "USD", "2.36")]
    [InlineData("-2.345", "USD", "-2.34")]
    [InlineData("2.3451", "USD", "2.35")] // not a midpoint
    [InlineData("1500.5", "VND", "1500")]
    [InlineData("1501.5", "VND", "1502")]
    public void Rounding_is_half_to_even_to_the_minor_unit(string amount, string currency, string expected)
    {
        CurrencyTable.Default.TryFind(currency, out var c);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.Round(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), c).Amount);
    }

    [Fact]
    public void Arithmetic_across_currencies_is_refused_and_overflow_is_an_error()
    {
        var dong = Money.Of(1000m, Vnd);
        var dollars = Money.Of(1m, Usd);

        Assert.Throws<CurrencyMismatchException>(() => dong + dollars);
        Assert.Throws<CurrencyMismatchException>(() => dong - dollars);
        Assert.Throws<CurrencyMismatchException>(() => dong < dollars);
        Assert.NotEqual(Money.Of(0m, Vnd), Money.Of(0m, Usd));
        Assert.Throws<OverflowException>(() => Money.Of(decimal.MaxValue, Vnd) + Money.Of(1m, Vnd));
        Assert.Throws<OverflowException>(() => Money.Of(decimal.MaxValue, Vnd).Times(2m));
        Assert.Equal(Money.Of(1500m, Vnd), dong + Money.Of(500m, Vnd));
        Assert.Equal(Money.Of(0.32m, Usd), dollars.Times(0.325m)); // 0.325 rounds half to even, to 0.32
    }

    [Fact]
    public void A_split_loses_nothing()
    {
        Assert.Equal([34m, 33m, 33m], Money.Of(100m, Vnd).Split(3).Select(m => m.Amount));
        Assert.Equal([0.34m, 0.33m, 0.33m], Money.Of(1m, Usd).Split(3).Select(m => m.Amount));
        Assert.Equal([-34m, -33m, -33m], Money.Of(-100m, Vnd).Split(3).Select(m => m.Amount));
        Assert.Equal([50m, 30m, 20m], Money.Of(100m, Vnd).Allocate([50, 30, 20]).Select(m => m.Amount));
        Assert.Throws<ArgumentException>(() => Money.Of(100m, Vnd).Allocate([0, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(100m, Vnd).Split(0));
    }

    [Property(MaxTest = Props.DefaultTests)]
    public Property Allocating_any_amount_by_any_weights_sums_to_the_whole_and_differs_from_the_exact_share_by_less_than_one_unit()
    {
        var scenario = from minor in Gen.Choose(-1_000_000, 1_000_000)
                       from usd in Gen.Elements(true, false)
                       from count in Gen.Choose(1, 8)
                       from weights in Gen.Choose(0, 100).ArrayOf(count)
                       select (minor, usd, weights);

        return Props.ForAll(scenario, s =>
        {
            if (s.weights.All(w => w == 0))
            {
                return true;
            }

            var currency = s.usd ? Usd : Vnd;
            var whole = Money.FromMinorUnits(s.minor, currency);
            var parts = whole.Allocate(s.weights);
            var total = s.weights.Sum();
            var unit = s.usd ? 0.01m : 1m;
            return parts.Aggregate(Money.Zero(currency), (sum, p) => sum + p) == whole
                && parts.Select((p, i) => Math.Abs(p.Amount - (whole.Amount * s.weights[i] / total))).All(d => d < unit)
                && parts.All(p => currency.IsWhole(p.Amount));
        });
    }

    [Fact]
    public void Nearly_VND_91_billion_is_USD_4_million_at_a_stated_rate_and_the_rate_is_kept()
    {
        // An illustrative rate, stated with its source, for the report's own "VND 91 billion (USD 4 million)".
        var rate = new ExchangeRate(Usd, Vnd, new LocalDate(2021, 12, 31), 22_750m) { Source = "the report's own figures: 91 billion / 4 million" };
        var rates = ExchangeRateTable.Create([rate], RatePolicy.LatestWithin(31));

        var conversion = rates.Convert(Money.Of(91_000_000_000m, Vnd), new LocalDate(2022, 1, 21), Usd);

        Assert.Equal(Money.Of(4_000_000m, Usd), conversion.Result);
        Assert.Same(rate, conversion.Rate);
        Assert.True(conversion.Inverted);
        Assert.Equal("VND 91,000,000,000 = USD 4,000,000.00 at 1 USD = 22,750 VND on 2021-12-31", conversion.ToString());
    }

    [Fact]
    public void A_value_date_without_a_rate_follows_the_stated_policy()
    {
        var rate = new ExchangeRate(Usd, Vnd, new LocalDate(2024, 1, 2), 24_300m);
        var exact = ExchangeRateTable.Create([rate], RatePolicy.ExactDate);
        var week = ExchangeRateTable.Create([rate], RatePolicy.LatestWithin(7));
        var dollar = Money.Of(1m, Usd);

        Assert.Equal(Money.Of(24_300m, Vnd), exact.Convert(dollar, new LocalDate(2024, 1, 2), Vnd).Result);
        Assert.Throws<KeyNotFoundException>(() => exact.Convert(dollar, new LocalDate(2024, 1, 3), Vnd));
        Assert.Equal(Money.Of(24_300m, Vnd), week.Convert(dollar, new LocalDate(2024, 1, 9), Vnd).Result);
        Assert.Throws<KeyNotFoundException>(() => week.Convert(dollar, new LocalDate(2024, 1, 10), Vnd));
        Assert.Throws<KeyNotFoundException>(() => week.Convert(dollar, new LocalDate(2024, 1, 1), Vnd)); // no rate before
        Assert.Null(week.Convert(dollar, new LocalDate(2024, 1, 1), Usd).Rate); // same currency: nothing to convert
        Assert.Throws<ArgumentException>(() => ExchangeRateTable.Create([rate, new ExchangeRate(Vnd, Usd, rate.Date, 0.00004m)], RatePolicy.ExactDate));
    }
}
