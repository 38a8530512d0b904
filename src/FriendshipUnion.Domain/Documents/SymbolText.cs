using System.Globalization;
using System.Text;

namespace FriendshipUnion.Domain.Documents;

/// <summary>
/// Turns a symbol as people type and paste it into the text the grammar reads, remembering for every character where
/// it came from, so that an error points into the text as the caller gave it. Folds compatibility forms (full-width
/// characters, Unicode dashes and minus signs, Ð and ð, Cyrillic letters that look Latin), drops invisible characters
/// (zero-width spaces, joiners, byte-order marks, soft hyphens), composes decomposed letters and collapses white space.
/// A canonical symbol passes through without allocating.
/// </summary>
internal static class SymbolText
{
    /// <summary>The longest text read, kind word included, after folding.</summary>
    internal const int MaxInput = 160;

    /// <summary>The Vietnamese letters beyond ASCII (with Đ); with U+1EA0–U+1EF9 they make the alphabet's letters.</summary>
    internal const string VietnameseLetters = "ĐđÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĨĩŨũƠơƯư";

    /// <summary>The letters of the Vietnamese alphabet (and the Latin letters its abbreviations use: F, J, W, Z), as a
    /// regular-expression class.</summary>
    internal const string LetterClass = "[A-Za-z" + VietnameseLetters + "\\u1EA0-\\u1EF9]";

    private static readonly string[] NumberWords = ["số", "so", "no.", "no", "nr.", "number"];

    /// <summary>Tells whether a character may stand in a folded symbol: an ASCII digit, '-', '/' or a letter.</summary>
    internal static bool IsSymbolChar(char c) => char.IsAsciiDigit(c) || c is '-' or '/' || IsLetter(c);

    /// <summary>Tells whether a character is a letter of the Vietnamese alphabet (or F, J, W, Z).</summary>
    internal static bool IsLetter(char c) =>
        char.IsAsciiLetter(c) || (c >= '\u00C0' && LetterCase.IsVietnameseLetter(c));

