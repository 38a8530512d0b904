
namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// A name a union bore, in Vietnamese and English, from a (possibly partial) date: the Nghe Tinh union took the
/// name of Nghe An in 1991, day unknown. Names are a dated history; a rename adds a name, never overwrites one.
/// </summary>
public sealed record UnionName
{
    /// <summary>Initializes a name.</summary>
    /// <param name="vietnamese">The Vietnamese name, with diacritics (stored in Unicode NFC).</param>
    /// <param name="english">The English name.</param>
    /// <param name="from">When the name was taken; <see langword="null"/> for the first name, borne since the
    /// founding (or since before the records begin).</param>
    /// <exception cref="ArgumentException">A name is null or blank.</exception>
    public UnionName(string vietnamese, string english, PartialDate? from = null)
    {
        Vietnamese = Texts.Required(vietnamese, nameof(vietnamese));
        English = Texts.Required(english, nameof(english));
        From = from;
    }

    /// <summary>Gets the Vietnamese name (Unicode NFC).</summary>
    public string Vietnamese { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets when the name was taken, or <see langword="null"/> when borne from the start of the records.</summary>
    public PartialDate? From { get; }

    /// <summary>Returns the English name followed by the Vietnamese one.</summary>
    /// <returns>The names.</returns>
    public override string ToString() => $"{English} ({Vietnamese})";
}
