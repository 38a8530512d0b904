using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Committees;

/// <summary>The people of a dataset, each once, to look up by id or by name (with or without diacritics).</summary>
public sealed class PersonDirectory
{
    private readonly List<Person> people;
    private readonly Dictionary<PersonId, Person> byId;

    private PersonDirectory(Person[] people)
    {
        this.people = [.. people];
        People = this.people.AsReadOnly();
        byId = new Dictionary<PersonId, Person>(people.Length);
        foreach (var person in people)
        {
            byId.TryAdd(person.Id, person);
        }
    }

    /// <summary>Gets a directory with nobody in it.</summary>
    public static PersonDirectory Empty { get; } = new([]);

    /// <summary>Gets the people, in the order given.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Creates a directory.</summary>
    /// <param name="people">The people.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">Two people share an id (<see cref="RuleCodes.PersonUniqueId"/>), or a
    /// person dies before being born (<see cref="RuleCodes.PersonLifetime"/>).</exception>
    public static PersonDirectory Create(IEnumerable<Person> people)
    {
        Guard.Against.Null(people);
        var array = people.ToArray();
        foreach (var person in array)
        {
            Guard.Against.Null(person, nameof(people));
        }

        var violations = new List<RuleViolation>();
        CheckUnique(array, violations, "people");
        CheckLifetimes(array, violations, "people");
        return violations.Count > 0 ? throw new RuleViolationException(violations) : new PersonDirectory(array);
    }

    /// <summary>Creates a directory of people already checked (by the rules of a catalogue that may leave duplicates
    /// unchecked); the first person of an id wins the lookup by id.</summary>
    internal static PersonDirectory CreateUnchecked(Person[] people) => new(people);

    /// <summary>Adds people already checked: the directory of a dataset grows as people are added to it.</summary>
    internal void Append(IReadOnlyList<Person> more)
    {
        foreach (var person in more)
        {
            people.Add(person);
            byId.TryAdd(person.Id, person);
        }
    }

    /// <summary>Finds a person by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? Find(PersonId id) => byId.GetValueOrDefault(id);

    /// <summary>Tells whether the directory holds a person with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(PersonId id) => byId.ContainsKey(id);

    internal bool TryFind(PersonId id, [NotNullWhen(true)] out Person? person) => byId.TryGetValue(id, out person);

    /// <summary>Finds the people a name may refer to, as <see cref="Person.IsNamed(string)"/> matches them.</summary>
    /// <param name="name">The name, with or without diacritics.</param>
    /// <returns>Every match, in directory order (two people may share a name).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Person> FindByName(string name)
    {
        Guard.Against.Null(name);
        return People.Where(p => p.IsNamed(name)).ToArray();
    }

    /// <summary>Gets the display name of a person: the Vietnamese name, or the id when the person is not here.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The name to show.</returns>
    public string NameOf(PersonId id) => Find(id)?.Name ?? id.Value;

    // A person who certainly dies before being born, at people[i].deathDate, and affiliations whose dates cannot be;
    // first is the index of the first person.
    internal static void CheckLifetimes(IReadOnlyList<Person> people, List<RuleViolation> sink, string path, int first = 0)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].DiesBeforeBirth)
            {
                sink.Add(new RuleViolation(RuleCodes.PersonLifetime, $"{people[i].Name} cannot die ({people[i].DeathDate}) before being born ({people[i].BirthDate}).", $"{path}[{first + i}].deathDate", people[i].DeathDate.ToString()));
                continue;
            }

            for (var j = 0; j < people[i].Affiliations.Count; j++)
            {
                if (people[i].AffiliationProblem(people[i].Affiliations[j]) is { } problem)
                {
                    sink.Add(new RuleViolation(RuleCodes.PersonAffiliationDates, $"The affiliation with {people[i].Affiliations[j].Organization} {problem}.", $"{path}[{first + i}].affiliations[{j}]", people[i].Affiliations[j].Organization));
                }
            }
        }
    }

    internal static void CheckUnique(IReadOnlyList<Person> people, List<RuleViolation> sink, string path)
    {
        var seen = new HashSet<PersonId>();
        for (var i = 0; i < people.Count; i++)
        {
            if (!seen.Add(people[i].Id))
            {
                sink.Add(new RuleViolation(RuleCodes.PersonUniqueId, $"The person id '{people[i].Id}' is used twice.", $"{path}[{i}].id", people[i].Id.Value));
            }
        }
    }
}
