using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Tests.Support;

namespace FriendshipUnion.Domain.Tests.Documents;

public sealed class DocumentSymbolTests
{
    [Theory]
    [InlineData("12-CT/TW", SymbolGrammar.Party, "directive", "TW")]
    [InlineData("39-NQ/TW", SymbolGrammar.Party, "resolution", "TW")]
    [InlineData("12-KL/TW", SymbolGrammar.Party, "conclusion", "TW")]
    [InlineData("36-HD/VPTW", SymbolGrammar.Party, "guidance", "VPTW")]
    [InlineData("80/2020/NĐ-CP", SymbolGrammar.Normative, "decree", "CP")]
    [InlineData("19/2025/QĐ-TTg", SymbolGrammar.Normative, "decision", "TTg")]
    [InlineData("55/2005/TTLT-BNV-VPCP", SymbolGrammar.Normative, "joint-circular", "BNV-VPCP")]
    [InlineData("123/QĐ-TTg", SymbolGrammar.Administrative, "decision", "TTg")]
    [InlineData("1234/QĐ-UBND", SymbolGrammar.Administrative, "decision", "UBND")]
    public void Each_grammar_is_read_and_formats_back_to_itself(string text, SymbolGrammar grammar, string kind, string issuer)
    {
        var symbol = DocumentSymbol.Parse(text);

        Assert.Equal((grammar, kind, issuer), (symbol.Grammar, symbol.Type!.Kind.Code, symbol.Issuer));
        Assert.Equal(text, symbol.ToString());
    }

    [Fact]
    public void A_law_and_an_official_letter_are_read_with_their_own_parts()
    {
        var law = DocumentSymbol.Parse("135/2025/QH15");
        var letter = DocumentSymbol.Parse("763/SNgV-HTQT");

        Assert.Equal((SymbolGrammar.Law, 135, 2025, 15, "QH"), (law.Grammar, law.Number, law.Year!.Value, law.LawTerm!.Value, law.Issuer));
        Assert.Null(law.Type);
        Assert.Equal((SymbolGrammar.OfficialLetter, "SNgV", "HTQT"), (letter.Grammar, letter.Issuer, letter.Unit));
        Assert.Equal("135/2025/QH15", law.ToString());
        Assert.Equal("763/SNgV-HTQT", letter.ToString());
    }

    [Theory]
    [InlineData("80/2020/ND-CP")] // D for Đ
    [InlineData("80/2020/NÐ-CP")] // U+00D0
    [InlineData("80/2020/Nð-CP")] // eth
    [InlineData("80/2020/nđ-cp")] // lower case, where only one abbreviation matches
    [InlineData("  80 / 2020 / NĐ - CP ")] // stray spaces
    [InlineData("Số: 80/2020/NĐ-CP")] // the "Số:" of a letterhead
    [InlineData("số 80/2020/NĐ-CP")]
    [InlineData("No. 80/2020/NĐ-CP")]
    [InlineData("80/2020/NĐ–CP")] // an en dash
    [InlineData("80/2020/NĐ-СР")] // Cyrillic С and Р
    public void What_people_type_is_read_as_the_canonical_symbol(string typed)
    {
        var symbol = DocumentSymbol.Parse(typed);

        Assert.Equal("80/2020/NĐ-CP", symbol.ToString());
        Assert.Equal(DocumentSymbol.Parse("80/2020/NĐ-CP"), symbol);
        Assert.Equal("80/2020/ND-CP", symbol.ToAsciiString());
    }

    [Theory]
    [InlineData("4-CT/TW", "04-CT/TW")]
    [InlineData("004-CT/TW", "04-CT/TW")]
    [InlineData("1/2020/NĐ-CP", "01/2020/NĐ-CP")]
    [InlineData("7/QĐ-TTg", "07/QĐ-TTg")]
    public void Numbers_below_10_are_written_with_a_leading_zero(string typed, string canonical)
    {
        var symbol = DocumentSymbol.Parse(typed);

        Assert.Equal(canonical, symbol.ToString());
        Assert.Equal(DocumentSymbol.Parse(canonical), symbol);
    }

    [Fact]
    public void Type_abbreviations_are_case_sensitive_where_case_tells_them_apart()
    {
        Assert.Equal("regulation", DocumentSymbol.Parse("01-QĐi/TW").Type!.Kind.Code);
        Assert.Equal("decision", DocumentSymbol.Parse("01-QĐ/TW").Type!.Kind.Code);
        Assert.Equal("programme", DocumentSymbol.Parse("05-CTr/TU").Type!.Kind.Code);
        Assert.Equal("12-CT/TW", DocumentSymbol.Parse("12-ct/tw").ToString());
        Assert.Equal("123/QĐ-TTg", DocumentSymbol.Parse("123/qd-ttg").ToString());
        Assert.Equal("submission", DocumentSymbol.Parse("12/TTr-UBND").Type!.Kind.Code);
    }

