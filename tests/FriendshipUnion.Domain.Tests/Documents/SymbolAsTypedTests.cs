using System.Text.RegularExpressions;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;

namespace FriendshipUnion.Domain.Tests.Documents;

/// <summary>Symbols as people type and paste them: kind words, compatibility forms, invisible characters, trailing
/// punctuation; garbage refused with a position in the text as given; the canonical form the schema states.</summary>
public sealed class SymbolAsTypedTests
{
    [Theory]
    [InlineData("Nghị định số 126/2024/NĐ-CP", "126/2024/NĐ-CP")]
    [InlineData("Nghi dinh so 126/2024/ND-CP", "126/2024/NĐ-CP")]
    [InlineData("NGHỊ ĐỊNH 126/2024/NĐ-CP", "126/2024/NĐ-CP")]
    [InlineData("Chỉ thị 12-CT/TW", "12-CT/TW")]
    [InlineData("Chỉ thị số 12-CT/TW", "12-CT/TW")]
    [InlineData("Decree 80/2020/ND-CP", "80/2020/NĐ-CP")]
    [InlineData("Directive No. 12-CT/TW", "12-CT/TW")]
    [InlineData("QĐ 1234/QĐ-UBND", "1234/QĐ-UBND")]
    [InlineData("Quyết định số 1234/QĐ-UBND", "1234/QĐ-UBND")]
    [InlineData("Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP", "55/2005/TTLT-BNV-VPCP")]
    [InlineData("Luật số 135/2025/QH15", "135/2025/QH15")]
    [InlineData("Law No. 135/2025/QH15", "135/2025/QH15")]
    [InlineData("Công văn số 763/SNgV-HTQT", "763/SNgV-HTQT")]
    [InlineData("Số: 39-NQ/TW", "39-NQ/TW")]
    [InlineData("126/2024/NĐ-CP.", "126/2024/NĐ-CP")]
    [InlineData("126/2024/NĐ-CP,", "126/2024/NĐ-CP")]
    [InlineData("theo 126/2024/NĐ-CP;", null)]
    [InlineData("１２-ＣＴ/ＴＷ", "12-CT/TW")]
    [InlineData("12\u2212CT/TW", "12-CT/TW")]
    [InlineData("12\uFF0DCT/TW", "12-CT/TW")]
    [InlineData("12-CT/\u200BTW", "12-CT/TW")]
    [InlineData("\uFEFF12-CT/TW", "12-CT/TW")]
    [InlineData("12-C\u00ADT/TW", "12-CT/TW")]
    [InlineData("So\u0302\u0301: 80/2020/NĐ-CP", "80/2020/NĐ-CP")]
    [InlineData("80/2020/N\u0110-CP", "80/2020/NĐ-CP")]
    public void What_people_type_and_paste_is_read(string typed, string? canonical)
    {
        var result = DocumentSymbol.Parse(typed.AsSpan());
        if (canonical is null)
        {
            Assert.False(result.Success);
            return;
        }

        Assert.True(result.Success, result.Success ? null : result.Error.ToString());
        Assert.Equal(canonical, result.Value.ToString());
    }

