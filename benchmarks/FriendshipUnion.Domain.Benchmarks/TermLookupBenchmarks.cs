using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>As-of term lookup in a union with 100 terms: the bisecting lookup against a linear scan over the
/// congresses. The lookup should allocate nothing.</summary>
[MemoryDiagnoser]
public class TermLookupBenchmarks
{
    private Union union = null!;
    private LocalDate[] probes = [];

    /// <summary>Builds a union with 100 terms and 1,024 probe dates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var congresses = Enumerable.Range(0, 100)
            .Select(i => new Congress(i + 1, PartialDate.FromLocalDate(new LocalDate(1500 + (5 * i), 3, 1 + (i % 28))), TermLabel.FromYears(1500 + (5 * i), 1505 + (5 * i))))
            .ToArray();
        var draft = new UnionDraft(UnionId.Parse("bench"), OrganizationLevel.Central, [new UnionName("Liên hiệp", "Union")]) { Congresses = congresses };
        union = UnionDataset.Create(new DatasetDraft { Unions = [draft] }, new LocalDate(2100, 1, 1)).Unions[0];
        var random = new Random(42);
        probes = Enumerable.Range(0, 1024).Select(_ => new LocalDate(1500, 1, 1).PlusDays(random.Next(0, 365 * 500))).ToArray();
    }

    /// <summary>Baseline: scans every congress for each date.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1024)]
    public int LinearScan()
    {
        var sum = 0;
        var congresses = union.Congresses;
        foreach (var probe in probes)
        {
            var found = -1;
            for (var i = 0; i < congresses.Count; i++)
            {
                if (congresses[i].Held is { } held && held.Earliest <= probe)
                {
                    found = i;
                }
            }

            sum += found;
        }

        return sum;
    }

    /// <summary>The library's lookup.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = 1024)]
    public int TermOn()
    {
        var sum = 0;
        foreach (var probe in probes)
        {
            var match = union.TermOn(probe);
            sum += match.Answer == Answer.Yes ? match.Value?.Ordinal ?? 0 : 0;
        }

        return sum;
    }
}
