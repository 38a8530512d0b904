using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Documents;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>A compiled regular expression for the symbol grammars: the baseline the library's parser is measured
/// against. It reads only the canonical forms (no D for Đ, no spaces, no prefixes), so it does less work.</summary>
internal static class SymbolRegex
{
    internal static readonly Regex Compiled = new(
        @"^(?<n>[0-9]{1,6})(?:-(?<type>[A-Za-zĐđ]+)/(?<issuer>[A-Za-z0-9]+)|/(?:(?<year>[0-9]{4})/(?:QH(?<term>[0-9]{1,2})|(?<type>[A-Za-zĐđ]+)-(?<issuer>[A-Za-z0-9Đ]+(?:-[A-Za-z0-9Đ]+)*))|(?<first>[A-Za-zĐđ0-9]+)-(?<rest>[A-Za-z0-9Đ]+(?:-[A-Za-z0-9Đ]+)*)))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    internal static int Parse(string text)
    {
        var match = Compiled.Match(text);
        if (!match.Success)
        {
            return 0;
        }

        var type = match.Groups["type"].Success ? match.Groups["type"].ValueSpan : match.Groups["first"].ValueSpan;
        return SymbolVocabulary.Default.FindType(type) is null ? 1 : 2;
    }

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

    /// <summary>Builds the corpus.</summary>
    [GlobalSetup]
    public void Setup() => corpus = SymbolRegex.Corpus(10_000);

    /// <summary>Baseline: a compiled regular expression and a type lookup.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public int CompiledRegex()
    {
        var sum = 0;
        foreach (var text in corpus)
        {
            sum += SymbolRegex.Parse(text);
        }

        return sum;
    }

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
}

/// <summary>Parsing one known symbol, 80/2020/NĐ-CP: the library's parser should allocate nothing.</summary>
[MemoryDiagnoser]
public class KnownSymbolBenchmarks
{
    private const string Known = "80/2020/NĐ-CP";

    /// <summary>Baseline: the compiled regular expression.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public int CompiledRegex() => SymbolRegex.Parse(Known);

    /// <summary>The library's parser.</summary>
    /// <returns>The number read.</returns>
    [Benchmark]
    public int Parse() => DocumentSymbol.Parse(Known.AsSpan()).Value.Number;
}
