using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Documents;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>
/// Compiled regular expressions for the symbol grammars. <see cref="SameForms"/> is the baseline the issue names: it
/// recognises the forms the library's parser reads in the corpus — a kind word (Vietnamese with or without
/// diacritics, English, or the type abbreviation) and a number word before the symbol, spaces around its separators,
/// D for Đ, one trailing sentence mark — and then looks the type up. <see cref="CanonicalOnly"/> reads only the
/// canonical forms, so it does less work; it is measured beside the baseline for comparison.
/// </summary>
internal static class SymbolRegex
{
    private const string Symbol =
        @"(?<n>[0-9]{1,6})\s*(?:-\s*(?<type>[A-Za-zĐđ]+)\s*/\s*(?<issuer>[A-Za-z0-9]+)|/\s*(?:(?<year>[0-9]{4})\s*/\s*(?:QH(?<term>[0-9]{1,2})|(?<type>[A-Za-zĐđ]+)\s*-\s*(?<issuer>[A-Za-z0-9Đ]+(?:\s*-\s*[A-Za-z0-9Đ]+)*))|(?<first>[A-Za-zĐđ0-9]+)\s*-\s*(?<rest>[A-Za-z0-9Đ]+(?:\s*-\s*[A-Za-z0-9Đ]+)*)))";

    internal static readonly Regex SameForms = new(
        @"^\s*(?:(?i:" + KindWords() + @")\s+)?(?:(?i:số|so|no\.?|nr\.?|number)\s*:?\s*)?" + Symbol + @"\s*[.,;:!?]?\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    internal static readonly Regex CanonicalOnly = new(
        @"^(?<n>[0-9]{1,6})(?:-(?<type>[A-Za-zĐđ]+)/(?<issuer>[A-Za-z0-9]+)|/(?:(?<year>[0-9]{4})/(?:QH(?<term>[0-9]{1,2})|(?<type>[A-Za-zĐđ]+)-(?<issuer>[A-Za-z0-9Đ]+(?:-[A-Za-z0-9Đ]+)*))|(?<first>[A-Za-zĐđ0-9]+)-(?<rest>[A-Za-z0-9Đ]+(?:-[A-Za-z0-9Đ]+)*)))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    internal static int Parse(Regex regex, string text)
    {
        var match = regex.Match(text);
        if (!match.Success)
        {
            return 0;
        }

        var type = match.Groups["type"].Success ? match.Groups["type"].ValueSpan : match.Groups["first"].ValueSpan;
        return SymbolVocabulary.Default.FindType(type) is null ? 1 : 2;
    }

    // Every kind's Vietnamese name (with and without diacritics) and English name, laws and official letters, and
    // the type abbreviations, longest first.
    private static string KindWords()
    {
        var kinds = SymbolVocabulary.Default.Types.Select(t => t.Kind).Distinct();
        var words = kinds.SelectMany(k => new[] { k.Vietnamese, WithoutMarks(k.Vietnamese), k.English })
            .Concat(["Luật", "Luat", "Law", "Công văn", "Cong van", "Official letter"])
            .Concat(SymbolVocabulary.Default.Types.Select(t => t.Abbreviation))
            .Distinct()
            .OrderByDescending(w => w.Length);
        return string.Join('|', words.Select(w => Regex.Escape(w).Replace(" ", @"\s+", StringComparison.Ordinal)));
    }

    private static string WithoutMarks(string text) => string.Concat(text.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark))
        .Replace('Đ', 'D').Replace('đ', 'd');

    internal static string[] Corpus(int count)
    {
        string[] shapes =
        [
            "{0}-CT/TW", "{0}-NQ/TW", "{0}-KL/TW", "{0}-HD/VPTW", "{0}/2020/NĐ-CP", "{0}/2024/ND-CP", "{0}/2025/QĐ-TTg",
            "{0}/2005/TTLT-BNV-VPCP", "{0}/2025/QH15", "{0}/QĐ-TTg", "{0}/QĐ-UBND", "{0}/SNgV-HTQT", "Số: {0}/KH-UBND",
            "{0} / 2020 / NĐ - CP", "{0}-QĐi/TW", "{0}/2020/XX-CP", "{0}\\2020",
        ];
        var random = new Random(42);
        return Enumerable.Range(0, count)
            .Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], random.Next(1, 5000)))
            .ToArray();
    }
}

/// <summary>Parsing a mixed corpus of 10,000 real-style symbols (canonical, typed with D for Đ, spaced, prefixed,
/// and a few invalid): the library's parser against a compiled regular expression.</summary>
[MemoryDiagnoser]
public class SymbolCorpusBenchmarks
{
    private string[] corpus = [];

    /// <summary>Builds the corpus, and checks that the baseline recognises every symbol the parser reads in it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        corpus = SymbolRegex.Corpus(10_000);
        foreach (var text in corpus)
        {
            var regex = SymbolRegex.Parse(SymbolRegex.SameForms, text);
            if (DocumentSymbol.Parse(text.AsSpan()).Success ? regex == 0 : regex == 2)
            {
                throw new InvalidOperationException($"The baseline and the parser disagree on '{text}'.");
            }
        }
    }

    /// <summary>Baseline: a compiled regular expression that recognises the same forms, and a type lookup.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public int CompiledRegex() => Sum(SymbolRegex.SameForms);

    /// <summary>For comparison: a compiled regular expression that reads only the canonical forms.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int CanonicalOnlyRegex() => Sum(SymbolRegex.CanonicalOnly);

    /// <summary>The library's parser.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int Parse()
    {
        var sum = 0;
        foreach (var text in corpus)
        {
            var result = DocumentSymbol.Parse(text.AsSpan());
            sum += result.Success ? 2 : 0;
        }

        return sum;
    }

    private int Sum(Regex regex)
    {
        var sum = 0;
        foreach (var text in corpus)
        {
            sum += SymbolRegex.Parse(regex, text);
        }

        return sum;
    }
}

/// <summary>Parsing one known symbol, 80/2020/NĐ-CP: the library's parser should allocate nothing.</summary>
[MemoryDiagnoser]
public class KnownSymbolBenchmarks
{
    private const string Known = "80/2020/NĐ-CP";

    /// <summary>Baseline: the compiled regular expression that recognises the same forms.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public int CompiledRegex() => SymbolRegex.Parse(SymbolRegex.SameForms, Known);

    /// <summary>For comparison: the compiled regular expression of the canonical forms only.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int CanonicalOnlyRegex() => SymbolRegex.Parse(SymbolRegex.CanonicalOnly, Known);

    /// <summary>The library's parser.</summary>
    /// <returns>The number read.</returns>
    [Benchmark]
    public int Parse() => DocumentSymbol.Parse(Known.AsSpan()).Value.Number;
}
