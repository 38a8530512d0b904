using System.Collections.ObjectModel;

namespace FriendshipUnion.Domain.Currencies;

/// <summary>
/// An ISO 4217 currency: its three-letter code and its minor unit — the number of decimal places an amount in it
/// carries (VND 0, USD 2). Currencies come from a <see cref="CurrencyTable"/>, which callers extend.
/// </summary>
public readonly record struct Currency
{
    /// <summary>The largest minor unit a currency may declare (ISO 4217 has none above 4).</summary>
    public const int MaxMinorUnit = 4;

    /// <summary>Initializes a currency.</summary>
    /// <param name="code">The ISO 4217 alphabetic code: three upper-case ASCII letters.</param>
    /// <param name="minorUnit">The number of decimal places, 0 to <see cref="MaxMinorUnit"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnit"/> is out of range.</exception>
    public Currency(string code, int minorUnit)
    {
        Guard.Against.Null(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{code}' is not an ISO 4217 code: three upper-case letters.", nameof(code));
        }

        Guard.Against.Below(minorUnit, 0);
        Guard.Against.Above(minorUnit, MaxMinorUnit);
        Code = code;
        MinorUnit = minorUnit;
    }

    /// <summary>Gets the ISO 4217 code.</summary>
    public string Code { get => field ?? string.Empty; }

    /// <summary>Gets the number of decimal places.</summary>
    public int MinorUnit { get; }

    /// <summary>Gets the Vietnamese dong (no minor unit).</summary>
    public static Currency Vnd { get; } = new("VND", 0);

    /// <summary>Gets the United States dollar (two decimal places).</summary>
    public static Currency Usd { get; } = new("USD", 2);

    /// <summary>Rounds an amount to this currency's minor unit, half to even — the one place where the library
    /// rounds money.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The rounded amount.</returns>
    public decimal Round(decimal amount) => Math.Round(amount, MinorUnit, MidpointRounding.ToEven);

    /// <summary>Tells whether an amount is already a whole number of minor units.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when rounding would not change it.</returns>
    public bool IsWhole(decimal amount) => Round(amount) == amount;

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>VND</c>.</returns>
    public override string ToString() => Code;
}

/// <summary>The currencies a dataset knows, with their minor units, as data callers extend.</summary>
public sealed class CurrencyTable
{
    private readonly Dictionary<string, Currency> byCode;

    private CurrencyTable(Currency[] currencies)
    {
        byCode = currencies.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Currencies = Array.AsReadOnly(currencies);
    }

    /// <summary>Gets the default table: VND, KRW and JPY with no minor unit; USD, EUR, GBP and the other currencies of
    /// Vietnam's partners with two.</summary>
    public static CurrencyTable Default { get; } = new(
    [
        Currency.Vnd, new("KRW", 0), new("JPY", 0), Currency.Usd, new("EUR", 2), new("GBP", 2), new("AUD", 2),
        new("CAD", 2), new("CHF", 2), new("CNY", 2), new("SGD", 2), new("THB", 2), new("LAK", 2), new("KHR", 2),
    ]);

    /// <summary>Gets the currencies, in table order.</summary>
    public ReadOnlyCollection<Currency> Currencies { get; }

    /// <summary>Returns a table with more currencies; a currency whose code is already here replaces the old entry.</summary>
    /// <param name="more">The currencies to add.</param>
    /// <returns>The extended table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> is null.</exception>
    /// <exception cref="ArgumentException">A currency is the default (no code).</exception>
    public CurrencyTable With(params IEnumerable<Currency> more)
    {
        Guard.Against.Null(more);
        var added = more.ToArray();
        if (added.Any(c => c == default))
        {
            throw new ArgumentException("A table holds currencies with a code; the default Currency has none.", nameof(more));
        }

        var codes = added.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return new CurrencyTable([.. Currencies.Where(c => !codes.Contains(c.Code)), .. added.DistinctBy(c => c.Code)]);
    }

    /// <summary>Finds a currency by code.</summary>
    /// <param name="code">The ISO 4217 code, such as <c>VND</c>.</param>
    /// <param name="currency">The currency, or the default when the table has none with that code.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string? code, out Currency currency) => byCode.TryGetValue(code ?? string.Empty, out currency);
}
