
using System.Runtime.CompilerServices;

namespace FriendshipUnion.Domain.Documents;

/// <summary>Reads a folded symbol (no spaces, no prefix; letters of the Vietnamese alphabet, ASCII digits, '-' and
/// '/' only) in any of the grammars.</summary>
internal static class SymbolParser
{
    private const int MaxNumber = 999_999;

    internal static ParseResult<DocumentSymbol> Parse(ReadOnlySpan<char> s, SymbolVocabulary vocabulary)
    {
        if (s.IsEmpty)
        {
            return Fail(0, "expected a document symbol such as 12-CT/TW or 80/2020/NĐ-CP, found nothing");
        }

        var pos = Digits(s, 0);
        if (pos == 0)
        {
            return Fail(0, "expected the document's number");
        }

        if (pos > 6 || (Value(s[..pos]) is var number && number is < 1 or > MaxNumber))
        {
            return Fail(0, "the number must be from 1 to 999999");
        }

        if (pos == s.Length)
        {
            return Fail(pos, "expected '-' (a Party document) or '/' after the number");
        }

        return s[pos] switch
        {
            '-' => Party(s, pos + 1, number, vocabulary),
            '/' => State(s, pos + 1, number, vocabulary),
            _ => Fail(pos, "expected '-' (a Party document) or '/' after the number"),
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // each grammar's frame stays small: inlined, their results' temporaries are all zeroed on every call
    private static ParseResult<DocumentSymbol> Party(ReadOnlySpan<char> s, int pos, int number, SymbolVocabulary vocabulary)
    {
        var slash = s[pos..].IndexOf('/');
        if (slash <= 0)
        {
            return Fail(pos, "expected the type, then '/' and the issuer (12-CT/TW)");
        }

        var type = vocabulary.FindType(s.Slice(pos, slash));
        if (type is null)
        {
            return Fail(pos, "unknown type abbreviation");
        }

        var issuerAt = pos + slash + 1;
        var issuer = Issuer(s[issuerAt..], vocabulary, allowParts: false, out var bad);
        return issuer is null
            ? Fail(issuerAt + bad, "expected the issuer: letters, then letters and digits (TW, VPTW)")
            : ParseResult.ForValue(DocumentSymbol.Create(SymbolGrammar.Party, number, 0, type, issuer, 0, null));
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // each grammar's frame stays small: inlined, their results' temporaries are all zeroed on every call
    private static ParseResult<DocumentSymbol> State(ReadOnlySpan<char> s, int pos, int number, SymbolVocabulary vocabulary)
    {
        var yearDigits = Digits(s, pos) - pos;
        if (yearDigits == 4 && pos + 4 < s.Length && SymbolText.IsLetter(s[pos + 4]))
        {
            return Fail(pos + 4, "expected '/' after the year (80/2020/NĐ-CP)");
        }

        if (yearDigits > 0 && pos + yearDigits < s.Length && s[pos + yearDigits] == '/')
        {
            if (yearDigits != 4 || (Value(s.Slice(pos, 4)) is var year && year is < DocumentSymbol.MinYear or > DocumentSymbol.MaxYear))
            {
                return Fail(pos, "the year must have four digits, from 1945 to 2100");
            }

            return Dated(s, pos + 5, number, year, vocabulary);
        }

        var dash = s[pos..].IndexOf('-');
        if (dash <= 0)
        {
            return Fail(pos, "expected TYPE-ISSUER (123/QĐ-TTg), ISSUER-UNIT (763/SNgV-HTQT) or a year (80/2020/NĐ-CP) after '/'");
        }

        var first = s.Slice(pos, dash);
        var restAt = pos + dash + 1;
        if (vocabulary.FindType(first) is { } type)
        {
            var issuer = Issuer(s[restAt..], vocabulary, allowParts: true, out var bad);
            return issuer is null
                ? Fail(restAt + bad, "expected the issuer: parts of letters then letters and digits, joined by '-'")
                : ParseResult.ForValue(DocumentSymbol.Create(SymbolGrammar.Administrative, number, 0, type, issuer, 0, null));
        }

        var sender = Issuer(first, vocabulary, allowParts: false, out var badSender);
        if (sender is null)
        {
            return Fail(pos + badSender, "expected a type or an issuer: letters, then letters and digits");
        }

        var unit = Issuer(s[restAt..], vocabulary, allowParts: true, out var badUnit);
        return unit is null
            ? Fail(restAt + badUnit, "expected the unit: parts of letters then letters and digits, joined by '-'")
            : ParseResult.ForValue(DocumentSymbol.Create(SymbolGrammar.OfficialLetter, number, 0, null, sender, 0, unit));
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // each grammar's frame stays small: inlined, their results' temporaries are all zeroed on every call
    private static ParseResult<DocumentSymbol> Dated(ReadOnlySpan<char> s, int pos, int number, int year, SymbolVocabulary vocabulary)
    {
        var rest = s[pos..];
        if (rest.Length > 2 && rest[..2].Equals("QH", StringComparison.OrdinalIgnoreCase) && Digits(rest, 2) == rest.Length)
        {
            if (rest.Length > 4 || (Value(rest[2..]) is var term && term < 1))
            {
                return Fail(pos + 2, "the National Assembly's term must be from 1 to 99");
            }

            var assembly = vocabulary.FindIssuer("QH")?.Abbreviation ?? "QH";
            return ParseResult.ForValue(DocumentSymbol.Create(SymbolGrammar.Law, number, year, null, assembly, term, null));
        }

        var dash = rest.IndexOf('-');
        if (dash <= 0)
        {
            return Fail(pos, "expected TYPE-ISSUER (NĐ-CP) or QH and a term (QH15) after the year");
        }

        var type = vocabulary.FindType(rest[..dash]);
        if (type is null)
        {
            return Fail(pos, "unknown type abbreviation");
        }

        var issuer = Issuer(rest[(dash + 1)..], vocabulary, allowParts: true, out var bad);
        return issuer is null
            ? Fail(pos + dash + 1 + bad, "expected the issuer: parts of letters then letters and digits, joined by '-'")
            : ParseResult.ForValue(DocumentSymbol.Create(SymbolGrammar.Normative, number, year, type, issuer, 0, null));
    }

    // The issuer in canonical form: each part the table's abbreviation when known (interned), else as typed.
    // Returns null with the offset of the first bad character when the text is not letters and digits in parts.
    private static string? Issuer(ReadOnlySpan<char> text, SymbolVocabulary vocabulary, bool allowParts, out int bad)
    {
        bad = 0;
        if (text.IsEmpty)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var partStart = i == 0 || text[i - 1] == '-';
            var ok = SymbolText.IsLetter(c) || (char.IsAsciiDigit(c) && !partStart) || (c == '-' && allowParts && !partStart && i < text.Length - 1);
            if (!ok)
            {
                bad = i;
                return null;
            }
        }

        if (text.IndexOf('-') < 0)
        {
            return vocabulary.FindIssuer(text)?.Abbreviation ?? text.ToString();
        }

        var parts = new List<string>();
        foreach (var range in text.Split('-'))
        {
            var part = text[range];
            parts.Add(vocabulary.FindIssuer(part)?.Abbreviation ?? part.ToString());
        }

        return string.Join('-', parts);
    }

    // The value of a few ASCII digits (at most six, checked by the caller), without a culture.
    private static int Value(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static int Digits(ReadOnlySpan<char> s, int from)
    {
        var i = from;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseResult<DocumentSymbol> Fail(int position, string message) => ParseResult.ForError<DocumentSymbol>(position, message);
}