    [Theory]
    [InlineData("Chỉ thị 80/2020/NĐ-CP", 0, "decree")]
    [InlineData("Decree 12-CT/TW", 0, "directive")]
    [InlineData("Luật 80/2020/NĐ-CP", 0, "decree")]
    [InlineData("  NQ 12-CT/TW", 2, "directive")]
    public void A_kind_word_that_contradicts_the_type_is_refused_where_it_stands(string typed, int position, string actual)
    {
        var result = DocumentSymbol.Parse(typed.AsSpan());
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(actual, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12-CT/日本", 6)]
    [InlineData("12-CT/ТЖ", 7)] // Т folds to T; Ж is no Latin letter
    [InlineData("\u0661\u0662-CT/TW", 0)] // Arabic-Indic digits
    [InlineData("12-CT/T\u0661", 7)]
    [InlineData("80/2020NĐ-CP", 7)] // not a letter from a sender "2020NĐ"
    [InlineData("Số: 39-XX/TW", 7)] // the position counts the text as typed
    [InlineData("Nghị định số 126/2024/XX-CP", 22)]
    [InlineData("\u200B\u200B12-XX/TW", 5)]
    [InlineData("１２-ＸＸ/ＴＷ", 3)]
    [InlineData("12-CT/TW-", 8)]
    [InlineData("12/1TW-HTQT", 3)]
    public void Garbage_is_refused_with_a_position_in_the_text_as_given(string typed, int position)
    {
        var result = DocumentSymbol.Parse(typed.AsSpan());
        Assert.False(result.Success, result.Success ? result.Value.ToString() : null);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("Nghị định số 126/2024/NĐ-CP")]
    [InlineData("Decree 126/2024/ND-CP.")]
    [InlineData("126/2024/nđ-cp")]
    [InlineData("１２６/２０２４/ＮĐ-ＣＰ")]
    public void The_registry_finds_a_document_by_any_spelling(string typed)
    {
        var registry = DocumentRegistry.Create([new LegalDocument(DocumentSymbol.Parse("126/2024/NĐ-CP"), "Government")]);
        Assert.Equal("126/2024/NĐ-CP", registry.Find(typed.AsSpan())?.Symbol.ToString());
    }

    [Fact]
    public void Parsing_a_canonical_symbol_allocates_nothing()
    {
        string[] canonical = ["12-CT/TW", "80/2020/NĐ-CP", "135/2025/QH15", "123/QĐ-TTg", "1234/QĐ-UBND"]; // types and issuers of the table
        foreach (var text in canonical)
        {
            _ = DocumentSymbol.Parse(text.AsSpan()); // warm up
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var text in canonical)
        {
            Assert.True(DocumentSymbol.Parse(text.AsSpan()).Success);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static readonly Regex Canonical = new(SymbolPattern.For(SymbolVocabulary.Default), RegexOptions.CultureInvariant);

    // Fragments that make symbols, near-symbols and garbage: numbers with and without leading zeros, years in and out
    // of range, every type and issuer as the table writes it and in other cases or with D for Đ, words of Vietnamese
    // letters, look-alikes and separators.
    private static Gen<string> SymbolLikeText()
    {
        var types = SymbolVocabulary.Default.Types.Select(t => t.Abbreviation).ToArray();
        var issuers = SymbolVocabulary.Default.Issuers.Select(i => i.Abbreviation).ToArray();
        string[] numbers = ["01", "1", "12", "126", "0", "007", "999999", "1000000", "1945", "2020", "2100", "1944", "2101", "15", "99", "100"];
        string[] words = ["SNgV", "HTQT", "VP", "BCĐ389", "Ưu", "ab", "X", "1TW", "ТЖ", "日", "HTQT2", "ĐA", "Ð", "đ", "QĐi", "nd", "qh", "Ạ"];
        var variants = types.Concat(issuers).SelectMany(a => new[] { a, a.ToLowerInvariant(), a.ToUpperInvariant(), a.Replace('Đ', 'D') }).Distinct().ToArray();
        var fragment = Gen.Frequency(
            (4, Gen.Elements(numbers)),
            (3, Gen.Elements(types)),
            (3, Gen.Elements(issuers)),
            (2, Gen.Elements(variants)),
            (2, Gen.Elements(words)),
            (5, Gen.Elements("-", "/", "/", "-")),
            (1, Gen.Elements("QH", "QH15", "QH0", "QH100", " ", "\n", ".")));
        return from count in Gen.Choose(1, 9) from parts in fragment.ArrayOf(count) select string.Concat(parts);
    }

    [Property(MaxTest = 3000)]
    public Property The_schema_pattern_accepts_exactly_the_canonical_symbols() =>
        Props.ForAll(SymbolLikeText(), s =>
        {
            var result = DocumentSymbol.Parse(s.AsSpan());
            var canonical = result.Success && result.Value.ToString() == s;
            return Canonical.IsMatch(s) == canonical;
        });

    [Property(MaxTest = 3000)]
    public Property A_symbol_read_as_it_is_reads_as_it_does_after_a_space() =>
        // Text with nothing to fold is read directly; a leading space sends the same text through folding. Both must
        // give the same symbol, or the same error one character further on (blank text has nowhere further to go).
        Props.ForAll(SymbolLikeText(), s =>
        {
            var direct = DocumentSymbol.Parse(s.AsSpan());
            var folded = DocumentSymbol.Parse((" " + s).AsSpan());
            return direct.Success
                ? folded.Success && folded.Value == direct.Value && folded.Value.ToString() == direct.Value.ToString()
                : !folded.Success && folded.Error == direct.Error with { Position = direct.Error.Position + (string.IsNullOrWhiteSpace(s) ? 0 : 1) };
        });

    [Fact]
    public void The_schema_states_the_pattern()
    {
        Assert.Contains(SymbolPattern.For(SymbolVocabulary.Default).Replace("\\", "\\\\", StringComparison.Ordinal), DatasetJson.ExportSchema(), StringComparison.Ordinal);
    }
}
