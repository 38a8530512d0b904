
namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The one family of ids: a slug of lower-case ASCII letters and digits in hyphen-separated words, 1 to 64
/// characters (<c>nghe-an</c>, <c>hoang-nghia-hieu</c>, <c>ct-38-annual</c>), compared ordinally. Ids never change
/// when what they name is renamed. The default value of an id is the empty id: it is never valid, and every method
/// that takes an id refuses it with an <see cref="ArgumentException"/>.
/// </summary>
/// <typeparam name="TSelf">The id type.</typeparam>
public interface ISlugId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, ISlugId<TSelf>
{
    /// <summary>Gets the slug text; empty for the default id.</summary>
    string Value { get; }

    /// <summary>Creates an id from its slug.</summary>
    /// <param name="text">The slug.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a slug.</exception>
    static abstract TSelf Parse(string text);

    /// <summary>Tries to create an id from its slug.</summary>
    /// <param name="text">The slug.</param>
    /// <param name="id">The id, or the default when <paramref name="text"/> is not a slug.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a slug.</returns>
    static abstract bool TryParse([NotNullWhen(true)] string? text, out TSelf id);
}

/// <summary>The grammar and messages every <see cref="ISlugId{TSelf}"/> shares.</summary>
public static class SlugId
{
    /// <summary>The longest slug.</summary>
    public const int MaxLength = 64;

    /// <summary>The grammar of a slug, as a regular expression (used in the JSON Schema).</summary>
    public const string RegexPattern = "^(?=[a-z0-9-]{1,64}" + Patterns.End + ")[a-z0-9]+(?:-[a-z0-9]+)*" + Patterns.End;

    /// <summary>Makes a slug of any text, for ids taken from other systems' identifiers and names: letters folded to
    /// ASCII lower case (đ to d, diacritics dropped), every run of other characters one dash. A text whose slug would be
    /// longer than 64 characters, or that has no letter or digit, keeps 47 characters of it and a dash and 16 hexadecimal
    /// digits of a SHA-256 of the whole text, so that different texts keep different slugs.</summary>
    /// <param name="text">The text (<c>GB-CHC-1234567</c>, <c>Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An</c>).</param>
    /// <returns>A slug (<c>gb-chc-1234567</c>, <c>lien-hiep-cac-to-chuc-huu-nghi-tinh-nghe-an</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Make(string text)
    {
        Guard.Against.Null(text);
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        var slug = new System.Text.StringBuilder(Math.Min(decomposed.Length, 256));
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length is > 0 and <= MaxLength)
        {
            return result;
        }

        Span<byte> digest = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text), digest);
        var head = result.Length == 0 ? "x" : result[..Math.Min(result.Length, 47)].TrimEnd('-');
        return head + "-" + Convert.ToHexStringLower(digest[..8]);
    }

    /// <summary>Tells whether a text is a slug.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for lower-case ASCII letters and digits in hyphen-separated words, 1 to
    /// <see cref="MaxLength"/> characters.</returns>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && text[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Checked(string text, string what)
    {
        Guard.Against.Null(text);
        return IsValid(text)
            ? text
            : throw new FormatException($"'{Printable.Escape(text)}' is not {what} id: use lower-case letters and digits in hyphen-separated words, at most {MaxLength} characters.");
    }

    internal static bool TryChecked([NotNullWhen(true)] string? text) => text is not null && IsValid(text);
}

/// <summary>The stable id of a union or association (<c>vufo</c>, <c>nghe-an</c>, <c>vn-kr</c>).</summary>
public readonly record struct UnionId : ISlugId<UnionId>
{
    private readonly string? value;

    private UnionId(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc cref="ISlugId{TSelf}.Parse(string)"/>
    public static UnionId Parse(string text) => new(SlugId.Checked(text, "a union"));

    /// <inheritdoc cref="ISlugId{TSelf}.TryParse(string?, out TSelf)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnionId id)
    {
        id = SlugId.TryChecked(text) ? new(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(UnionId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}

/// <summary>The stable id of a province or centrally-run city as an administrative unit over time
/// (<c>nghe-an</c>, <c>an-giang-2025</c>): a merger that keeps a name makes a new unit with a new id.</summary>
public readonly record struct ProvinceId : ISlugId<ProvinceId>
{
    private readonly string? value;

    private ProvinceId(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc cref="ISlugId{TSelf}.Parse(string)"/>
    public static ProvinceId Parse(string text) => new(SlugId.Checked(text, "a province"));

    /// <inheritdoc cref="ISlugId{TSelf}.TryParse(string?, out TSelf)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProvinceId id)
    {
        id = SlugId.TryChecked(text) ? new(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(ProvinceId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}

/// <summary>The stable id of a person (<c>hoang-nghia-hieu</c>); two people of the same name get two ids.</summary>
public readonly record struct PersonId : ISlugId<PersonId>
{
    private readonly string? value;

    private PersonId(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc cref="ISlugId{TSelf}.Parse(string)"/>
    public static PersonId Parse(string text) => new(SlugId.Checked(text, "a person"));

    /// <inheritdoc cref="ISlugId{TSelf}.TryParse(string?, out TSelf)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out PersonId id)
    {
        id = SlugId.TryChecked(text) ? new(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(PersonId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}

/// <summary>The stable id of an implementation plan within its union (<c>ct-38-annual</c>).</summary>
public readonly record struct PlanId : ISlugId<PlanId>
{
    private readonly string? value;

    private PlanId(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc cref="ISlugId{TSelf}.Parse(string)"/>
    public static PlanId Parse(string text) => new(SlugId.Checked(text, "a plan"));

    /// <inheritdoc cref="ISlugId{TSelf}.TryParse(string?, out TSelf)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out PlanId id)
    {
        id = SlugId.TryChecked(text) ? new(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(PlanId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}

/// <summary>The stable id of a donor or partner in the aid ledger (<c>koica</c>, <c>green-mekong-fund</c>).</summary>
public readonly record struct PartyId : ISlugId<PartyId>
{
    private readonly string? value;

    private PartyId(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc cref="ISlugId{TSelf}.Parse(string)"/>
    public static PartyId Parse(string text) => new(SlugId.Checked(text, "a party"));

    /// <inheritdoc cref="ISlugId{TSelf}.TryParse(string?, out TSelf)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartyId id)
    {
        id = SlugId.TryChecked(text) ? new(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(PartyId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}

/// <summary>The stable id of an aid activity (<c>an-giang-clinic</c>).</summary>
public readonly record struct ActivityId : ISlugId<ActivityId>
{
    private readonly string? value;

    private ActivityId(string value) => this.value = value;

    /// <inheritdoc/>
    public string Value => value ?? string.Empty;

    /// <inheritdoc cref="ISlugId{TSelf}.Parse(string)"/>
    public static ActivityId Parse(string text) => new(SlugId.Checked(text, "an activity"));

    /// <inheritdoc cref="ISlugId{TSelf}.TryParse(string?, out TSelf)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out ActivityId id)
    {
        id = SlugId.TryChecked(text) ? new(text) : default;
        return id.value is not null;
    }

    /// <inheritdoc/>
    public int CompareTo(ActivityId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
