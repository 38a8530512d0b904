using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>
/// A synthetic dataset the size of the real network, times a scale: 63 unions (VUFO and 62 provincial unions), each with
/// 10 congresses, an executive and a standing committee per term and its leaders elected at each congress (a
/// president and two vice-presidents, people of their own), and an aid ledger of 1,000 activities with 100,000
/// entries. Every rule holds, so reading it checks every rule and refuses nothing.
/// </summary>
internal static class DatasetWorkload
{
    internal static readonly LocalDate Today = new(2100, 1, 1);

    /// <summary>The default rules, with room for the 10× document (over the default 64 MiB).</summary>
    internal static readonly DatasetOptions Options = DatasetOptions.Default with { MaxDocumentBytes = Array.MaxLength - 1 };

    internal static UnionDataset Create(int scale)
    {
        var unionCount = 63 * scale;
        var people = new List<Person>();
        var unions = new List<UnionDraft>();
        for (var u = 0; u < unionCount; u++)
        {
            var id = u == 0 ? UnionId.Parse("vufo") : UnionId.Parse($"province-{u}");
            var name = u == 0
                ? new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")
                : new UnionName($"Liên hiệp các tổ chức hữu nghị tỉnh {u}", $"Province {u} Union");
            var congresses = new List<Congress>();
            var bodies = new List<CommitteeBody>();
            var leadership = new List<LeadershipChange>();
            for (var c = 1; c <= 10; c++)
            {
                var held = new LocalDate(1975 + (5 * c), 5, 14);
                congresses.Add(new Congress(c, PartialDate.FromLocalDate(held), TermLabel.FromYears(held.Year, held.Year + 5)));
                bodies.Add(new CommitteeBody(c, BodyKind.ExecutiveCommittee, 31));
                bodies.Add(new CommitteeBody(c, BodyKind.StandingCommittee, 9));
                var president = Person(people, u, c, 0, "Nguyễn Văn");
                var first = Person(people, u, c, 1, "Trần Thị");
                var second = Person(people, u, c, 2, "Lê Minh");
                leadership.Add(new LeadershipChange(c, PartialDate.FromLocalDate(held), [.. Leader(president, Office.President), .. Leader(first, Office.VicePresident), .. Leader(second, Office.VicePresident)]));
            }

            unions.Add(new UnionDraft(id, u == 0 ? OrganizationLevel.Central : OrganizationLevel.Provincial, [name])
            {
                Parent = u == 0 ? null : UnionId.Parse("vufo"),
                Founded = new PartialDate(1950 + (u % 25)),
                Congresses = congresses,
                Bodies = bodies,
                Leadership = leadership,
            });
        }

        var dataset = UnionDataset.Create(new DatasetDraft { People = people, Unions = unions }, Today);
        Ledger(dataset.Aid, unions, 100_000 * scale);
        dataset.TakeDomainEvents();
        return dataset;
    }

    // A leader is elected to the executive and standing committees, and to the office, at the congress.
    private static OfficeFact[] Leader(PersonId person, Office office) =>
    [
        OfficeFact.ElectedAtCongress(person, Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(person, Office.StandingCommitteeMember),
        OfficeFact.ElectedAtCongress(person, office),
    ];

    private static PersonId Person(List<Person> people, int union, int congress, int seat, string family)
    {
        var id = PersonId.Parse($"p-{union}-{congress}-{seat}");
        people.Add(new Person(id, $"{family} {union}-{congress}-{seat}"));
        return id;
    }

    // The activities and entries of AidWorkload (a receipt, then a smaller disbursement, per activity in turn), the
    // activities spread over the unions.
    private static void Ledger(AidLedger ledger, List<UnionDraft> unions, int entries)
    {
        AidWorkload.AddActivities(ledger, i => unions[i % unions.Count].Id);
        foreach (var entry in AidWorkload.Entries(entries))
        {
            ledger.Post(entry, AidWorkload.Today);
        }
    }
}

/// <summary>
/// Reading the dataset (<see cref="DatasetWorkload"/>) with every rule checked, against the baseline the issue names:
/// System.Text.Json's source-generated deserialization of the same bytes into the format's plain types (the
/// library's own contract), without mapping to the model or checking a rule.
/// </summary>
[MemoryDiagnoser]
public class DatasetReadBenchmarks
{
    private byte[] utf8 = [];

    /// <summary>Gets or sets the dataset's size: 1 is 63 unions and 100,000 ledger entries, 10 ten times that.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    /// <summary>Builds the dataset and its JSON, and checks that it reads back whole.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dataset = DatasetWorkload.Create(Scale);
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        utf8 = stream.ToArray();
        if (!DatasetJson.TryRead(utf8, DatasetWorkload.Today, DatasetWorkload.Options, out var read, out var violations) || read.Aid.Transactions.Count != dataset.Aid.Transactions.Count)
        {
            throw new InvalidOperationException($"The dataset does not read back: {string.Join("; ", violations.Take(5))}");
        }
    }

    /// <summary>Baseline: deserializes the bytes into the format's plain types, source-generated, nothing more.</summary>
    /// <returns>The number of ledger entries.</returns>
    [Benchmark(Baseline = true)]
    public int DeserializePlainTypes() =>
        JsonSerializer.Deserialize(utf8, DatasetJsonContext.Files.DatasetDocument)?.Aid?.Transactions?.Count ?? -1;

    /// <summary>Reads the dataset into the model, checking every rule.</summary>
    /// <returns>The number of ledger entries.</returns>
    [Benchmark]
    public int Read() => DatasetJson.TryRead(utf8, DatasetWorkload.Today, DatasetWorkload.Options, out var read, out _) ? read.Aid.Transactions.Count : -1;
}

/// <summary>Writing the dataset (<see cref="DatasetWorkload"/>), against the baseline the issue names:
/// System.Text.Json's source-generated serialization of the format's plain types, already built.</summary>
[MemoryDiagnoser]
public class DatasetWriteBenchmarks
{
    private UnionDataset dataset = null!;
    private DatasetDocument document = null!;
    private int length;

    /// <summary>Gets or sets the dataset's size: 1 is 63 unions and 100,000 ledger entries, 10 ten times that.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    /// <summary>Builds the dataset and its plain types.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = DatasetWorkload.Create(Scale);
        document = DatasetMapper.ToDocument(dataset);
        length = SerializePlainTypes();
        if (Write() != length)
        {
            throw new InvalidOperationException("The baseline does not write the same document.");
        }
    }

    /// <summary>Baseline: serializes the plain types, source-generated.</summary>
    /// <returns>The number of bytes.</returns>
    [Benchmark(Baseline = true)]
    public int SerializePlainTypes()
    {
        using var stream = new MemoryStream(length);
        JsonSerializer.Serialize(stream, document, DatasetJsonContext.Files.DatasetDocument);
        return (int)stream.Length;
    }

    /// <summary>Writes the dataset.</summary>
    /// <returns>The number of bytes.</returns>
    [Benchmark]
    public int Write()
    {
        using var stream = new MemoryStream(length);
        DatasetJson.Write(dataset, stream);
        return (int)stream.Length;
    }
}
