using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>
/// Recording changes one at a time through the aggregates, every rule checked on each: leadership changes, congresses
/// and implementation plans. Each change checks what it can break, so the cost grows about linearly with the number
/// of changes (compare the rows for 1,000 and 10,000). The baseline appends the same changes to a list and indexes
/// them by person: the least a store of them must do.
/// </summary>
[MemoryDiagnoser]
public class RecordingBenchmarks
{
    private static readonly LocalDate Today = new(9999, 1, 1); // the congresses run to the year 3491
    private static readonly LocalDate Opened = new(2000, 1, 1);
    private static readonly DocumentSymbol Directive = DocumentSymbol.Parse("12-CT/TW");

    private LeadershipChange[] changes = [];
    private Congress[] congresses = [];
    private ImplementationPlan[] plans = [];
    private Person[] people = [];
    private UnionDataset dataset = null!;

    /// <summary>Gets or sets how many changes are recorded.</summary>
    [Params(1_000, 10_000)]
    public int Count { get; set; }

    /// <summary>Builds the changes: day after day a newcomer is by-elected to the Executive Committee and the one
    /// before resigns; congresses 91 days apart; plans of one term.</summary>
    [GlobalSetup]
    public void Setup()
    {
        people = Enumerable.Range(0, Count + 1).Select(i => new Person(Id(i), $"Người {i}")).ToArray();
        changes = new LeadershipChange[Count];
        changes[0] = new LeadershipChange(1, PartialDate.FromLocalDate(Opened), [OfficeFact.ElectedAtCongress(Id(0), Office.ExecutiveCommitteeMember)]);
        for (var i = 1; i < Count; i++)
        {
            changes[i] = new LeadershipChange(1, PartialDate.FromLocalDate(Opened.PlusDays(i)), [
                OfficeFact.ByElected(Id(i), Office.ExecutiveCommitteeMember),
                OfficeFact.Resigned(Id(i - 1), Office.ExecutiveCommitteeMember)]);
        }

        congresses = Enumerable.Range(0, Count)
            .Select(i => new LocalDate(1000, 1, 1).PlusDays(91 * i))
            .Select((day, i) => new Congress(i + 1, PartialDate.FromLocalDate(day), TermLabel.FromYears(day.Year, day.Year + 1)))
            .ToArray();
        plans = Enumerable.Range(0, Count)
            .Select(i => new ImplementationPlan(PlanId.Parse($"plan-{i}"), 1, Directive, PlanSchedule.Once(Opened.PlusDays(365 + (i % 365)))) { Adopted = PartialDate.FromLocalDate(Opened.PlusDays(1 + (i % 300))) })
            .ToArray();
    }

    /// <summary>A fresh dataset for each run: VUFO with its first congress, the people and the directive.</summary>
    [IterationSetup]
    public void Fresh()
    {
        var vufo = new UnionDraft(UnionId.Parse("vufo"), OrganizationLevel.Central, [new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")])
        {
            Congresses = [new Congress(1, PartialDate.FromLocalDate(Opened), TermLabel.FromYears(2000, 2005))],
        };
        var province = new UnionDraft(UnionId.Parse("province"), OrganizationLevel.Provincial, [new UnionName("Liên hiệp tỉnh", "Province")]) { Parent = vufo.Id };
        dataset = UnionDataset.Create(
            new DatasetDraft
            {
                People = people,
                Documents = [new LegalDocument(Directive, "Secretariat") { Issued = new PartialDate(1990) }],
                Unions = [vufo, province],
            },
            Today);
    }

    /// <summary>Baseline: appends the changes to a list and indexes them by person.</summary>
    /// <returns>The number of changes stored.</returns>
    [Benchmark(Baseline = true)]
    public int AppendToList()
    {
        var list = new List<LeadershipChange>();
        var byPerson = new Dictionary<PersonId, int>();
        foreach (var change in changes)
        {
            list.Add(change);
            foreach (var fact in change.Facts)
            {
                byPerson[fact.Person] = list.Count - 1;
            }
        }

        return list.Count + byPerson.Count;
    }

    /// <summary>Records the leadership changes one at a time, every leadership rule checked on each.</summary>
    /// <returns>The number of changes on record.</returns>
    [Benchmark]
    public int RecordLeadershipChanges()
    {
        var leadership = dataset.LeadershipOf(UnionId.Parse("vufo"));
        foreach (var change in changes)
        {
            leadership.RecordChange(change, Today);
        }

        return leadership.History.Count;
    }

    /// <summary>Records the congresses one at a time, every congress rule checked on each.</summary>
    /// <returns>The number of terms.</returns>
    [Benchmark]
    public int RecordCongresses()
    {
        var union = dataset.Find(UnionId.Parse("province"))!;
        foreach (var congress in congresses)
        {
            union.RecordCongress(congress, Today);
        }

        return union.Terms.Count;
    }

    /// <summary>Records the plans one at a time, every plan rule checked on each.</summary>
    /// <returns>The number of plans.</returns>
    [Benchmark]
    public int RecordPlans()
    {
        var work = dataset.WorkOf(UnionId.Parse("vufo"));
        foreach (var plan in plans)
        {
            work.RecordPlan(plan, Today);
        }

        return work.Plans.Count;
    }

    private static PersonId Id(int i) => PersonId.Parse($"p{i}");
}
