using FriendshipUnion.Domain.Common;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// The stable id of a union or association: a slug of lower-case ASCII letters and digits in hyphen-separated
/// words, at most 64 characters (<c>vufo</c>, <c>nghe-an</c>, <c>an-giang</c>). Ids never change when a union is
/// renamed.
/// </summary>
public readonly struct UnionId : IEquatable<UnionId>, IComparable<UnionId>
{
    /// <summary>The grammar of an id, as a regular expression (used in the JSON Schema).</summary>
    public const string RegexPattern = Slug.Pattern;

    private readonly string? value;

    private UnionId(string value) => this.value = value;

    /// <summary>Gets the slug text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates an id from its slug.</summary>
    /// <param name="text">The slug, such as <c>nghe-an</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a slug.</exception>
    public static UnionId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not an id: use lower-case letters and digits in hyphen-separated words, at most {Slug.MaxLength} characters.");
    }

    /// <summary>Tries to create an id from its slug.</summary>
    /// <param name="text">The slug.</param>
    /// <param name="id">The id, or the default when <paramref name="text"/> is not a slug.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a slug.</returns>
    public static bool TryParse(string? text, out UnionId id)
    {
        id = text is not null && Slug.IsValid(text) ? new UnionId(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public bool Equals(UnionId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc/>
    public int CompareTo(UnionId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(UnionId left, UnionId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(UnionId left, UnionId right) => !left.Equals(right);

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(UnionId left, UnionId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(UnionId left, UnionId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(UnionId left, UnionId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(UnionId left, UnionId right) => left.CompareTo(right) >= 0;
}
