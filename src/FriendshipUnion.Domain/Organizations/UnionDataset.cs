using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// A set of unions that refer to each other (parents, successors) and the people named in their leadership, such
/// as the embedded default dataset or a dataset read from JSON. Each union is valid by construction; the dataset adds
/// the rules across unions: ids are unique, parents and successors exist, a provincial union's parent is the central
/// union, every person a leadership change names is in the dataset's directory, and every document a work programme
/// or an implementation plan names is in the dataset's document registry (and in force on the plan's date).
/// </summary>
public sealed class UnionDataset
{
    private readonly Dictionary<UnionId, Union> byId;

    private UnionDataset(Union[] unions, PersonDirectory people, DocumentRegistry documents, AidLedger? aid = null, ExchangeRateTable? rates = null)
    {
        Unions = new ReadOnlyCollection<Union>(unions);
        People = people;
        Documents = documents;
        byId = unions.ToDictionary(u => u.Id);
        Aid = aid ?? AidLedger.Create();
        Rates = rates ?? ExchangeRateTable.Empty;
    }

    /// <summary>Gets the ledger of foreign non-governmental aid the unions mobilised (empty when the dataset has none).</summary>
    public AidLedger Aid { get; }

    /// <summary>Gets the exchange rates the aid reports convert with (empty when the dataset has none).</summary>
    public ExchangeRateTable Rates { get; }

    /// <summary>Gets the unions, in dataset order.</summary>
    public IReadOnlyList<Union> Unions { get; }

    /// <summary>Gets the people named in the unions' leadership.</summary>
    public PersonDirectory People { get; }

    /// <summary>Gets the directives, resolutions, decrees and other documents the unions implement or cite.</summary>
    public DocumentRegistry Documents { get; }

    /// <summary>Creates a dataset with no people, checking the rules across unions.</summary>
    /// <param name="unions">The unions; their leadership histories must name nobody.</param>
    /// <param name="rules">The catalogue of the rules across unions; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unions"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">A rule across unions is broken; every violation is listed, with
    /// paths such as <c>unions[2].parent</c>.</exception>
    public static UnionDataset Create(IEnumerable<Union> unions, RuleCatalog? rules = null) => Create(unions, [], rules);

    /// <summary>Creates a dataset, checking the rules across unions and people.</summary>
    /// <param name="unions">The unions.</param>
    /// <param name="people">The people their leadership histories name.</param>
    /// <param name="rules">The catalogue of the rules across unions; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="RuleViolationException">A rule across unions is broken; every violation is listed, with
    /// paths such as <c>unions[2].parent</c> or <c>people[3].id</c>.</exception>
    public static UnionDataset Create(IEnumerable<Union> unions, IEnumerable<Person> people, RuleCatalog? rules = null) =>
        Create(unions, people, DocumentRegistry.Empty, rules);

    /// <summary>Creates a dataset, checking the rules across unions, people and documents.</summary>
    /// <param name="unions">The unions.</param>
    /// <param name="people">The people their leadership histories name.</param>
    /// <param name="documents">The documents their work programmes and plans name.</param>
    /// <param name="rules">The catalogue of the rules across unions; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="RuleViolationException">A rule across unions is broken; every violation is listed, with
    /// paths such as <c>unions[2].parent</c> or <c>unions[1].plans[0].document</c>.</exception>
    public static UnionDataset Create(IEnumerable<Union> unions, IEnumerable<Person> people, DocumentRegistry documents, RuleCatalog? rules = null)
    {
        ArgumentNullException.ThrowIfNull(unions);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(documents);
        var array = unions.ToArray();
        foreach (var union in array)
        {
            ArgumentNullException.ThrowIfNull(union, nameof(unions));
        }

        var persons = people.ToArray();
        foreach (var person in persons)
        {
            ArgumentNullException.ThrowIfNull(person, nameof(people));
        }

        var violations = new List<RuleViolation>();
        CheckAcross(array.Select(u => u.ToDraft()).ToArray(), persons, documents, rules ?? RuleCatalog.Default, violations);
        return violations.Count > 0 ? throw new RuleViolationException(violations) : new UnionDataset(array, PersonDirectory.CreateUnchecked(persons), documents);
    }

    /// <summary>Checks every rule of a dataset — each union's own rules and the rules across unions — on the unions'
    /// descriptions, without creating anything.</summary>
    /// <param name="unions">The unions' descriptions, in dataset order.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock; <see langword="null"/> skips them.</param>
    /// <param name="rules">The catalogue to check against; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>Every violation, with paths such as <c>unions[2].congresses[1].held</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unions"/> is null or holds null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(IReadOnlyList<UnionDraft> unions, LocalDate? today, RuleCatalog? rules = null) =>
        Validate(unions, [], today, rules);

