using FriendshipUnion.Domain.Common;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// The stable id of a person: a slug of lower-case ASCII letters and digits in hyphen-separated words
/// (<c>hoang-nghia-hieu</c>). Two people of the same name get two ids.
/// </summary>
public readonly record struct PersonId
{
    /// <summary>The grammar of an id, as a regular expression (used in the JSON Schema).</summary>
    public const string RegexPattern = Slug.Pattern;

    private readonly string? value;

    private PersonId(string value) => this.value = value;

    /// <summary>Gets the slug text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates an id from its slug.</summary>
    /// <param name="text">The slug, such as <c>hoang-nghia-hieu</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a slug.</exception>
    public static PersonId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a person id: use lower-case letters and digits in hyphen-separated words, at most {Slug.MaxLength} characters.");
    }

    /// <summary>Tries to create an id from its slug.</summary>
    /// <param name="text">The slug.</param>
    /// <param name="id">The id, or the default when <paramref name="text"/> is not a slug.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a slug.</returns>
    public static bool TryParse(string? text, out PersonId id)
    {
        id = text is not null && Slug.IsValid(text) ? new PersonId(text) : default;
        return id.value is not null;
    }

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
