using FriendshipUnion.Domain.Common;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>
/// The stable id of an implementation plan within its union: a slug of lower-case ASCII letters and digits in
/// hyphen-separated words (<c>ct-38-annual</c>), so that reports can be recorded against the plan.
/// </summary>
public readonly record struct PlanId
{
    /// <summary>The grammar of an id, as a regular expression (used in the JSON Schema).</summary>
    public const string RegexPattern = Slug.Pattern;

    private readonly string? value;

    private PlanId(string value) => this.value = value;

    /// <summary>Gets the slug text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates an id from its slug.</summary>
    /// <param name="text">The slug, such as <c>ct-38-annual</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a slug.</exception>
    public static PlanId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a plan id: use lower-case letters and digits in hyphen-separated words, at most {Slug.MaxLength} characters.");
    }

    /// <summary>Tries to create an id from its slug.</summary>
    /// <param name="text">The slug.</param>
    /// <param name="id">The id, or the default when <paramref name="text"/> is not a slug.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a slug.</returns>
    public static bool TryParse(string? text, out PlanId id)
    {
        id = text is not null && Slug.IsValid(text) ? new PlanId(text) : default;
        return id.value is not null;
    }

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
