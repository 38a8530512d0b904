using System.Text.RegularExpressions;
using FriendshipUnion.Domain.Documents;

namespace FriendshipUnion.Domain.Tests.Documents;

/// <summary>Every way a symbol is refused, with the position and the reason, and the folding at its edges.</summary>
public sealed class SymbolParserContractTests
{
    [Theory]
    [InlineData("", 0, "found nothing")]
    [InlineData("   ", 0, "found nothing")]
    [InlineData("CT/TW", 0, "expected the document's number")]
    [InlineData("1234567/QĐ-TTg", 0, "from 1 to 999999")]
    [InlineData("0000012-CT/TW", 0, "from 1 to 999999")]
    [InlineData("0/QĐ-TTg", 0, "from 1 to 999999")]
    [InlineData("80", 2, "expected '-' (a Party document) or '/' after the number")]
    [InlineData("80A", 2, "expected '-' (a Party document) or '/' after the number")]
    [InlineData("12-CT", 3, "expected the type, then '/' and the issuer")]
    [InlineData("12-/TW", 3, "expected the type, then '/' and the issuer")]
    [InlineData("12-XX/TW", 3, "unknown type abbreviation")]
    [InlineData("12-CT/1TW", 6, "expected the issuer: letters, then letters and digits")]
    [InlineData("12-CT/TW-X", 8, "expected the issuer: letters, then letters and digits")]
    [InlineData("12-CT/", 6, "expected the issuer")]
    [InlineData("80/2020NĐ-CP", 7, "expected '/' after the year")]
    [InlineData("80/20/NĐ-CP", 3, "four digits, from 1945 to 2100")]
    [InlineData("80/1944/NĐ-CP", 3, "four digits, from 1945 to 2100")]
    [InlineData("80/2101/NĐ-CP", 3, "four digits, from 1945 to 2100")]
    [InlineData("80/QĐ", 3, "expected TYPE-ISSUER (123/QĐ-TTg), ISSUER-UNIT (763/SNgV-HTQT) or a year")]
    [InlineData("80/-QĐ", 3, "expected TYPE-ISSUER (123/QĐ-TTg), ISSUER-UNIT (763/SNgV-HTQT) or a year")]
    [InlineData("123/QĐ-1TTg", 7, "expected the issuer: parts of letters then letters and digits")]
    [InlineData("123/QĐ-TTg--VP", 11, "expected the issuer: parts of letters then letters and digits")]
    [InlineData("763/1SNgV-HTQT", 4, "expected a type or an issuer: letters, then letters and digits")]
    [InlineData("763/SNgV-1HTQT", 9, "expected the unit: parts of letters then letters and digits")]
    [InlineData("763/SNgV-HTQT-", 13, "expected the unit")]
    [InlineData("135/2025/QH0", 11, "the National Assembly's term must be from 1 to 99")]
    [InlineData("135/2025/QH100", 11, "the National Assembly's term must be from 1 to 99")]
    [InlineData("135/2025/QH", 9, "expected TYPE-ISSUER (NĐ-CP) or QH and a term (QH15) after the year")]
    [InlineData("80/2020/XX-CP", 8, "unknown type abbreviation")]
    [InlineData("80/2020/NĐ-", 11, "expected the issuer: parts of letters then letters and digits")]
    [InlineData("80/2020/NĐ-C1-2", 14, "expected the issuer")]
    [InlineData("12-CT/TW～", 8, "'~' is not a letter of the Vietnamese alphabet, an ASCII digit, '-' or '/'")]
    [InlineData("12-CT/T\u0661", 7, "'\u0661' is not an ASCII digit")]
    [InlineData("12-CT/T\u00BF", 7, "is not a letter of the Vietnamese alphabet")]
    [InlineData("12-CT/T\u1EFA", 7, "is not a letter of the Vietnamese alphabet")]
    [InlineData("Nghị định", 9, "expected the symbol after the kind word")]
    [InlineData("Nghị định số", 12, "expected the symbol after the kind word")]
    [InlineData("Decreex 80/2020/NĐ-CP", 0, "expected the document's number")]
    public void Each_refusal_says_where_and_why(string text, int position, string why)
    {
        var result = DocumentSymbol.Parse(text.AsSpan());
        Assert.False(result.Success, result.Success ? result.Value.ToString() : null);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(why, result.Error.Message, StringComparison.Ordinal);
        Assert.Equal($"'{text}' is not a document symbol: {result.Error}.", Assert.Throws<FormatException>(() => DocumentSymbol.Parse(text)).Message);
    }

    [Fact]
    public void Text_too_long_for_a_symbol_is_refused()
    {
        Assert.Contains("too long for a document symbol", DocumentSymbol.Parse(new string('1', 200).AsSpan()).Error.Message, StringComparison.Ordinal);
        var longSymbol = "Số: 1/QĐ-" + string.Join('-', Enumerable.Repeat("VPCP", 14));
        var result = DocumentSymbol.Parse(longSymbol.AsSpan());
        Assert.Equal((4, "the symbol is too long"), (result.Error.Position, result.Error.Message));
        Assert.Throws<ArgumentNullException>(() => DocumentSymbol.Parse((string)null!));
    }

