namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// A partner country as an ISO 3166-1 alpha-2 code (<c>LA</c>, <c>KH</c>, <c>KR</c>, <c>TH</c>, <c>BY</c>). The
/// form is checked (two upper-case ASCII letters); whether the code is currently assigned is not, because
/// historical partners (a country that no longer exists) must stay representable.
/// </summary>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
{
    /// <summary>The grammar of a code, as a regular expression (used in the JSON Schema).</summary>
    public const string RegexPattern = "^[A-Z]{2}" + Patterns.End;

    private readonly string? value;

    private CountryCode(string value) => this.value = value;

    /// <summary>Gets the two-letter code.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a code from its two letters.</summary>
    /// <param name="text">Two upper-case letters, such as <c>KR</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not two upper-case letters.</exception>
    public static CountryCode Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-2 code: use two upper-case letters, such as KR.");
    }

    /// <summary>Tries to create a code from its two letters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, or the default when <paramref name="text"/> is not one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is two upper-case ASCII letters.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        var ok = text is { Length: 2 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]);
        code = ok ? new CountryCode(text!) : default;
        return ok;
    }

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc/>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the two-letter code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