    /// <summary>Checks every rule of a dataset — each union's own rules and the rules across unions and people — on
    /// the descriptions, without creating anything.</summary>
    /// <param name="unions">The unions' descriptions, in dataset order.</param>
    /// <param name="people">The people the leadership histories name.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock; <see langword="null"/> skips them.</param>
    /// <param name="rules">The catalogue to check against; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>Every violation, with paths such as <c>unions[2].leadership[1].facts[0].person</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unions"/> or <paramref name="people"/> is null or holds null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(IReadOnlyList<UnionDraft> unions, IReadOnlyList<Person> people, LocalDate? today, RuleCatalog? rules = null) =>
        Validate(unions, people, [], today, rules);

    /// <summary>Checks every rule of a dataset — each union's own rules, the registry's rules and the rules across
    /// unions, people and documents — on the descriptions, without creating anything.</summary>
    /// <param name="unions">The unions' descriptions, in dataset order.</param>
    /// <param name="people">The people the leadership histories name.</param>
    /// <param name="documents">The documents the work programmes and plans name.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock; <see langword="null"/> skips them.</param>
    /// <param name="rules">The catalogue to check against; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>Every violation, with paths such as <c>documents[3].relations[0].target</c> or
    /// <c>unions[1].plans[0].document</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(IReadOnlyList<UnionDraft> unions, IReadOnlyList<Person> people, IReadOnlyList<LegalDocument> documents, LocalDate? today, RuleCatalog? rules = null)
    {
        ArgumentNullException.ThrowIfNull(unions);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var person in people)
        {
            ArgumentNullException.ThrowIfNull(person, nameof(people));
        }

        rules ??= RuleCatalog.Default;
        var sink = new List<RuleViolation>();
        for (var i = 0; i < unions.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(unions[i], nameof(unions));
            var prefix = $"unions[{i}]";
            sink.AddRange(UnionRules.Check(unions[i], rules, today).Select(v => v.Under(prefix)));
        }

