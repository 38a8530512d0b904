using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Provinces;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Datasets;

/// <summary>
/// A set of unions with their leadership and implementation work, the people and documents they name, the ledger of
/// foreign non-governmental aid and its exchange rates: the consistency boundary of the model. Every rule that spans
/// aggregates — people, documents, parents and successors, currencies, a union's terms for its leadership — is checked
/// where the change is made, whether the change is made here (<see cref="Establish(UnionDraft, LocalDate)"/>,
/// <see cref="AddPeople"/>, <see cref="AddDocuments"/>, <see cref="SetExchangeRates"/>) or on an aggregate found here
/// (a <see cref="Union"/>, its <see cref="Leadership"/>, its <see cref="UnionWork"/>, the <see cref="Aid"/> ledger).
/// So no sequence of accepted changes makes a dataset that breaks a rule, and everything the dataset holds is written
/// and read back alike. Every change records a complete domain event in <see cref="DomainEvents"/>, in the order the
/// changes happened; <see cref="Replay"/> rebuilds an equal dataset from them.
/// </summary>
public sealed class UnionDataset
{
    private readonly EventLog events = new();
    private readonly List<UnionEntry> entries = [];
    private readonly List<Union> unions = [];
    private readonly Dictionary<UnionId, UnionEntry> byId = [];
    private readonly PersonDirectory people;
    private readonly List<Province> provinces = [];
    private readonly Dictionary<ProvinceId, Province> provinceById = [];

    private UnionDataset(DatasetOptions options, IEnumerable<Person> people, DocumentRegistry documents)
    {
        Options = options;
        this.people = PersonDirectory.CreateUnchecked([.. people]);
        Documents = documents;
        Unions = unions.AsReadOnly();
        this.Provinces = provinces.AsReadOnly();
        DomainEvents = events;
        Aid = AidLedger.CreateFor(options.Rules, new AidContext(this), events);
    }

    /// <summary>Gets the rule catalogue and the currency table the dataset is checked against.</summary>
    public DatasetOptions Options { get; }

    /// <summary>Gets the unions, in the order they were established.</summary>
    public IReadOnlyList<Union> Unions { get; }

    /// <summary>Gets the people named in the unions' leadership (the directory grows as people are added).</summary>
    public PersonDirectory People => people;

    /// <summary>Gets the provinces the unions serve, as administrative units over time.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Gets the directives, resolutions, decrees and other documents the unions implement or cite.</summary>
    public DocumentRegistry Documents { get; private set; }

    /// <summary>Gets the ledger of foreign non-governmental aid the unions mobilised. Its changes are checked against
    /// the dataset's unions and currencies too, and recorded with the dataset's events.</summary>
    public AidLedger Aid { get; }

    /// <summary>Gets the exchange rates the aid reports convert with (empty until set).</summary>
    public ExchangeRateTable Rates { get; private set; } = ExchangeRateTable.Empty;

    /// <summary>Gets the events recorded since they were last taken, from every aggregate of the dataset, in the
    /// order the changes happened.</summary>
    public IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    /// <summary>Gets what the dataset is, in a sentence or two for its readers, if it says.</summary>
    public string? Description { get; private set; }

    /// <summary>Gets the schema the dataset's files name for editors (their <c>$schema</c> member), if any.</summary>
    public string? SchemaReference { get; private set; }

    /// <summary>Creates an empty dataset.</summary>
    /// <param name="options">The rules and currencies to check against; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    public static UnionDataset Create(DatasetOptions? options = null) => new(options ?? DatasetOptions.Default, [], DocumentRegistry.Empty);

    /// <summary>Creates a dataset from a complete description, checking every rule at once, and records the events
    /// that establish what it holds.</summary>
    /// <param name="draft">The description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="options">The rules and currencies to check against; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed with its path, such as
    /// <c>unions[1].congresses[2].held</c>.</exception>
    public static UnionDataset Create(DatasetDraft draft, LocalDate today, DatasetOptions? options = null)
    {
        Outcome.ThrowIfRefused(TryCreate(draft, today, options, out var dataset, out var violations), violations);
        return dataset!;
    }

    /// <summary>Creates a dataset from a complete description, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="draft">The description.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="options">The rules and currencies to check against; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed with its path.</exception>
    public static UnionDataset Create(DatasetDraft draft, IClock clock, DatasetOptions? options = null) => Create(draft, VietnamTime.Today(clock), options);

