using FriendshipUnion.Domain.Currencies;

namespace FriendshipUnion.Domain.Tests.Currencies;

/// <summary>The contract of currencies, tables and money at its edges: what is refused and how the refusal reads,
/// the comparison operators, allocation's preconditions.</summary>
public sealed class MoneyContractTests
{
    private static readonly Currency Vnd = Currency.Vnd;
    private static readonly Currency Usd = Currency.Usd;

    [Theory]
    [InlineData("usd")]
    [InlineData("UsD")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("U1D")]
    [InlineData("")]
    public void A_code_that_is_not_three_upper_case_letters_is_refused_and_named(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Currency(code, 2));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 4217", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_code_and_a_minor_unit_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new Currency(null!, 2));
        Assert.Equal("minorUnit", Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("XAU", -1)).ParamName);
        Assert.Equal("minorUnit", Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("XAU", Currency.MaxMinorUnit + 1)).ParamName);
        Assert.Equal(Currency.MaxMinorUnit, new Currency("CLF", Currency.MaxMinorUnit).MinorUnit);
        Assert.Equal(0, new Currency("XAU", 0).MinorUnit);
    }

    [Fact]
    public void The_default_currency_has_an_empty_code()
    {
        Assert.Equal(string.Empty, default(Currency).Code);
        Assert.Equal("VND", Vnd.Code);
    }

    [Fact]
    public void A_table_extended_with_a_known_code_replaces_the_entry_and_keeps_the_others()
    {
        var table = CurrencyTable.Default.With(new Currency("USD", 3), new Currency("XAU", 0));
        Assert.True(table.TryFind("USD", out var usd));
        Assert.Equal(3, usd.MinorUnit);
        Assert.Single(table.Currencies, c => c.Code == "USD");
        Assert.True(table.TryFind("VND", out _));
        Assert.True(table.TryFind("XAU", out _));
        Assert.Equal(CurrencyTable.Default.Currencies.Count + 1, table.Currencies.Count);
        Assert.True(CurrencyTable.Default.TryFind("USD", out var unchanged) && unchanged.MinorUnit == 2);
    }

    [Fact]
    public void A_table_refuses_null_and_the_default_currency_and_finds_nothing_for_null()
    {
        Assert.Throws<ArgumentNullException>(() => CurrencyTable.Default.With((IEnumerable<Currency>)null!));
        Assert.Throws<ArgumentException>(() => CurrencyTable.Default.With(default(Currency)));
        Assert.False(CurrencyTable.Default.TryFind(null, out var none));
        Assert.Equal(default, none);
        Assert.False(CurrencyTable.Default.TryFind(string.Empty, out _));
    }

    [Fact]
    public void An_amount_finer_than_the_minor_unit_is_refused_with_the_amount_and_the_currency()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Of(1.005m, Usd));
        Assert.Contains("1.005", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Money.Round", ex.Message, StringComparison.Ordinal);
        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void Every_factory_refuses_the_default_currency()
    {
        Assert.Equal("The currency must be set. (Parameter 'currency')", Assert.Throws<ArgumentException>(() => Money.Of(1m, default)).Message);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, default)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => Money.Round(1.5m, default)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => Money.Zero(default)).ParamName);
    }

    [Fact]
    public void Subtraction_subtracts()
    {
        Assert.Equal(Money.Of(7m, Vnd), Money.Of(10m, Vnd) - Money.Of(3m, Vnd));
        Assert.Equal(Money.Of(-3m, Vnd), Money.Of(0m, Vnd) - Money.Of(3m, Vnd));
    }

    [Fact]
    public void The_comparison_operators_order_amounts_of_one_currency()
    {
        var one = Money.Of(1m, Vnd);
        var two = Money.Of(2m, Vnd);
        Assert.True(one < two);
        Assert.False(two < one);
        Assert.False(one < Money.Of(1m, Vnd));
        Assert.True(two > one);
        Assert.False(one > two);
        Assert.False(one > Money.Of(1m, Vnd));
        Assert.True(one <= two);
        Assert.True(one <= Money.Of(1m, Vnd));
        Assert.False(two <= one);
        Assert.True(two >= one);
        Assert.True(one >= Money.Of(1m, Vnd));
        Assert.False(one >= two);
        Assert.True(one != two);
        Assert.False(one != Money.Of(1m, Vnd));
        Assert.True(Money.Of(1m, Vnd) != Money.Of(1m, Usd));
    }

    [Fact]
    public void Amounts_of_two_currencies_do_not_combine_and_the_error_names_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Of(1m, Vnd) + Money.Of(1m, Usd));
        Assert.Contains("VND", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => Money.Of(1m, Vnd) < Money.Of(1m, Usd));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0, 0 })]
    [InlineData(new[] { 1, -1 })]
    [InlineData(new[] { -1, 2, 3 })]
    public void Allocation_refuses_no_weights_negative_ones_and_all_zero(int[] weights)
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Of(100m, Vnd).Allocate(weights));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("at least one weight", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Money.Of(100m, Vnd).Allocate(null!));
    }

    [Fact]
    public void Allocation_with_a_zero_weight_among_others_gives_that_part_nothing()
    {
        Assert.Equal([Money.Of(0m, Vnd), Money.Of(100m, Vnd)], Money.Of(100m, Vnd).Allocate([0, 1]));
    }
}
