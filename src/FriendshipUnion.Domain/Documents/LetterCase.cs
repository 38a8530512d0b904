using System.Text;

namespace FriendshipUnion.Domain.Documents;

/// <summary>
/// The case and base letter of the characters symbols are written in, from tables computed once for ASCII, the Latin
/// blocks up to U+024F and Latin Extended Additional (U+1E00–U+1EFF, the Vietnamese letters with two marks), so that
/// reading a symbol never asks the globalization library about a character, which costs tens of nanoseconds each
/// time. Any other character gets the same answer from the framework directly.
/// </summary>
internal static class LetterCase
{
    private const char ExtendedStart = '\u1E00';

    private static readonly char[] Upper = Table(char.ToUpperInvariant);

    private static readonly bool[] Vietnamese = Array.ConvertAll(Table(static c => c), static c => SymbolText.VietnameseLetters.Contains(c) || c is >= '\u1EA0' and <= '\u1EF9');

    private static readonly char[] Bases = Table(ComputeBase);

    /// <summary>The character in upper case, as <see cref="char.ToUpperInvariant(char)"/> gives it.</summary>
    internal static char ToUpper(char c) => Slot(c) is var i and >= 0 ? Upper[i] : char.ToUpperInvariant(c);

    /// <summary>Tells whether a character beyond ASCII is a letter of the Vietnamese alphabet (with Đ).</summary>
    internal static bool IsVietnameseLetter(char c) => Slot(c) is var i and >= 0 && Vietnamese[i];

    /// <summary>The character's letter without diacritics, in lower case, Đ as d: the first character of its
    /// canonical decomposition, lower-cased.</summary>
    internal static char Base(char c) => Slot(c) is var i and >= 0 ? Bases[i] : ComputeBase(c);

    private static char[] Table(Func<char, char> map)
    {
        var table = new char[0x250 + 0x100];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = map(i < 0x250 ? (char)i : (char)(ExtendedStart + i - 0x250));
        }

        return table;
    }

    private static int Slot(char c) => c < '\u0250' ? c : c is >= ExtendedStart and <= '\u1EFF' ? c - ExtendedStart + 0x250 : -1;

    private static char ComputeBase(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is 'Đ' or 'đ')
        {
            return 'd';
        }

        if (char.IsSurrogate(c))
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }
}