    /// <summary>Tries to create a dataset from a complete description, returning every violation instead of throwing.</summary>
    /// <param name="draft">The description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="options">The rules and currencies to check against; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <param name="dataset">The dataset, or <see langword="null"/> when a rule is broken.</param>
    /// <param name="violations">Every violation, with its path; empty on success.</param>
    /// <returns><see langword="true"/> when the dataset was created.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static bool TryCreate(DatasetDraft draft, LocalDate today, DatasetOptions? options, [NotNullWhen(true)] out UnionDataset? dataset, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(draft);
        options ??= DatasetOptions.Default;
        var found = new List<RuleViolation>();
        var checkedUnions = Check(draft, today, options.Rules, found);
        violations = found;
        if (found.Count > 0)
        {
            dataset = null;
            return false;
        }

        dataset = new UnionDataset(options, draft.People, DocumentRegistry.CreateUnchecked(draft.Documents));
        if (draft.Description is not null || draft.SchemaReference is not null)
        {
            dataset.Describe(draft.Description, draft.SchemaReference);
        }

        if (draft.People.Count > 0)
        {
            dataset.events.Add(new PeopleAdded(draft.People));
        }

        if (draft.Documents.Count > 0)
        {
            dataset.events.Add(new DocumentsAdded(draft.Documents));
        }

        if (draft.Provinces.Count > 0)
        {
            dataset.AppendProvinces(draft.Provinces);
        }

        foreach (var (union, state) in checkedUnions)
        {
            dataset.Add(union, state);
        }