        var documentProblems = DocumentRegistry.Validate(documents, rules);
        sink.AddRange(documentProblems);
        CheckAcross(unions, people, documentProblems.Count == 0 ? DocumentRegistry.CreateUnchecked(documents) : null, rules, sink);
        return sink;
    }

    /// <summary>Checks the rules across unions, people and documents; the document rules are skipped when
    /// <paramref name="documents"/> is null (the registry itself is invalid and reported).</summary>
    internal static void CheckAcross(IReadOnlyList<UnionDraft> unions, IReadOnlyList<Person> people, DocumentRegistry? documents, RuleCatalog rules, List<RuleViolation> sink, string pathPrefix = "")
    {
        if (documents is not null)
        {
            for (var i = 0; i < unions.Count; i++)
            {
                ImplementationRules.CheckDocuments(unions[i], documents, rules, sink, $"{pathPrefix}unions[{i}].");
            }
        }

        if (rules.Applies(RuleCodes.PersonUniqueId, null))
        {
            PersonDirectory.CheckUnique(people, sink, pathPrefix + "people");
        }

        var known = people.Select(p => p.Id).ToHashSet();
        for (var i = 0; i < unions.Count; i++)
        {
            var history = unions[i].Leadership;
            for (var j = 0; j < history.Count; j++)
            {
                for (var k = 0; k < history[j].Facts.Count; k++)
                {
                    var person = history[j].Facts[k].Person;
                    if (!known.Contains(person) && rules.Applies(RuleCodes.PersonExists, history[j].Date.Earliest))
                    {
                        sink.Add(new RuleViolation(RuleCodes.PersonExists, $"'{person}' is not a person of the dataset.", $"{pathPrefix}unions[{i}].leadership[{j}].facts[{k}].person", person.Value));
                    }
                }
            }
        }

        var levels = new Dictionary<UnionId, OrganizationLevel>();
        for (var i = 0; i < unions.Count; i++)
        {
            if (!levels.TryAdd(unions[i].Id, unions[i].Level) && rules.Applies(RuleCodes.UnionUniqueId, null))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionUniqueId, $"The union id '{unions[i].Id}' is used twice.", $"{pathPrefix}unions[{i}].id", unions[i].Id.Value));
            }
        }

        for (var i = 0; i < unions.Count; i++)
        {
            var union = unions[i];
            if (union.Parent is { } parent && rules.Applies(RuleCodes.UnionParentExists, null))
            {
                if (!levels.TryGetValue(parent, out var parentLevel))
                {
                    sink.Add(new RuleViolation(RuleCodes.UnionParentExists, $"The parent '{parent}' of '{union.Id}' is not in the dataset.", $"{pathPrefix}unions[{i}].parent", parent.Value));
                }
                else if (parentLevel != OrganizationLevel.Central && rules.Applies(RuleCodes.UnionParentLevel, null))
                {
                    sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, $"The parent '{parent}' of '{union.Id}' must be the central union.", $"{pathPrefix}unions[{i}].parent", parent.Value));
                }
            }

            if (union.Succession?.Successor is { } successor && successor != union.Id && !levels.ContainsKey(successor) && rules.Applies(RuleCodes.UnionSuccessorExists, null))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionSuccessorExists, $"The successor '{successor}' of '{union.Id}' is not in the dataset.", $"{pathPrefix}unions[{i}].succession.successor", successor.Value));
            }
        }
    }

    /// <summary>Returns this dataset with an aid ledger and exchange rates, checking that every activity, summary entry
    /// and closing of the books names a union of the dataset (<c>ledger.union-exists</c>).</summary>
    /// <param name="aid">The ledger; the dataset holds it as it is.</param>
    /// <param name="rates">The exchange rates.</param>
    /// <returns>A new dataset; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">The ledger names a union that is not in the dataset.</exception>
    public UnionDataset WithAid(AidLedger aid, ExchangeRateTable rates)
    {
        ArgumentNullException.ThrowIfNull(aid);
        ArgumentNullException.ThrowIfNull(rates);
        var violations = new List<RuleViolation>();
        CheckAidUnions(aid, byId.ContainsKey, violations, "aid.");
        return violations.Count > 0 ? throw new RuleViolationException(violations) : new UnionDataset([.. Unions], People, Documents, aid, rates);
    }

    /// <summary>Builds a report of the aid ledger, converting at the dataset's rates and naming each union's terms.</summary>
    /// <param name="query">What to report.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="RuleViolationException">An entry has no rate for its value date (<c>report.rate-available</c>).</exception>
    public AidReport ReportAid(AidReportQuery query) => Domain.Aid.AidReport.Build(Aid, Rates, query, TermOf);

    internal static void CheckAidUnions(AidLedger aid, Func<UnionId, bool> exists, List<RuleViolation> sink, string pathPrefix)
    {
        for (var i = 0; i < aid.Activities.Count; i++)
        {
            var union = aid.Activities[i].Union;
            if (!exists(union))
            {
                sink.Add(new RuleViolation(RuleCodes.LedgerUnionExists, $"Activity '{aid.Activities[i].Id}' names union '{union}', which is not in the dataset.", $"{pathPrefix}activities[{i}].union", union.Value));
            }
        }

        for (var i = 0; i < aid.Transactions.Count; i++)
        {
            if (aid.Transactions[i].Summary is { } summary && !exists(summary.Union))
            {
                sink.Add(new RuleViolation(RuleCodes.LedgerUnionExists, $"Summary entry '{aid.Transactions[i].Id}' names union '{summary.Union}', which is not in the dataset.", $"{pathPrefix}transactions[{i}].summary.union", summary.Union.Value));
            }
        }

        foreach (var union in aid.ClosedThrough.Keys.Where(u => !exists(u)))
        {
            sink.Add(new RuleViolation(RuleCodes.LedgerUnionExists, $"The books of union '{union}' are closed, but it is not in the dataset.", $"{pathPrefix}closedBooks", union.Value));
        }
    }

    /// <summary>Finds a union by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The union, or <see langword="null"/> when the dataset has none with that id.</returns>
    public Union? Find(UnionId id) => byId.GetValueOrDefault(id);

    /// <summary>Lists a person's tenures across every union and term, union by union in dataset order, each union's
    /// in the order they began.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The tenures; empty when the person held nothing.</returns>
    public IReadOnlyList<Tenure> RecordOf(PersonId person) => Unions.SelectMany(u => u.Leadership.RecordOf(person)).ToArray();

    /// <summary>Lists the documents a union is implementing on a date, with the programme's tasks and the plans'
    /// status (see <see cref="Union.ImplementationOn(LocalDate, DocumentRegistry)"/>).</summary>
    /// <param name="union">The union's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The documents and the work on each.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no union with that id.</exception>
    public IReadOnlyList<DocumentWork> ImplementationOn(UnionId union, LocalDate date) =>
        (Find(union) ?? throw new KeyNotFoundException($"The dataset has no union '{union}'.")).ImplementationOn(date, Documents);

    /// <summary>Tells whether another dataset holds the same unions, people and documents with the same content, in the same order.</summary>
    /// <param name="other">The other dataset.</param>
    /// <returns><see langword="true"/> when equal in content.</returns>
    public bool HasSameContentAs(UnionDataset? other) =>
        other is not null && Unions.Count == other.Unions.Count && Unions.Zip(other.Unions).All(p => p.First.HasSameContentAs(p.Second))
        && People.People.SequenceEqual(other.People.People) && Documents.Documents.SequenceEqual(other.Documents.Documents)
        && Aid.HasSameContentAs(other.Aid) && Rates.Policy == other.Rates.Policy && Rates.Rates.SequenceEqual(other.Rates.Rates);

    private string? TermOf(UnionId union, LocalDate date) =>
        Find(union)?.TermOn(date).Value is { } term ? $"{union}: {term.Congress.OrdinalText} congress, term {term.Label}" : null;
}