    [Theory]
    [InlineData("", 0)] // empty
    [InlineData("   ", 0)]
    [InlineData("80", 2)] // only a number
    [InlineData("0/2020/NĐ-CP", 0)] // number zero
    [InlineData("80\\2020\\NĐ-CP", 2)] // wrong separators
    [InlineData("80.2020.NĐ-CP", 2)]
    [InlineData("12-XX/TW", 3)] // unknown type
    [InlineData("80/2020/XX-CP", 8)]
    [InlineData("80/1800/NĐ-CP", 3)] // year out of range
    [InlineData("80/2200/NĐ-CP", 3)]
    [InlineData("80/20/NĐ-CP", 3)]
    [InlineData("80/2020/NĐ-CP!!", 13)] // trailing garbage
    [InlineData("12-CT/TW/extra", 8)]
    [InlineData("80/2020/NĐ-", 11)]
    [InlineData("80/2020/QH0", 10)]
    public void Text_that_is_not_a_symbol_is_refused_with_a_position(string text, int position)
    {
        var result = DocumentSymbol.Parse(text.AsSpan());

        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Throws<FormatException>(() => DocumentSymbol.Parse(text));
        Assert.False(DocumentSymbol.TryParse(text, out _));
    }

    [Fact]
    public void A_caller_can_add_a_type_and_an_issuer()
    {
        var vocabulary = SymbolVocabulary.Default.With(
            [new DocumentType("ĐA", new DocumentKind("project", "Project", "Đề án"))],
            [new DocumentIssuer("VUFO", "Vietnam Union of Friendship Organizations", "Liên hiệp các tổ chức hữu nghị Việt Nam")]);

        Assert.Equal(SymbolGrammar.OfficialLetter, DocumentSymbol.Parse("12/DA-VUFO").Grammar); // DA is not a type by default
        var symbol = DocumentSymbol.Parse("12/DA-VUFO".AsSpan(), vocabulary).Value;
        Assert.Equal((SymbolGrammar.Administrative, "12/ĐA-VUFO"), (symbol.Grammar, symbol.ToString()));
        Assert.Throws<ArgumentException>(() => SymbolVocabulary.Default.With([new DocumentType("CT", new DocumentKind("x", "X", "X"))]));
    }

    [Property(MaxTest = Props.DefaultTests)]
    public Property Generated_symbols_round_trip_through_their_text_and_ascii_forms() =>
        Props.ForAll(Symbols(), text =>
        {
            var symbol = DocumentSymbol.Parse(text);
            var canonical = symbol.ToString();
            return canonical == text
                && DocumentSymbol.Parse(canonical) == symbol
                && DocumentSymbol.Parse(symbol.ToAsciiString()) == symbol
                && (symbol.Grammar == SymbolGrammar.OfficialLetter || DocumentSymbol.Parse(canonical.ToLowerInvariant()) == symbol);
        });

    [Property(MaxTest = 2000)]
    public Property Any_string_at_all_gives_a_symbol_or_a_failure_never_an_exception()
    {
        var alphabet = "0123456789/-–. ĐDÐðđNQCTKLHTWVPgrisoáСР:Số\\\t".ToCharArray();
        var text = from length in Gen.Choose(0, 30)
                   from chars in Gen.Elements(alphabet).ArrayOf(length)
                   select new string(chars);
        var anything = Gen.OneOf(text, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));
        return Props.ForAll(anything, s =>
        {
            var result = DocumentSymbol.Parse(s.AsSpan());
            return !result.Success || DocumentSymbol.Parse(result.Value.ToString()) == result.Value;
        });
    }

    private static Gen<string> Symbols()
    {
        var number = Gen.Choose(1, 99999).Select(n => n < 10 ? $"0{n}" : $"{n}"); // canonical: a leading zero below 10
        var year = Gen.Choose(DocumentSymbol.MinYear, DocumentSymbol.MaxYear);
        var type = Gen.Elements(SymbolVocabulary.Default.Types.Select(t => t.Abbreviation).ToArray());
        var issuer = Gen.Elements(SymbolVocabulary.Default.Issuers.Select(i => i.Abbreviation).Where(a => a != "QH").ToArray());
        var party = from n in number from t in type from i in issuer select $"{n}-{t}/{i}";
        var normative = from n in number from y in year from t in type from i in issuer from j in issuer select i == j ? $"{n}/{y}/{t}-{i}" : $"{n}/{y}/{t}-{i}-{j}";
        var law = from n in number from y in year from term in Gen.Choose(1, 99) select $"{n}/{y}/QH{term}";
        var administrative = from n in number from t in type from i in issuer select $"{n}/{t}-{i}";
        var letter = from n in number from u in Gen.Elements("HTQT", "VP", "KT", "TCCB") select $"{n}/SNgV-{u}";
        return Gen.OneOf(party, normative, law, administrative, letter);
    }
}
