using System.Globalization;
using System.Text;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// A person named in a union's leadership history: the name in Vietnamese with its diacritics (stored in Unicode
/// NFC) and, optionally, the ASCII form used where diacritics are lost ("Hoàng Nghĩa Hiếu" / "Hoang Nghia Hieu").
/// </summary>
public sealed record Person
{
    /// <summary>Initializes a person.</summary>
    /// <param name="id">The person's stable id.</param>
    /// <param name="name">The name in Vietnamese, with diacritics.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default, or <paramref name="name"/> is blank.</exception>
    public Person(PersonId id, string name)
    {
        Id = id == default ? throw new ArgumentException("The id must be set.", nameof(id)) : id;
        Name = Texts.Required(name, nameof(name));
    }

    /// <summary>Gets the person's stable id.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the name in Vietnamese, in Unicode NFC.</summary>
    public string Name { get; }

    /// <summary>Gets the name without diacritics, when recorded ("Hoang Nghia Hieu").</summary>
    /// <exception cref="ArgumentException">On init: the text is blank or holds a character that is not printable ASCII.</exception>
    public string? AsciiName
    {
        get;
        init
        {
            var text = Texts.Optional(value, nameof(AsciiName));
            if (text is not null && !text.All(c => c is >= ' ' and <= '~'))
            {
                throw new ArgumentException($"The ASCII form '{text}' holds a character that is not printable ASCII.", nameof(AsciiName));
            }

            field = text;
        }
    }

    /// <summary>Gets a note, such as what the sources say of the person.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>
    /// Tells whether <paramref name="name"/> names this person. Text with diacritics is compared with the Vietnamese
    /// name (ignoring case, spacing and the Unicode normal form); plain ASCII text is compared with the ASCII form and
    /// with the Vietnamese name stripped of its diacritics, so "hoang nghia hieu" finds "Hoàng Nghĩa Hiếu".
    /// </summary>
    /// <param name="name">The name as typed.</param>
    /// <returns><see langword="true"/> when it names this person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool IsNamed(string name)
    {
        Guard.Against.Null(name);
        var query = Canonical(name);
        if (query.Length == 0)
        {
            return false;
        }

        return IsAscii(query)
            ? query == Fold(Name) || (AsciiName is not null && query == Canonical(AsciiName))
            : query == Canonical(Name);
    }

    /// <summary>Formats the person as the Vietnamese name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static bool IsAscii(string text) => text.All(char.IsAscii);

    // Lower case, NFC, single spaces.
    private static string Canonical(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Canonical, then without diacritics: decompose and drop the combining marks; đ has no decomposition.
    private static string Fold(string text)
    {
        var decomposed = Canonical(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'ð' ? 'd' : c);
            }
        }

        return folded.ToString();
    }
}