        return true;
    }

    /// <summary>Checks every rule of a dataset on its description, without creating anything.</summary>
    /// <param name="draft">The description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock; <see langword="null"/> skips them.</param>
    /// <param name="options">The rules to check against; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>Every violation, with its path; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(DatasetDraft draft, LocalDate? today, DatasetOptions? options = null)
    {
        Guard.Against.Null(draft);
        var found = new List<RuleViolation>();
        Check(draft, today, (options ?? DatasetOptions.Default).Rules, found);
        return found;
    }

    /// <summary>
    /// Rebuilds a dataset from the events another recorded: the description they make is checked as a whole, as a
    /// file is on load (the rules that look at today are not: the events were checked when they happened), and the
    /// ledger's events are applied in order. The rebuilt dataset records no events of its own.
    /// </summary>
    /// <param name="history">The events, oldest first, as <see cref="TakeDomainEvents"/> returns them.</param>
    /// <param name="options">The rules and currencies; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An event names a union that no earlier event established, or the events
    /// are not a history a dataset recorded.</exception>
    /// <exception cref="RuleViolationException">The description the events make breaks a rule.</exception>
    public static UnionDataset Replay(IEnumerable<IDomainEvent> history, DatasetOptions? options = null)
    {
        Guard.Against.Null(history);
        var fold = new EventFold();
        var aid = new List<IDomainEvent>();
        ExchangeRateTable? rates = null;
        foreach (var happened in history)
        {
            Guard.Against.Null(happened, nameof(history));
            switch (happened)
            {
                case ExchangeRatesSet e:
                    rates = e.Rates;
                    break;
                case PartyRegistered or AidActivityProposed or AidActivityStatusChanged or AidTransactionPosted or AidBooksClosed:
                    aid.Add(happened);
                    break;
                default:
                    fold.Apply(happened);
                    break;
            }
        }

        var dataset = Create(fold.ToDraft(), LocalDate.MaxIsoValue, options);
        dataset.Aid.Apply(aid);
        dataset.Rates = rates ?? ExchangeRateTable.Empty;
        dataset.events.Clear();
        return dataset;
    }

    /// <summary>Removes and returns the recorded events, oldest first.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = events.ToArray();
        events.Clear();
        return taken;
    }

    /// <summary>Returns the dataset's people, documents and unions, each union with its leadership and work, as a
    /// description (its aid ledger and exchange rates are not part of it).</summary>
    /// <returns>The description; changing it does not change the dataset.</returns>
    public DatasetDraft ToDraft() => new()
    {
        Description = Description,
        SchemaReference = SchemaReference,
        People = [.. people.People],
        Provinces = [.. provinces],
        Documents = [.. Documents.Documents],
        Unions = entries.Select(e => e.ToDraft()).ToArray(),
    };

    /// <summary>Sets what the dataset is and the schema its files name. Records <see cref="DatasetDescribed"/>.</summary>
    /// <param name="description">What the dataset is, or <see langword="null"/> for nothing.</param>
    /// <param name="schemaReference">The schema its files name for editors (written as <c>$schema</c>), or
    /// <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public void Describe(string? description, string? schemaReference)
    {
        var text = Texts.Optional(description, nameof(description));
        var reference = Texts.Optional(schemaReference, nameof(schemaReference));
        Description = text;
        SchemaReference = reference;
        events.Add(new DatasetDescribed(text, reference));
    }

    /// <summary>Establishes a union in the dataset — with whatever history its description holds — checking its own
    /// rules and those across the dataset: its id is new, its parent and successor are unions of the dataset, the
    /// people its leadership names are in <see cref="People"/> and the documents its work names in
    /// <see cref="Documents"/>. Records <see cref="UnionEstablished"/> and an event for each part of its history.</summary>
    /// <param name="draft">The union's description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed with its path within the
    /// union, and nothing was changed.</exception>
    public Union Establish(UnionDraft draft, LocalDate today)
    {
        Outcome.ThrowIfRefused(TryEstablish(draft, today, out var union, out var violations), violations);
        return union!;
    }

    /// <summary>Establishes a union, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="draft">The union's description.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public Union Establish(UnionDraft draft, IClock clock) => Establish(draft, VietnamTime.Today(clock));

    /// <summary>Tries to establish a union, returning the violations instead of throwing.</summary>
    /// <param name="draft">The union's description.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="union">The union, or <see langword="null"/> when a rule is broken.</param>
    /// <param name="violations">Every violation, with its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the union was established.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public bool TryEstablish(UnionDraft draft, LocalDate today, [NotNullWhen(true)] out Union? union, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(draft);
        var rules = Options.Rules;
        var found = new List<RuleViolation>();
        if (byId.ContainsKey(draft.Id) && rules.Applies(RuleCodes.UnionUniqueId, null))
        {
            found.Add(new RuleViolation(RuleCodes.UnionUniqueId, $"The union id '{draft.Id}' is already in the dataset.", "id", draft.Id.Value));
        }

        var state = CheckUnion(draft, id => byId.TryGetValue(id, out var e) ? e.Union.Level : null, people.TryFind, Documents, rules, today, found, provinceById.GetValueOrDefault);
        union = null;
        violations = found;
        if (found.Count > 0)
        {
            return false;
        }

        union = Add(draft, state);
        return true;
    }

    /// <summary>Adds people to the dataset. Records <see cref="PeopleAdded"/>.</summary>
    /// <param name="added">The people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">An id is already in the dataset or given twice
    /// (<see cref="RuleCodes.PersonUniqueId"/>), or a person dies before being born
    /// (<see cref="RuleCodes.PersonLifetime"/>); nothing was changed.</exception>
    public void AddPeople(IEnumerable<Person> added) => Outcome.ThrowIfRefused(TryAddPeople(added, out var violations), violations);

    /// <summary>Tries to add people to the dataset, returning the violations instead of throwing.</summary>
    /// <param name="added">The people.</param>
    /// <param name="violations">Every violation, with its path (<c>people[12].id</c>); empty on success.</param>
    /// <returns><see langword="true"/> when the people were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null or holds null.</exception>
    public bool TryAddPeople(IEnumerable<Person> added, out IReadOnlyList<RuleViolation> violations)
    {
        var batch = Guard.Against.NullItems(added);
        var found = new List<RuleViolation>();
        var seen = new HashSet<PersonId>();
        for (var i = 0; i < batch.Count; i++)
        {
            if ((people.Contains(batch[i].Id) || !seen.Add(batch[i].Id)) && Options.Rules.Applies(RuleCodes.PersonUniqueId, null))
            {
                found.Add(new RuleViolation(RuleCodes.PersonUniqueId, $"The person id '{batch[i].Id}' is used twice.", $"people[{people.People.Count + i}].id", batch[i].Id.Value));
            }
        }

        if (Options.Rules.Applies(RuleCodes.PersonLifetime, null) || Options.Rules.Applies(RuleCodes.PersonAffiliationDates, null))
        {
            PersonDirectory.CheckLifetimes(batch, found, "people", people.People.Count);
        }

        return Outcome.Apply(found, out violations, () =>
        {
            people.Append(batch);
            events.Add(new PeopleAdded(batch));
        });
    }

    /// <summary>Adds provinces (administrative units over time) to the dataset, together, so that they may name each
    /// other as predecessors. Records <see cref="ProvincesAdded"/>.</summary>
    /// <param name="added">The provinces.</param>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">An id is already in the dataset or given twice, dates are out of
    /// order, or a predecessor is unknown or does not end the day before; nothing was changed.</exception>
    public void AddProvinces(IEnumerable<Province> added) => Outcome.ThrowIfRefused(TryAddProvinces(added, out var violations), violations);

    /// <summary>Tries to add provinces to the dataset, returning the violations instead of throwing.</summary>
    /// <param name="added">The provinces.</param>
    /// <param name="violations">Every violation, with its path (<c>provinces[3].predecessors[0]</c>); empty on success.</param>
    /// <returns><see langword="true"/> when the provinces were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null or holds null.</exception>
    public bool TryAddProvinces(IEnumerable<Province> added, out IReadOnlyList<RuleViolation> violations)
    {
        var batch = Guard.Against.NullItems(added);
        var found = new List<RuleViolation>();
        ProvinceRules.Check([.. provinces, .. batch], provinces.Count, Options.Rules, found);
        return Outcome.Apply(found, out violations, () => AppendProvinces(batch));
    }

    /// <summary>Finds a province by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The province, or <see langword="null"/> when the dataset has none of that id.</returns>
    public Province? FindProvince(ProvinceId id) => provinceById.GetValueOrDefault(id);

    /// <summary>Finds the provinces formed from a province (by a merger or a split), in dataset order.</summary>
    /// <param name="id">The province that ended.</param>
    /// <returns>The provinces that name it as a predecessor; empty when none is on record.</returns>
    public IReadOnlyList<Province> SuccessorsOf(ProvinceId id) => provinces.Where(p => p.Predecessors.Contains(id)).ToArray();

    /// <summary>Finds the unions merged into a union: those whose succession names it as the union they merged into.</summary>
    /// <param name="union">The merged union.</param>
    /// <returns>Its predecessors, in dataset order; empty when none is on record.</returns>
    public IReadOnlyList<Union> PredecessorsOf(UnionId union) =>
        unions.Where(u => u.Succession is { Kind: SuccessionKind.Merged, Successor: { } s } && s == union && u.Id != union).ToArray();

    /// <summary>Adds documents to the registry, together, so that they may refer to each other. Records
    /// <see cref="DocumentsAdded"/>.</summary>
    /// <param name="added">The documents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">A registry rule is broken, or a new document that replaces another
    /// would put a plan's document out of force on the plan's date; nothing was changed.</exception>
    public void AddDocuments(IEnumerable<LegalDocument> added) => Outcome.ThrowIfRefused(TryAddDocuments(added, out var violations), violations);

    /// <summary>Tries to add documents to the registry, returning the violations instead of throwing.</summary>
    /// <param name="added">The documents.</param>
    /// <param name="violations">Every violation, with its path (<c>documents[12].relations[0].target</c>,
    /// <c>unions[1].plans[0].document</c>); empty on success.</param>
    /// <returns><see langword="true"/> when the documents were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null or holds null.</exception>
    public bool TryAddDocuments(IEnumerable<LegalDocument> added, out IReadOnlyList<RuleViolation> violations)
    {
        var batch = Guard.Against.NullItems(added);
        var combined = Documents.Documents.Concat(batch).ToArray();
        var found = new List<RuleViolation>(DocumentRegistry.Validate(combined, Options.Rules));
        DocumentRegistry? proposed = null;
        if (found.Count == 0)
        {
            proposed = DocumentRegistry.CreateUnchecked(combined);
            for (var i = 0; i < entries.Count; i++)
            {
                var prefix = $"unions[{i}]";
                var sink = new List<RuleViolation>();
                entries[i].Work.CheckDocuments(proposed, sink);
                found.AddRange(sink.Select(v => v.Under(prefix)));
            }
        }

        return Outcome.Apply(found, out violations, () =>
        {
            Documents = proposed!;
            events.Add(new DocumentsAdded(batch));
        });
    }

    /// <summary>Sets the exchange rates the aid reports convert with. Records <see cref="ExchangeRatesSet"/>.</summary>
    /// <param name="rates">The rates, with their policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rate names a currency outside the dataset's table
    /// (<see cref="RuleCodes.CurrencyKnown"/>); nothing was changed.</exception>
    public void SetExchangeRates(ExchangeRateTable rates) => Outcome.ThrowIfRefused(TrySetExchangeRates(rates, out var violations), violations);

    /// <summary>Tries to set the exchange rates, returning the violations instead of throwing.</summary>
    /// <param name="rates">The rates, with their policy.</param>
    /// <param name="violations">Every violation, with its path (<c>rates[3].from</c>); empty on success.</param>
    /// <returns><see langword="true"/> when the rates were set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public bool TrySetExchangeRates(ExchangeRateTable rates, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(rates);
        var found = new List<RuleViolation>();
        for (var i = 0; i < rates.Rates.Count; i++)
        {
            foreach (var (currency, member) in new[] { (rates.Rates[i].From, "from"), (rates.Rates[i].To, "to") })
            {
                if (!Known(currency))
                {
                    found.Add(new RuleViolation(RuleCodes.CurrencyKnown, $"{currency} is not a currency of the dataset's table.", $"rates[{i}].{member}", currency.Code));
                }
            }
        }

        return Outcome.Apply(found, out violations, () =>
        {
            Rates = rates;
            events.Add(new ExchangeRatesSet(rates));
        });
    }

    /// <summary>Finds a union by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The union, or <see langword="null"/> when the dataset has none with that id.</returns>
    public Union? Find(UnionId id) => byId.TryGetValue(id, out var entry) ? entry.Union : null;

    /// <summary>Gets a union's leadership.</summary>
    /// <param name="union">The union's id.</param>
    /// <returns>The leadership.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no union with that id.</exception>
    public Leadership LeadershipOf(UnionId union) => Entry(union).Leadership;

    /// <summary>Gets a union's implementation work.</summary>
    /// <param name="union">The union's id.</param>
    /// <returns>The work.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no union with that id.</exception>
    public UnionWork WorkOf(UnionId union) => Entry(union).Work;

    /// <summary>Lists a person's tenures across every union and term, union by union in dataset order, each union's
    /// in the order they began.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The tenures; empty when the person held nothing.</returns>
    public IReadOnlyList<Tenure> RecordOf(PersonId person) => entries.SelectMany(e => e.Leadership.RecordOf(person)).ToArray();

    /// <summary>Builds a report of the aid ledger, converting at the dataset's rates and naming each union's terms.</summary>
    /// <param name="query">What to report.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="RuleViolationException">An entry has no rate for its value date (<c>report.rate-available</c>).</exception>
    public AidReport ReportAid(AidReportQuery query) => AidReport.Build(Aid, Rates, query, TermOf);

    /// <summary>Checks a description of which only some unions could be read (the others hold invalid values): the
    /// registry, the people and each union read, on its own — not the rules across unions, which need them all.</summary>
    /// <param name="draft">The description, with the unions that were read.</param>
    /// <param name="positions">The position of each of those unions in the document, for the paths.</param>
    /// <param name="today">Today, or <see langword="null"/> to skip the rules that look at it.</param>
    /// <param name="rules">The catalogue.</param>
    /// <param name="sink">Where violations go.</param>
    /// <param name="peopleComplete">Whether every person could be read: the people a leadership names are looked up
    /// only then.</param>
    /// <param name="documentsComplete">Whether every document could be read: the documents plans name are looked up
    /// only then.</param>
    internal static void CheckPartly(DatasetDraft draft, IReadOnlyList<int> positions, LocalDate? today, RuleCatalog rules, List<RuleViolation> sink, bool peopleComplete = true, bool documentsComplete = true) =>
        Check(draft, today, rules, sink, positions, peopleComplete, documentsComplete);

    // Checks every rule of a description: the registry, the people, each union on its own and against the others
    // (unless only some unions are given, at the positions given).
    private static List<(UnionDraft Union, LeadershipState Leadership)> Check(DatasetDraft draft, LocalDate? today, RuleCatalog rules, List<RuleViolation> sink, IReadOnlyList<int>? positions = null, bool peopleComplete = true, bool documentsComplete = true)
    {
        var registryProblems = DocumentRegistry.Validate(draft.Documents, rules);
        sink.AddRange(registryProblems);
        if (rules.Applies(RuleCodes.PersonUniqueId, null))
        {
            PersonDirectory.CheckUnique(draft.People, sink, "people");
        }

        if (rules.Applies(RuleCodes.PersonLifetime, null) || rules.Applies(RuleCodes.PersonAffiliationDates, null))
        {
            PersonDirectory.CheckLifetimes(draft.People, sink, "people");
        }

        ProvinceRules.Check(draft.Provinces, 0, rules, sink);
        var provinceOf = new Dictionary<ProvinceId, Province>();
        foreach (var province in draft.Provinces)
        {
            provinceOf.TryAdd(province.Id, province);
        }

        var registry = registryProblems.Count == 0 && documentsComplete ? DocumentRegistry.CreateUnchecked(draft.Documents) : null;
        var byPerson = new Dictionary<PersonId, Person>();
        foreach (var person in draft.People)
        {
            byPerson.TryAdd(person.Id, person);
        }

        // A person of an incomplete list is taken to exist, with no dates known.
        PersonLookup known = peopleComplete
            ? (PersonId id, out Person? found) => byPerson.TryGetValue(id, out found)
            : (PersonId id, out Person? found) =>
            {
                found = byPerson.GetValueOrDefault(id);
                return true;
            };
        var levels = new Dictionary<UnionId, OrganizationLevel>();
        for (var i = 0; i < draft.Unions.Count; i++)
        {
            if (!levels.TryAdd(draft.Unions[i].Id, draft.Unions[i].Level) && positions is null && rules.Applies(RuleCodes.UnionUniqueId, null))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionUniqueId, $"The union id '{draft.Unions[i].Id}' is used twice.", $"unions[{i}].id", draft.Unions[i].Id.Value));
            }
        }

        Func<UnionId, OrganizationLevel?>? levelOf = positions is null ? id => levels.TryGetValue(id, out var level) ? level : null : null;
        var result = new List<(UnionDraft, LeadershipState)>(draft.Unions.Count);
        for (var i = 0; i < draft.Unions.Count; i++)
        {
            var found = new List<RuleViolation>();
            var state = CheckUnion(draft.Unions[i], levelOf, known, registry, rules, today, found, positions is null ? provinceOf.GetValueOrDefault : null);
            var position = positions?[i] ?? i;
            sink.AddRange(found.Select(v => v.Under($"unions[{position}]")));
            result.Add((draft.Unions[i], state));
        }

        return result;
    }

    // Checks one union's description — its own record, its leadership, its work — against the people, documents and
    // unions around it. Returns the leadership state the check built, to keep when the union is added.
    // The rules across unions are skipped when levelOf is null: the other unions are not known.
    private static LeadershipState CheckUnion(UnionDraft draft, Func<UnionId, OrganizationLevel?>? levelOf, PersonLookup personExists, DocumentRegistry? documents, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink, Func<ProvinceId, Province?>? provinceOf)
    {
        sink.AddRange(UnionRules.Check(draft, rules, today));
        if (levelOf is not null)
        {
            CheckAcross(draft, levelOf, rules, sink);
        }

        if (provinceOf is not null)
        {
            CheckProvinces(draft, provinceOf, rules, sink);
        }

        var terms = TermHistory.Create(draft.Id, draft.Congresses, draft.Succession?.Date, rules);
        var state = new LeadershipState(draft.Id);
        var check = new Snapshot(rules, draft.Level, terms, personExists);
        for (var i = 0; i < draft.Bodies.Count; i++)
        {
            state.DeclareBody(draft.Bodies[i], i, check, sink, keepRefused: true);
        }

        for (var i = 0; i < draft.Leadership.Count; i++)
        {
            state.Record(draft.Leadership[i], i, check, today, sink, keepRefused: true);
        }

        ImplementationRules.Check(draft.Programmes, draft.Plans, terms, documents, rules, today, sink);
        return state;
    }

    private static void CheckAcross(UnionDraft draft, Func<UnionId, OrganizationLevel?> levelOf, RuleCatalog rules, List<RuleViolation> sink)
    {
        if (draft.Parent is { } parent && rules.Applies(RuleCodes.UnionParentExists, null))
        {
            if (levelOf(parent) is not { } parentLevel)
            {
                sink.Add(new RuleViolation(RuleCodes.UnionParentExists, $"The parent '{parent}' of '{draft.Id}' is not in the dataset.", "parent", parent.Value));
            }
            else if (parentLevel != OrganizationLevel.Central && rules.Applies(RuleCodes.UnionParentLevel, null))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, $"The parent '{parent}' of '{draft.Id}' must be the central union.", "parent", parent.Value));
            }
        }

        if (draft.Succession?.Successor is { } successor && successor != draft.Id && levelOf(successor) is null && rules.Applies(RuleCodes.UnionSuccessorExists, null))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessorExists, $"The successor '{successor}' of '{draft.Id}' is not in the dataset.", "succession.successor", successor.Value));
        }
    }

    // Each province a union serves is in the dataset and exists on the day the union starts serving it.
    private static void CheckProvinces(UnionDraft draft, Func<ProvinceId, Province?> provinceOf, RuleCatalog rules, List<RuleViolation> sink)
    {
        if (!rules.Applies(RuleCodes.UnionProvinces, null))
        {
            return;
        }

        for (var i = 0; i < draft.Provinces.Count; i++)
        {
            var served = draft.Provinces[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"provinces[{i}]");
            if (provinceOf(served.Province) is not { } province)
            {
                sink.Add(new RuleViolation(RuleCodes.UnionProvinces, $"The province '{served.Province}' is not in the dataset.", path + ".province", served.Province.Value));
            }
            else if (served.From is { } from && (province.ExistsOn(from.Latest) == Answer.No && province.ExistsOn(from.Earliest) == Answer.No))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionProvinces, $"{draft.Id} cannot serve {province.Id} from {from}: the province exists {(province.From is { } f ? "from " + f : "from a day not recorded")}{(province.To is { } t ? " to " + t : string.Empty)}.", path + ".from", from.ToString()));
            }
        }
    }

    // The events that establish a union with everything its description holds, in the order a replay applies them.
    private static IEnumerable<IDomainEvent> EventsOf(UnionDraft d)
    {
        var id = d.Id;
        IDomainEvent[] established = [new UnionEstablished(id, d.Level, d.Names[0], d.Parent, d.Founded, d.TraditionDay, d.Source)
        {
            OtherFoundingClaims = d.OtherFoundingClaims,
            RecordedTo = d.RecordedTo,
            Provinces = d.Provinces,
        }];
        return established
            .Concat(d.Names.Skip(1).Select(n => (IDomainEvent)new UnionRenamed(id, n)))
            .Concat(d.Associations.Select(a => (IDomainEvent)new AssociationAdmitted(id, a)))
            .Concat(d.MemberCounts.Select(c => (IDomainEvent)new MemberCountRecorded(id, c)))
            .Concat(d.Congresses.Select(c => (IDomainEvent)new CongressRecorded(id, c)))
            .Concat(d.Succession is { } s ? [new SuccessionRecorded(id, s)] : [])
            .Concat(d.Bodies.Select(b => (IDomainEvent)new BodyDeclared(id, b)))
            .Concat(d.Leadership.Select(c => (IDomainEvent)new LeadershipChangeRecorded(id, c)))
            .Concat(d.Programmes.Select(p => (IDomainEvent)new WorkProgrammeAdopted(id, p)))
            .Concat(d.Plans.Select(p => (IDomainEvent)new ImplementationPlanRecorded(id, p)));
    }

    private Union Add(UnionDraft draft, LeadershipState state)
    {
        var entry = new UnionEntry(this, draft, state);
        entries.Add(entry);
        unions.Add(entry.Union);
        byId.Add(draft.Id, entry);
        events.AddRange(EventsOf(draft));
        return entry.Union;
    }

    private void AppendProvinces(IReadOnlyList<Province> batch)
    {
        foreach (var province in batch)
        {
            provinces.Add(province);
            provinceById.TryAdd(province.Id, province);
        }

        events.Add(new ProvincesAdded(batch));
    }

    private UnionEntry Entry(UnionId union) =>
        byId.TryGetValue(union, out var entry) ? entry : throw new KeyNotFoundException($"The dataset has no union '{union}'.");

    private bool Known(Currency currency) => Options.Currencies.TryFind(currency.Code, out var listed) && listed == currency;

    private string? TermOf(UnionId union, LocalDate date) =>
        Find(union)?.TermOn(date).Value is { } term ? $"{union}: {term.Congress.OrdinalText} congress, term {term.Label}" : null;

    /// <summary>One union of the dataset with its leadership and work, and what each of them is checked against.</summary>
    private sealed class UnionEntry : IUnionContext, ILeadershipContext, IWorkContext
    {
        private readonly UnionDataset dataset;

        public UnionEntry(UnionDataset dataset, UnionDraft draft, LeadershipState state)
        {
            this.dataset = dataset;
            Union = new Union(draft, this);
            Leadership = new Leadership(draft.Id, this, state);
            Work = new UnionWork(draft.Id, this, draft.Programmes, draft.Plans);
        }

        public Union Union { get; }

        public Leadership Leadership { get; }

        public UnionWork Work { get; }

        public RuleCatalog Rules => dataset.Options.Rules;

        public OrganizationLevel Level => Union.Level;

        public TermHistory Terms => Union.TermHistory;

        public DocumentRegistry Documents => dataset.Documents;

        public bool UnionExists(UnionId id) => dataset.byId.ContainsKey(id);

        public bool PersonExists(PersonId person, out Person? found) => dataset.people.TryFind(person, out found);

        public void CheckTermsChange(UnionId union, TermHistory proposed, List<RuleViolation> sink) => Leadership.CheckTerms(proposed, sink);

        public void Record(IDomainEvent happened) => dataset.events.Add(happened);

        public UnionDraft ToDraft() => new(Union.Id, Union.Level, Union.Names)
        {
            Parent = Union.Parent,
            Founded = Union.Founded,
            OtherFoundingClaims = Union.OtherFoundingClaims,
            RecordedTo = Union.RecordedTo,
            Provinces = Union.Provinces,
            TraditionDay = Union.TraditionDay,
            Source = Union.Source,
            Associations = Union.Associations,
            MemberCounts = Union.MemberCounts,
            Congresses = Union.Congresses,
            Succession = Union.Succession,
            Bodies = Leadership.Bodies,
            Leadership = Leadership.History,
            Programmes = Work.Programmes,
            Plans = Work.Plans,
        };
    }

    /// <summary>What a union's leadership is checked against while its description is checked as a whole.</summary>
    private delegate bool PersonLookup(PersonId person, out Person? found);

    private sealed class Snapshot(RuleCatalog rules, OrganizationLevel level, TermHistory terms, PersonLookup personExists) : ILeadershipContext
    {
        public RuleCatalog Rules { get; } = rules;

        public OrganizationLevel Level { get; } = level;

        public TermHistory Terms { get; } = terms;

        public bool PersonExists(PersonId person, out Person? found) => personExists(person, out found);

        public void Record(IDomainEvent happened)
        {
        }
    }

    private sealed class AidContext(UnionDataset dataset) : IAidContext
    {
        public bool UnionExists(UnionId id) => dataset.byId.ContainsKey(id);

        public bool CurrencyKnown(Currency currency) => dataset.Known(currency);
    }

    /// <summary>Folds a dataset's events, oldest first, into the description they make.</summary>
    private sealed class EventFold
    {
        private readonly List<Person> people = [];
        private readonly List<LegalDocument> documents = [];
        private readonly List<Province> provinceList = [];
        private readonly List<UnionId> order = [];
        private readonly Dictionary<UnionId, Parts> unions = [];
        private DatasetDescribed? described;

        public void Apply(IDomainEvent happened)
        {
            switch (happened)
            {
                case DatasetDescribed e:
                    described = e;
                    break;
                case PeopleAdded e:
                    people.AddRange(e.People);
                    break;
                case DocumentsAdded e:
                    documents.AddRange(e.Documents);
                    break;
                case ProvincesAdded e:
                    provinceList.AddRange(e.Provinces);
                    break;
                case UnionEstablished e:
                    if (!unions.TryAdd(e.Union, new Parts(e)))
                    {
                        throw new ArgumentException($"Union '{e.Union}' is established twice.", nameof(happened));
                    }

                    order.Add(e.Union);
                    break;
                case UnionRenamed e:
                    Of(e.Union).Names.Add(e.Name);
                    break;
                case AssociationAdmitted e:
                    Of(e.Union).Associations.Add(e.Association);
                    break;
                case AssociationLeft e:
                    var associations = Of(e.Union).Associations;
                    var member = associations.FindLastIndex(a => a.Id == e.Association.Id && a.Left is null);
                    associations[member >= 0 ? member : throw new ArgumentException($"Association '{e.Association.Id}' of '{e.Union}' leaves without having joined.", nameof(happened))] = e.Association;
                    break;
                case MemberCountRecorded e:
                    Of(e.Union).MemberCounts.Add(e.Count);
                    break;
                case CongressRecorded e:
                    Of(e.Union).Congresses.Add(e.Congress);
                    break;
                case SuccessionRecorded e:
                    Of(e.Union).Succession = e.Succession;
                    break;
                case BodyDeclared e:
                    Of(e.Union).Bodies.Add(e.Body);
                    break;
                case LeadershipChangeRecorded e:
                    Of(e.Union).Leadership.Add(e.Change);
                    break;
                case WorkProgrammeAdopted e:
                    Of(e.Union).Programmes.Add(e.Programme);
                    break;
                case ImplementationPlanRecorded e:
                    Of(e.Union).Plans.Add(e.Plan);
                    break;
                case ImplementationReportRecorded e:
                    var plans = Of(e.Union).Plans;
                    var plan = plans.FindIndex(p => p.Id == e.Plan);
                    plans[plan >= 0 ? plan : throw new ArgumentException($"A report names plan '{e.Plan}', which '{e.Union}' did not record.", nameof(happened))] =
                        plans[plan] with { Reports = [.. plans[plan].Reports, e.Report] };
                    break;
            }
        }

        public DatasetDraft ToDraft() => new()
        {
            Description = described?.Description,
            SchemaReference = described?.SchemaReference,
            People = people,
            Provinces = provinceList,
            Documents = documents,
            Unions = order.Select(id => unions[id].ToDraft()).ToArray(),
        };

        private Parts Of(UnionId union) =>
            unions.TryGetValue(union, out var parts) ? parts : throw new ArgumentException($"An event names union '{union}', which no earlier event established.", nameof(union));

        private sealed class Parts(UnionEstablished established)
        {
            public List<UnionName> Names { get; } = [established.Name];

            public List<MemberAssociation> Associations { get; } = [];

            public List<MemberCount> MemberCounts { get; } = [];

            public List<Congress> Congresses { get; } = [];

            public Succession? Succession { get; set; }

            public List<CommitteeBody> Bodies { get; } = [];

            public List<LeadershipChange> Leadership { get; } = [];

            public List<WorkProgramme> Programmes { get; } = [];

            public List<ImplementationPlan> Plans { get; } = [];

            public UnionDraft ToDraft() => new(established.Union, established.Level, Names)
            {
                Parent = established.Parent,
                Founded = established.Founded,
                OtherFoundingClaims = established.OtherFoundingClaims,
                RecordedTo = established.RecordedTo,
                Provinces = established.Provinces,
                TraditionDay = established.TraditionDay,
                Source = established.Source,
                Associations = Associations,
                MemberCounts = MemberCounts,
                Congresses = Congresses,
                Succession = Succession,
                Bodies = Bodies,
                Leadership = Leadership,
                Programmes = Programmes,
                Plans = Plans,
            };
        }
    }
}
