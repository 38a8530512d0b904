using System.Text;

namespace FriendshipUnion.Domain.Documents;

/// <summary>
/// The regular expression of canonical symbols — the text <see cref="DocumentSymbol.ToString"/> writes — built from a
/// vocabulary, so that the JSON Schema accepts exactly the symbols the reader does: the types by their abbreviations,
/// each issuer part either a known abbreviation as the table writes it or a word that no abbreviation of the table
/// would be read as (in another case, or with D for Đ).
/// </summary>
internal static class SymbolPattern
{
    private const string Number = "(?:0[1-9]|[1-9][0-9]{1,5})";
    private const string Year = "(?:194[5-9]|19[5-9][0-9]|20[0-9]{2}|2100)";
    private const string Letter = SymbolText.LetterClass;
    private const string LetterOrDigit = "[A-Za-z0-9" + SymbolText.VietnameseLetters + "\\u1EA0-\\u1EF9]";

    internal static string For(SymbolVocabulary vocabulary)
    {
        var types = Alternatives(vocabulary.Types.Select(t => t.Abbreviation));
        var known = Alternatives(vocabulary.Issuers.Select(i => i.Abbreviation));
        var issuerVariants = Alternatives(vocabulary.Issuers.Select(i => Variant(i.Abbreviation)), escape: false);
        var typeVariants = Alternatives(vocabulary.Types.Select(t => Variant(t.Abbreviation)), escape: false);
        var word = Letter + LetterOrDigit + "*";
        var part = $"(?:{known}(?!{LetterOrDigit})|(?!{issuerVariants}(?!{LetterOrDigit})){word})";
        var parts = $"{part}(?:-{part})*";
        var assembly = vocabulary.FindIssuer("QH")?.Abbreviation ?? "QH";
        var party = $"{Number}-{types}/{part}";
        var normative = $"{Number}/{Year}/{types}-{parts}";
        var law = $"{Number}/{Year}/{assembly}[1-9][0-9]?";
        var administrative = $"{Number}/{types}-{parts}";
        var letter = $"{Number}/(?!{typeVariants}-){part}-{parts}";
        return $"^(?=[^\\n]{{1,64}}{Patterns.End})(?:{party}|{normative}|{law}|{administrative}|{letter}){Patterns.End}";
    }

    private static string Alternatives(IEnumerable<string> items, bool escape = true) =>
        "(?:" + string.Join('|', items.OrderByDescending(i => i.Length).Select(i => escape ? System.Text.RegularExpressions.Regex.Escape(i) : i)) + ")";

    // Every spelling the table reads as this abbreviation: either case of each letter, and D, d, Đ or đ for Đ.
    private static string Variant(string abbreviation)
    {
        var result = new StringBuilder();
        foreach (var c in abbreviation)
        {
            if (c is 'Đ' or 'đ')
            {
                result.Append("[ĐđDd]");
            }
            else if (char.IsLetter(c))
            {
                result.Append('[').Append(char.ToUpperInvariant(c)).Append(char.ToLowerInvariant(c)).Append(']');
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
