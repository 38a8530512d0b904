using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>A union built for a test, with the dataset it belongs to and its other aggregates.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Union">The union.</param>
internal sealed record Built(UnionDataset Dataset, Union Union)
{
    public Leadership Leadership => Dataset.LeadershipOf(Union.Id);

    public UnionWork Work => Dataset.WorkOf(Union.Id);

    /// <summary>Gets the union's whole description as the dataset holds it.</summary>
    public UnionDraft Draft => Dataset.ToDraft().Unions.Single(u => u.Id == Union.Id);

    public IReadOnlyList<IDomainEvent> TakeDomainEvents() => Dataset.TakeDomainEvents();
}

/// <summary>Small builders for example-based tests.</summary>
internal static class Build
{
    internal static readonly LocalDate Today = new(2026, 11, 22);

    internal static readonly UnionId Vufo = UnionId.Parse("vufo");

    /// <summary>The people every test dataset holds: a to h.</summary>
    internal static readonly PersonId[] TestPeople = "abcdefgh".Select(c => PersonId.Parse(c.ToString())).ToArray();

    internal static UnionId Id(string text) => UnionId.Parse(text);

    internal static PartialDate Date(string text) => PartialDate.Parse(text);

    internal static Congress Congress(int ordinal, string? held, string label) =>
        new(ordinal, held is null ? null : PartialDate.Parse(held), TermLabel.Parse(label));

    internal static UnionDraft Provincial(params Congress[] congresses) =>
        new(Id("nghe-an"), OrganizationLevel.Provincial, [new UnionName("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An", "Nghe An Union of Friendship Organizations")])
        {
            Parent = Vufo,
            Founded = Date("1988-07-18"),
            Congresses = congresses,
        };

    /// <summary>The central union, with no history: the parent the provincial drafts name.</summary>
    internal static UnionDraft Central() => new(Vufo, OrganizationLevel.Central, [new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "Vietnam Union of Friendship Organizations")]);

    /// <summary>A dataset description holding the drafts — and VUFO first when a draft names it as parent and it is not
    /// among them — with a person for every id their leadership names, and the documents.</summary>
    internal static DatasetDraft DatasetOf(IEnumerable<UnionDraft> drafts, IEnumerable<LegalDocument>? documents = null)
    {
        var unions = drafts.ToList();
        if (unions.Exists(u => u.Parent == Vufo) && !unions.Exists(u => u.Id == Vufo))
        {
            unions.Insert(0, Central());
        }

        var people = TestPeople.Concat(unions.SelectMany(u => u.Leadership).SelectMany(c => c.Facts).Select(f => f.Person)).Distinct()
            .Select(p => new Person(p, p.Value)).ToArray();
        return new DatasetDraft { People = people, Documents = documents?.ToArray() ?? [], Unions = unions };
    }

    /// <summary>A dataset of the drafts (see <see cref="DatasetOf"/>), its creation events taken.</summary>
    internal static UnionDataset Dataset(IEnumerable<UnionDraft> drafts, IEnumerable<LegalDocument>? documents = null, LocalDate? today = null, RuleCatalog? rules = null)
    {
        var dataset = UnionDataset.Create(DatasetOf(drafts, documents), today ?? Today, new DatasetOptions { Rules = rules ?? RuleCatalog.Default });
        dataset.TakeDomainEvents();
        return dataset;
    }

    /// <summary>The union of a draft, in a dataset of its own (with VUFO as its parent).</summary>
    internal static Built InDataset(UnionDraft draft, IEnumerable<LegalDocument>? documents = null, LocalDate? today = null, RuleCatalog? rules = null)
    {
        var dataset = Dataset([draft], documents, today, rules);
        return new Built(dataset, dataset.Find(draft.Id)!);
    }

    /// <summary>Checks a union's description on its own — its own rules, its leadership and its work, but not the rules
    /// across unions — with a person for every id its leadership names and, unless documents are given, a document
    /// for every symbol its work names. Paths are relative to the union.</summary>
    internal static IReadOnlyList<RuleViolation> Validate(UnionDraft draft, LocalDate? today, RuleCatalog? rules = null, IEnumerable<LegalDocument>? documents = null)
    {
        var description = DatasetOf([draft], documents ?? Placeholders(draft)) with { Unions = [draft] };
        var sink = new List<RuleViolation>();
        UnionDataset.CheckPartly(description, [0], today, rules ?? RuleCatalog.Default, sink);
        const string prefix = "unions[0]";
        return sink
            .Select(v => v.Path is { } path && path.StartsWith(prefix, StringComparison.Ordinal) ? v with { Path = path[prefix.Length..].TrimStart('.') } : v)
            .ToArray();
    }

    /// <summary>A document, known by nothing but its symbol, for every symbol a union's work names.</summary>
    internal static LegalDocument[] Placeholders(UnionDraft draft) =>
        draft.Plans.Select(p => p.Document)
            .Concat(draft.Programmes.SelectMany(p => p.Tasks).SelectMany(t => t.Carries))
            .Distinct()
            .Select(symbol => new LegalDocument(symbol, "Issuer"))
            .ToArray();

    internal static Built NgheAn(IEnumerable<LegalDocument>? documents = null) => InDataset(
        Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2024-09-17", "2024–2029")),
        documents);

    internal static string[] Codes(IEnumerable<RuleViolation> violations) => violations.Select(v => v.Code).ToArray();

    internal static PersonId Person(string id) => PersonId.Parse(id);

    /// <summary>Replaces the first occurrence of <paramref name="find"/>, which must occur, in a test document.</summary>
    internal static string ReplaceOnce(string source, string find, string replace)
    {
        Assert.Contains(find, source, StringComparison.Ordinal);
        var at = source.IndexOf(find, StringComparison.Ordinal);
        return source[..at] + replace + source[(at + find.Length)..];
    }

    internal static LeadershipChange Change(int term, string date, params OfficeFact[] facts) => new(term, Date(date), facts);

    /// <summary>Nghe An's 5th and 6th terms with the given bodies and leadership history.</summary>
    internal static UnionDraft WithLeadership(IReadOnlyList<CommitteeBody> bodies, params LeadershipChange[] history) =>
        Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2024-09-17", "2024–2029")) with { Bodies = bodies, Leadership = history };

    /// <summary>The 6th term seated at its congress: a (President), b (Permanent Vice President) and c, all on the
    /// Executive Committee; a and b on the Standing Committee.</summary>
    internal static LeadershipChange Seated() => Change(6, "2024-09-17",
        OfficeFact.ElectedAtCongress(Person("a"), Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("b"), Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("c"), Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("a"), Office.StandingCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("b"), Office.StandingCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("a"), Office.President),
        OfficeFact.ElectedAtCongress(Person("b"), Office.PermanentVicePresident));
}
