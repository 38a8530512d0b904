
namespace FriendshipUnion.Domain.Aid;

/// <summary>
/// The id a client chooses for a ledger entry, so that posting it again is recognised (idempotent posting): 1 to 64
/// ASCII letters, digits and the marks <c>. _ : -</c>, starting with a letter or digit (<c>2024-0001</c>,
/// <c>koica:INV-17</c>). Ids are compared exactly (case-sensitive).
/// </summary>
public readonly record struct TransactionId
{
    /// <summary>The grammar of an id, as a regular expression (used in the JSON Schema).</summary>
    public const string RegexPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}" + Patterns.End;

    private readonly string? value;
    private readonly int hash; // the value's hash, computed once: a ledger looks an id up on every post

    private TransactionId(string value)
    {
        this.value = value;
        hash = StringComparer.Ordinal.GetHashCode(value);
    }

    /// <summary>Tells whether two ids have the same value (ordinal).</summary>
    /// <param name="other">The other id.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public bool Equals(TransactionId other) => hash == other.hash && string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => hash;

    /// <summary>Gets the id text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates an id from its text.</summary>
    /// <param name="text">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not follow the grammar.</exception>
    public static TransactionId Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a transaction id: use 1 to 64 ASCII letters, digits and the marks . _ : -, starting with a letter or digit.");
    }

    /// <summary>Tries to create an id from its text.</summary>
    /// <param name="text">The id text.</param>
    /// <param name="id">The id, or the default when <paramref name="text"/> does not follow the grammar.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> follows the grammar.</returns>
    public static bool TryParse(string? text, out TransactionId id)
    {
        id = text is not null && IsValid(text) ? new TransactionId(text) : default;
        return id.value is not null;
    }

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;

    private static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 64 || !char.IsAsciiLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