    [Theory]
    [InlineData("Decree 135/2025/QH15", "'Decree' names a decree, but 135/2025/QH15 is a law")]
    [InlineData("Chỉ thị 763/SNgV-HTQT", "'Chỉ thị' names a directive, but 763/SNgV-HTQT is an official letter")]
    [InlineData("Luật 12-CT/TW", "'Luật' names a law, but 12-CT/TW is a directive")]
    [InlineData("Công văn 12-CT/TW", "'Công văn' names an official letter, but 12-CT/TW is a directive")]
    public void A_contradicting_kind_word_is_quoted_as_typed_with_both_kinds(string text, string message)
    {
        var result = DocumentSymbol.Parse(text.AsSpan());
        Assert.Equal((0, message), (result.Error.Position, result.Error.Message));
    }

    [Theory]
    [InlineData("Quyết định so 1234/QĐ-UBND", "1234/QĐ-UBND")]
    [InlineData("Decree no 80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("Decree nr. 80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("Decree number 80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("Decree No.80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("Decree No: 80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("Decree80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("Nghi\u0323 đi\u0323nh 126/2024/NĐ-CP", "126/2024/NĐ-CP")]
    [InlineData("Điều lệ 12-ĐL/TW", "12-ĐL/TW")]
    [InlineData("DIEU LE 12-ĐL/TW", "12-ĐL/TW")]
    [InlineData("điều lệ số 12-ĐL/TW", "12-ĐL/TW")]
    [InlineData("Official letter No. 763/SNgV-HTQT", "763/SNgV-HTQT")]
    [InlineData("law 135/2025/QH15", "135/2025/QH15")]
    [InlineData("80/2020/NĐ-CP .", "80/2020/NĐ-CP")]
    [InlineData("12-CT/TW！", "12-CT/TW")]
    [InlineData("12-CT/TW?", "12-CT/TW")]
    [InlineData("12\u2010CT/TW", "12-CT/TW")]
    [InlineData("12\u2011CT/TW", "12-CT/TW")]
    [InlineData("12\u2015CT/TW", "12-CT/TW")]
    [InlineData("12\u2043CT/TW", "12-CT/TW")]
    [InlineData("12\uFE58CT/TW", "12-CT/TW")]
    [InlineData("12\uFE63CT/TW", "12-CT/TW")]
    [InlineData("12-CT/\u2061TW\u2064", "12-CT/TW")]
    [InlineData("12-CT/\u200CT\u200DW\u2060", "12-CT/TW")]
    [InlineData("12-CT/\u180ETW", "12-CT/TW")]
    [InlineData("12 - CT / TW", "12-CT/TW")]
    [InlineData("  12-CT/TW \t", "12-CT/TW")]
    [InlineData("999999/QĐ-TTg", "999999/QĐ-TTg")]
    [InlineData("000012-CT/TW", "12-CT/TW")]
    [InlineData("80/1945/NĐ-CP", "80/1945/NĐ-CP")]
    [InlineData("80/2100/NĐ-CP", "80/2100/NĐ-CP")]
    [InlineData("135/2025/qh15", "135/2025/QH15")]
    [InlineData("135/2025/QH99", "135/2025/QH99")]
    [InlineData("12/ÀỹẠ-HTQT", "12/ÀỹẠ-HTQT")]
    [InlineData("12/BCĐ389-VP", "12/BCĐ389-VP")]
    public void Edges_of_what_is_read(string text, string canonical) =>
        Assert.Equal(canonical, DocumentSymbol.Parse(text).ToString());

    [Fact]
    public void Each_grammar_knows_its_own_parts()
    {
        var party = DocumentSymbol.Parse("12-CT/TW");
        Assert.Equal((12, (int?)null, (int?)null, "TW", (string?)null), (party.Number, party.Year, party.LawTerm, party.Issuer, party.Unit));
        var law = DocumentSymbol.Parse("135/2025/QH15");
        Assert.Equal((2025, 15, "QH", (DocumentType?)null), (law.Year!.Value, law.LawTerm!.Value, law.Issuer, law.Type));
        var normative = DocumentSymbol.Parse("80/2020/NĐ-CP");
        Assert.Equal((2020, (int?)null), (normative.Year!.Value, normative.LawTerm));
        Assert.Equal("HTQT", DocumentSymbol.Parse("763/SNgV-HTQT").Unit);
        Assert.Equal(string.Empty, default(DocumentSymbol).Issuer);
        Assert.Equal(string.Empty, default(DocumentSymbol).ToString());
        Assert.Equal(string.Empty, default(DocumentSymbol).ToAsciiString());
        Assert.True(party != normative);
        Assert.False(party != DocumentSymbol.Parse("12-ct/tw"));
    }

    [Theory]
    [InlineData("12-CT/TW")]
    [InlineData("04-CT/TW")]
    [InlineData("80/2020/NĐ-CP")]
    [InlineData("55/2005/TTLT-BNV-VPCP")]
    [InlineData("135/2025/QH15")]
    [InlineData("123/QĐ-TTg")]
    [InlineData("1234/QĐ-UBND")]
    [InlineData("763/SNgV-HTQT")]
    [InlineData("12/BCĐ389-VP-X")]
    [InlineData("999999/QĐi-TW")]
    public void The_schema_pattern_accepts_the_canonical_symbols_of_every_grammar(string canonical)
    {
        var pattern = new Regex(SymbolPattern.For(SymbolVocabulary.Default));
        Assert.Equal(canonical, DocumentSymbol.Parse(canonical).ToString());
        Assert.Matches(pattern, canonical);
        Assert.DoesNotMatch(pattern, canonical + "\n");
        var lower = canonical.ToLowerInvariant();
        Assert.Equal(DocumentSymbol.Parse(lower.AsSpan()) is { Success: true } read && read.Value.ToString() == lower, pattern.IsMatch(lower));
    }
}
