using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>Reading and writing a dataset of 63 unions with 10 congresses each. The baseline only parses the same
/// bytes into a <see cref="JsonDocument"/>, so the ratios show what binding and checking every rule cost.</summary>
[MemoryDiagnoser]
public class DatasetJsonBenchmarks
{
    private static readonly LocalDate Today = new(2100, 1, 1);
    private UnionDataset dataset = null!;
    private byte[] utf8 = [];

    /// <summary>Builds the dataset and its JSON.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var name = new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO");
        var unions = new List<UnionDraft> { new(UnionId.Parse("vufo"), OrganizationLevel.Central, [name]) { Congresses = Congresses() } };
        for (var i = 1; i < 63; i++)
        {
            var draft = new UnionDraft(UnionId.Parse($"province-{i}"), OrganizationLevel.Provincial, [new UnionName($"Liên hiệp các tổ chức hữu nghị tỉnh {i}", $"Province {i} Union")])
            {
                Parent = UnionId.Parse("vufo"),
                Founded = new PartialDate(1970 + (i % 10)),
                Congresses = Congresses(),
            };
            unions.Add(draft);
        }

        dataset = UnionDataset.Create(new DatasetDraft { Unions = unions }, Today);
        utf8 = Encoding.UTF8.GetBytes(DatasetJson.Write(dataset));
    }

    /// <summary>Baseline: parses the bytes into a DOM only.</summary>
    /// <returns>The number of unions.</returns>
    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var document = JsonDocument.Parse(utf8);
        return document.RootElement.GetProperty("unions").GetArrayLength();
    }

    /// <summary>Reads the dataset, checking every rule.</summary>
    /// <returns>The number of unions.</returns>
    [Benchmark]
    public int Read() => DatasetJson.TryRead(utf8, Today, null, out var read, out _) ? read.Unions.Count : -1;

    /// <summary>Writes the dataset.</summary>
    /// <returns>The number of bytes.</returns>
    [Benchmark]
    public int Write()
    {
        using var stream = new MemoryStream(utf8.Length);
        DatasetJson.Write(dataset, stream);
        return (int)stream.Length;
    }

    private static Congress[] Congresses() => Enumerable.Range(0, 10)
        .Select(i => new Congress(i + 1, PartialDate.FromLocalDate(new LocalDate(1980 + (5 * i), 5, 14)), TermLabel.FromYears(1980 + (5 * i), 1985 + (5 * i))))
        .ToArray();
}
