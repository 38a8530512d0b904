using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Committees;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>Who held the presidency on a date, over a history of 10,000 changes: the library's bisecting lookup
/// against a linear scan over every tenure. The lookup should allocate nothing.</summary>
[MemoryDiagnoser]
public class HolderQueryBenchmarks
{
    private Leadership leadership = null!;
    private LocalDate[] probes = [];

    /// <summary>Builds the history and 1,024 probe dates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        leadership = LeadershipHistory.Build();
        probes = LeadershipHistory.Probes(1024);
    }

    /// <summary>Baseline: scans every tenure for each date.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1024)]
    public int LinearScan()
    {
        var sum = 0;
        var tenures = leadership.Tenures;
        foreach (var probe in probes)
        {
            for (var i = 0; i < tenures.Count; i++)
            {
                if (tenures[i].Office == Office.President && tenures[i].HoldsOn(probe) == Answer.Yes)
                {
                    sum += i;
                }
            }
        }

        return sum;
    }

    /// <summary>The library's lookup.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = 1024)]
    public int HolderOn()
    {
        var sum = 0;
        foreach (var probe in probes)
        {
            var holder = leadership.HolderOn(Office.President, probe);
            sum += holder.Answer == Answer.Yes && holder.Value is { } tenure ? tenure.Term : 0;
        }

        return sum;
    }
}

/// <summary>A body's roster on a date, over a history of 10,000 changes: the library's term-indexed query against a
/// linear scan over every tenure.</summary>
[MemoryDiagnoser]
public class RosterQueryBenchmarks
{
    private Leadership leadership = null!;
    private LocalDate[] probes = [];

    /// <summary>Builds the history and 64 probe dates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        leadership = LeadershipHistory.Build();
        probes = LeadershipHistory.Probes(64);
    }

    /// <summary>Baseline: scans every tenure for each date, collecting the Executive Committee's members.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 64)]
    public int LinearScan()
    {
        var sum = 0;
        foreach (var probe in probes)
        {
            var members = new List<Tenure>();
            foreach (var tenure in leadership.Tenures)
            {
                if (tenure.Office == Office.ExecutiveCommitteeMember && tenure.HoldsOn(probe) != Answer.No)
                {
                    members.Add(tenure);
                }
            }

            sum += members.Count;
        }

        return sum;
    }

    /// <summary>The library's roster query.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = 64)]
    public int RosterOn()
    {
        var sum = 0;
        foreach (var probe in probes)
        {
            sum += leadership.RosterOn(BodyKind.ExecutiveCommittee, probe).Recorded;
        }

        return sum;
    }
}
