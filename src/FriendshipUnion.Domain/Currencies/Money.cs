using System.Globalization;

namespace FriendshipUnion.Domain.Currencies;

/// <summary>Arithmetic was attempted across two currencies.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    public CurrencyMismatchException()
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">What was attempted.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and a cause.</summary>
    /// <param name="message">What was attempted.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// An amount of money in one currency, always a whole number of the currency's minor units (VND 91,000,000,000;
/// USD 4,000,000.00). Amounts are <see cref="decimal"/>: no binary floating point. Arithmetic across currencies
/// throws <see cref="CurrencyMismatchException"/>; overflow throws <see cref="OverflowException"/>, never wraps.
/// Rounding happens in one place, <see cref="Currency.Round"/>, half to even; <see cref="Split(int)"/> and
/// <see cref="Allocate(IReadOnlyList{int})"/> lose nothing.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the amount in minor units (cents for USD, dong for VND).</summary>
    /// <exception cref="OverflowException">The amount does not fit a 64-bit count of minor units.</exception>
    public long MinorUnits => decimal.ToInt64(Amount * Pow10(Currency.MinorUnit));

    /// <summary>Creates an amount that is already a whole number of minor units.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default, or <paramref name="amount"/> has
    /// more decimal places than the currency's minor unit (use <see cref="Round"/> to round deliberately).</exception>
    public static Money Of(decimal amount, Currency currency)
    {
        CheckCurrency(currency);
        return currency.IsWhole(amount)
            ? new Money(amount, currency)
            : throw new ArgumentException($"{amount.ToString(CultureInfo.InvariantCulture)} is not a whole number of {currency} minor units ({currency.MinorUnit} decimal places); round it with Money.Round.", nameof(amount));
    }

    /// <summary>Creates an amount from a count of minor units.</summary>
    /// <param name="minorUnits">The count (cents for USD).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        CheckCurrency(currency);
        return new Money(minorUnits / Pow10(currency.MinorUnit), currency);
    }

    /// <summary>Creates an amount rounded to the currency's minor unit, half to even.</summary>
    /// <param name="amount">The amount, possibly with more decimal places.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default.</exception>
    public static Money Round(decimal amount, Currency currency)
    {
        CheckCurrency(currency);
        return new Money(currency.Round(amount), currency);
    }

    /// <summary>Gets zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default.</exception>
    public static Money Zero(Currency currency) => Of(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is out of range.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, Same(left, right));

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount subtracted.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is out of range.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, Same(left, right));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Tells whether two amounts are equal: same currency, same amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Tells whether two amounts differ in currency or amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Multiplies by a factor (a sector share, an exchange rate), rounding the result half to even.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The product is out of range.</exception>
    public Money Times(decimal factor) => new(Currency.Round(Amount * factor), Currency);

    /// <summary>Splits the amount into equal parts that differ by at most one minor unit and sum to the whole;
    /// the larger parts come first.</summary>
    /// <param name="parts">How many parts, 1 or more.</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public Money[] Split(int parts)
    {
        Guard.Against.Below(parts, 1);
        return Allocate(Enumerable.Repeat(1, parts).ToArray());
    }

    /// <summary>Allocates the amount in proportion to non-negative weights, so that the parts sum exactly to the whole:
    /// each part is rounded toward zero to whole minor units, and the minor units left over go one each to the parts
    /// with the largest remainders (the earlier part first on a tie).</summary>
    /// <param name="weights">The weights (sector percentages, for example); at least one, not all zero.</param>
    /// <returns>The parts, in the order of the weights.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">The weights are empty, negative or all zero.</exception>
    public Money[] Allocate(IReadOnlyList<int> weights)
    {
        Guard.Against.Null(weights);
        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.All(w => w == 0))
        {
            throw new ArgumentException("Allocation needs at least one weight, none negative and not all zero.", nameof(weights));
        }

        var parts = new decimal[weights.Count];
        Allocate(Amount, Currency.MinorUnit, [.. weights], parts);
        var currency = Currency;
        return parts.Select(p => new Money(p, currency)).ToArray();
    }

    /// <summary>Splits an amount by weights in whole minor units, by largest remainder (ties to the first part), into
    /// <paramref name="parts"/>, allocating nothing: the one algorithm of <see cref="Allocate(IReadOnlyList{int})"/>,
    /// for reports that split every entry. The weights are at least one, none negative and not all zero.</summary>
    internal static void Allocate(decimal amount, int minorUnit, ReadOnlySpan<int> weights, Span<decimal> parts)
    {
        var scale = Pow10(minorUnit);
        var units = amount * scale; // whole minor units, possibly negative
        var total = 0m;
        foreach (var w in weights)
        {
            total += w;
        }

        Span<decimal> remainders = weights.Length <= 16 ? stackalloc decimal[weights.Length] : new decimal[weights.Length];
        var given = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = units * weights[i] / total;
            parts[i] = decimal.Truncate(exact);
            remainders[i] = Math.Abs(exact - parts[i]);
            given += parts[i];
        }

        // The largest remainders, first index first among equals, take the units left, |left| < the number of parts.
        var left = units - given;
        var step = Math.Sign(left);
        for (var k = (int)Math.Abs(left); k > 0; k--)
        {
            var best = -1;
            for (var i = 0; i < remainders.Length; i++)
            {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            parts[best] += step;
            remainders[best] = -1; // taken
        }

        for (var i = 0; i < weights.Length; i++)
        {
            parts[i] /= scale;
        }
    }

    /// <inheritdoc/>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        Same(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Currency, Amount);

    /// <summary>Formats the money as <c>VND 91,000,000,000</c> or <c>USD 4,000,000.00</c>, in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(CultureInfo.InvariantCulture);

    /// <summary>Formats the amount as a culture writes money: in Vietnamese with the <c>vi-VN</c> culture's separators and
    /// the currency's sign after the amount (<c>91.000.000.000 ₫</c>, <c>4.000.000,00 US$</c>, the ISO code for a
    /// currency without a sign); in any other culture <c>VND 91,000,000,000</c>. The amount keeps the currency's minor
    /// units.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <returns>The text.</returns>
    public string Format(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentCulture;
        var digits = "N" + Currency.MinorUnit.ToString(CultureInfo.InvariantCulture);
        if (!DomainText.IsVietnamese(culture))
        {
            return FormatInvariant();
        }

        var numbers = culture.IsNeutralCulture ? CultureInfo.GetCultureInfo("vi-VN") : culture;
        var sign = Currency.Code switch
        {
            "VND" => numbers.NumberFormat.CurrencySymbol,
            "USD" => "US$",
            _ => Currency.Code,
        };
        return Amount.ToString(digits, numbers) + " " + sign;
    }

    private string FormatInvariant() =>
        $"{Currency.Code} {Amount.ToString("N" + Currency.MinorUnit.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}";

    private static decimal Pow10(int exponent) => exponent switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        _ => 10000m,
    };

    private static void CheckCurrency(Currency currency)
    {
        if (currency == default)
        {
            throw new ArgumentException("The currency must be set.", nameof(currency));
        }
    }

    private static Currency Same(Money left, Money right) => left.Currency == right.Currency
        ? left.Currency
        : throw new CurrencyMismatchException($"Cannot combine {left.Currency} and {right.Currency} amounts; convert one first.");
}
