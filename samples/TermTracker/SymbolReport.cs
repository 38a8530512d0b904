using FriendshipUnion.Domain.Documents;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>Writes what a document symbol says: its canonical form, grammar, kind and issuer.</summary>
internal static class SymbolReport
{
    internal static void Write(TextWriter output, DocumentSymbol symbol)
    {
        var issuer = SymbolVocabulary.Default.FindIssuer(symbol.Issuer);
        output.WriteLine(F("Symbol:   {0}", symbol));
        output.WriteLine(F("ASCII:    {0}", symbol.ToAsciiString()));
        output.WriteLine(F("Grammar:  {0}", Vietnamese ? N(symbol.Grammar) : symbol.Grammar.ToString()));
        var kind = Vietnamese
            ? symbol.Type?.Kind.Vietnamese ?? N(symbol.Grammar)
            : (symbol.Type?.Kind.English ?? (symbol.Grammar == SymbolGrammar.Law ? "Law" : "Official letter")) + (symbol.Type is { } type ? $" ({type.Kind.Vietnamese})" : string.Empty);
        output.WriteLine(F("Kind:     {0}", kind));
        var who = issuer is null ? string.Empty : Vietnamese ? $" — {issuer.Vietnamese}" : $" — {issuer.English} ({issuer.Vietnamese})";
        output.WriteLine(F("Issuer:   {0}", symbol.Issuer) + who);
        if (symbol.Year is { } year)
        {
            output.WriteLine(F("Year:     {0}", year));
        }

        if (symbol.LawTerm is { } term)
        {
            // "Quốc hội khóa XV": the Vietnamese names the term by its Roman numeral alone.
            output.WriteLine(F("Term:     the {0} National Assembly", Vietnamese ? O(term)["lần thứ ".Length..] : O(term)));
        }
    }
}
