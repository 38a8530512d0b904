using FriendshipUnion.Domain.Documents;

namespace TermTracker;

/// <summary>Writes what a document symbol says: its canonical form, grammar, kind and issuer.</summary>
internal static class SymbolReport
{
    internal static void Write(TextWriter output, DocumentSymbol symbol)
    {
        var issuer = SymbolVocabulary.Default.FindIssuer(symbol.Issuer);
        output.WriteLine($"Symbol:   {symbol}");
        output.WriteLine($"ASCII:    {symbol.ToAsciiString()}");
        output.WriteLine($"Grammar:  {symbol.Grammar}");
        output.WriteLine($"Kind:     {symbol.Type?.Kind.English ?? (symbol.Grammar == SymbolGrammar.Law ? "Law" : "Official letter")}{(symbol.Type is { } type ? $" ({type.Kind.Vietnamese})" : string.Empty)}");
        output.WriteLine($"Issuer:   {symbol.Issuer}{(issuer is null ? string.Empty : $" — {issuer.English} ({issuer.Vietnamese})")}");
        if (symbol.Year is { } year)
        {
            output.WriteLine($"Year:     {year}");
        }

        if (symbol.LawTerm is { } term)
        {
            output.WriteLine($"Term:     the {Congress.FormatOrdinal(term)} National Assembly");
        }
    }
}