    /// <summary>Folds <paramref name="text"/> into <paramref name="folded"/>; <paramref name="origin"/> gets, for each
    /// folded character, the index of the character of <paramref name="text"/> it came from.</summary>
    /// <returns>The folded length, without leading or trailing space; -1 when it does not fit.</returns>
    internal static int Fold(ReadOnlySpan<char> text, Span<char> folded, Span<int> origin)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is > ' ' and < '\u007F' && (i + 1 == text.Length || text[i + 1] < '\u0300'))
            {
                // Printable ASCII with no combining mark after it folds to itself.
                if (length == folded.Length)
                {
                    return -1;
                }

                folded[length] = c;
                origin[length++] = i;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (length > 0 && folded[length - 1] != ' ')
                {
                    if (length == folded.Length)
                    {
                        return -1;
                    }

                    folded[length] = ' ';
                    origin[length++] = i;
                }

                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark)
            {
                end++;
            }

            if (end > i + 1)
            {
                // A letter typed with combining marks: compose it (this allocates; canonical text never gets here).
                foreach (var composed in text[i..end].ToString().Normalize(NormalizationForm.FormC))
                {
                    if (length == folded.Length)
                    {
                        return -1;
                    }

                    folded[length] = Simple(composed);
                    origin[length++] = i;
                }

                i = end - 1;
                continue;
            }

            if (length == folded.Length)
            {
                return -1;
            }

            folded[length] = Simple(c);
            origin[length++] = i;
        }

        return length > 0 && folded[length - 1] == ' ' ? length - 1 : length;
    }

    /// <summary>Finds where the symbol begins after a leading kind word ("Nghị định", "Chỉ thị", "Decree", "QĐ") and
    /// number word ("số", "Số:", "No."), in any case and with or without diacritics.</summary>
    /// <param name="text">The folded text.</param>
    /// <param name="vocabulary">The tables whose kinds and types are the kind words.</param>
    /// <param name="claim">The kind the kind word names, or <see langword="null"/>.</param>
    /// <param name="claimLength">How many folded characters the kind word takes.</param>
    /// <returns>Where the symbol begins: 0 when the text has no prefix.</returns>
    internal static int SkipPrefix(ReadOnlySpan<char> text, SymbolVocabulary vocabulary, out SymbolKindWord? claim, out int claimLength)
    {
        claim = null;
        claimLength = 0;
        if (text.IsEmpty || char.IsAsciiDigit(text[0]))
        {
            return 0;
        }

        var pos = 0;
        var first = LetterCase.Base(text[0]);
        foreach (var phrase in vocabulary.KindWords)
        {
            if (phrase.Folded[0] == first && StartsWithFolded(text, phrase.Folded) && IsWordEnd(text, phrase.Folded.Length))
            {
                claim = phrase;
                claimLength = phrase.Folded.Length;
                pos = claimLength;
                break;
            }
        }

        if (claim is null)
        {
            // A type abbreviation used as the kind word: "QĐ 1234/QĐ-UBND".
            var space = text.IndexOf(' ');
            if (space > 0 && vocabulary.FindType(text[..space]) is { } type)
            {
                claim = new SymbolKindWord(type.Kind.Code, type.Kind.English, string.Empty);
                claimLength = space;
                pos = space;
            }
        }

        pos = SkipSpaces(text, pos);
        foreach (var word in NumberWords)
        {
            if (StartsWithFolded(text[pos..], word) && (pos + word.Length == text.Length || text[pos + word.Length] is ' ' or ':' || char.IsAsciiDigit(text[pos + word.Length])))
            {
                pos += word.Length;
                if (pos < text.Length && text[pos] == ':')
                {
                    pos++;
                }

                break;
            }
        }

        return SkipSpaces(text, pos);
    }

    /// <summary>Folds a phrase to lower case without diacritics, Đ as d, single spaces: "Nghị định" is "nghi dinh".</summary>
    internal static string FoldWord(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            result.Append(c is 'Đ' or 'đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    private static bool StartsWithFolded(ReadOnlySpan<char> text, string folded)
    {
        if (text.Length < folded.Length)
        {
            return false;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            if (LetterCase.Base(text[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordEnd(ReadOnlySpan<char> text, int at) => at == text.Length || !char.IsLetterOrDigit(text[at]) || char.IsAsciiDigit(text[at]);

    private static int SkipSpaces(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }

        return pos;
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or (>= '\u2061' and <= '\u2064');

    // One character's compatibility folding.
    private static char Simple(char c) => c switch
    {
        < '\u0080' => c,
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2043' or '\uFE58' or '\uFE63' => '-',
        >= '\uFF01' and <= '\uFF5E' => Simple((char)(c - 0xFEE0)),
        'Ð' or 'ð' => 'Đ',
        'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'О' => 'O', 'Р' => 'P', 'С' => 'C',
        'Т' => 'T', 'Х' => 'X', 'І' => 'I', 'Ј' => 'J', 'Ѕ' => 'S', 'а' => 'a', 'е' => 'e', 'о' => 'o', 'р' => 'p',
        'с' => 'c', 'у' => 'y', 'х' => 'x', 'і' => 'i', 'ј' => 'j', 'ѕ' => 's',
        _ => c,
    };
}

/// <summary>A kind word that may stand before a symbol, and the kind (or grammar) it claims.</summary>
/// <param name="Code">The kind's code (<c>decree</c>), or <c>law</c> or <c>official-letter</c>.</param>
/// <param name="English">The kind's English name, for messages.</param>
/// <param name="Folded">The word folded for matching (<c>nghi dinh</c>).</param>
internal sealed record SymbolKindWord(string Code, string English, string Folded)
{
    internal const string Law = "law";

    internal const string OfficialLetter = "official-letter";

    internal bool AgreesWith(DocumentSymbol symbol) => Code switch
    {
        Law => symbol.Grammar == SymbolGrammar.Law,
        OfficialLetter => symbol.Grammar == SymbolGrammar.OfficialLetter,
        _ => symbol.Type?.Kind.Code == Code,
    };
}
