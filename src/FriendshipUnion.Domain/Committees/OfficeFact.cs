namespace FriendshipUnion.Domain.Committees;

/// <summary>What happened to a person's office.</summary>
public enum OfficeChangeKind
{
    /// <summary>Elected at the term's congress (by the congress, or by the new Executive Committee meeting during it).</summary>
    ElectedAtCongress = 0,

    /// <summary>Elected by the Executive Committee after the congress (the Standing Committee, the President and the
    /// Vice Presidents are its to elect).</summary>
    ElectedByExecutiveCommittee = 1,

    /// <summary>By-elected mid-term (bầu bổ sung), after the congress and before the next one.</summary>
    ByElected = 2,

    /// <summary>Known from a source to hold the office on the date, since some unknown day of the term.</summary>
    Attested = 3,

    /// <summary>Appointed acting head of the union (<see cref="Office.ActingPresident"/>).</summary>
    ActingAppointed = 4,

    /// <summary>Resigned the office.</summary>
    Resigned = 5,

    /// <summary>Dismissed from the office.</summary>
    Dismissed = 6,

    /// <summary>Died: every office the person holds in the term ends.</summary>
    Died = 7,

    /// <summary>Suspended from the office; the tenure goes on.</summary>
    Suspended = 8,

    /// <summary>Reinstated after a suspension.</summary>
    Reinstated = 9,

    /// <summary>Appointed by a deciding authority, not elected: the leaders of a union formed by a merger are appointed
    /// by the merged province's People's Committee until the union's first congress. An appointment belongs to term 0
    /// (the interim before the first congress on record) and names its decision (<see cref="LeadershipChange.Decision"/>).</summary>
    Appointed = 10,
}

/// <summary>
/// One fact of a leadership change: what happened to whom, in which office. A death names no office (every office
/// ends); an acting appointment is to <see cref="Office.ActingPresident"/>, and only an acting appointment is.
/// </summary>
public sealed record OfficeFact
{
    /// <summary>Initializes a fact.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="person">To whom.</param>
    /// <param name="office">The office; <see langword="null"/> only for a death.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="office"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    public OfficeFact(OfficeChangeKind kind, PersonId person, Office? office)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of change.");
        }

        if (office is { } o && !Enum.IsDefined(o))
        {
            throw new ArgumentOutOfRangeException(nameof(office), office, "Not an office.");
        }

        if (person == default)
        {
            throw new ArgumentException("The person must be set.", nameof(person));
        }

        switch (kind)
        {
            case OfficeChangeKind.Died when office is not null:
                throw new ArgumentException("A death names no office: every office the person holds ends.", nameof(office));
            case not OfficeChangeKind.Died when office is null:
                throw new ArgumentException($"A change of kind {kind} names an office.", nameof(office));
            case OfficeChangeKind.ActingAppointed when office != Committees.Office.ActingPresident:
                throw new ArgumentException("An acting appointment is to the office of acting head (ActingPresident).", nameof(office));
            case OfficeChangeKind.ElectedAtCongress or OfficeChangeKind.ElectedByExecutiveCommittee or OfficeChangeKind.ByElected or OfficeChangeKind.Attested or OfficeChangeKind.Appointed
                when office == Committees.Office.ActingPresident:
                throw new ArgumentException("An acting head is appointed (ActingAppointed), not elected.", nameof(office));
        }

        Kind = kind;
        Person = person;
        Office = office;
    }

    /// <summary>Gets what happened.</summary>
    public OfficeChangeKind Kind { get; }

    /// <summary>Gets to whom.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the office; <see langword="null"/> for a death.</summary>
    public Office? Office { get; }

    /// <summary>Gets a value indicating whether the fact starts a tenure.</summary>
    public bool StartsTenure => Kind is OfficeChangeKind.ElectedAtCongress or OfficeChangeKind.ElectedByExecutiveCommittee
        or OfficeChangeKind.ByElected or OfficeChangeKind.Attested or OfficeChangeKind.ActingAppointed or OfficeChangeKind.Appointed;

    /// <summary>Creates the fact that a person was elected at the term's congress.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact ElectedAtCongress(PersonId person, Office office) => new(OfficeChangeKind.ElectedAtCongress, person, office);

    /// <summary>Creates the fact that the Executive Committee elected a person after the congress.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact ElectedByExecutiveCommittee(PersonId person, Office office) => new(OfficeChangeKind.ElectedByExecutiveCommittee, person, office);

    /// <summary>Creates the fact that a person was by-elected mid-term.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact ByElected(PersonId person, Office office) => new(OfficeChangeKind.ByElected, person, office);

    /// <summary>Creates the fact that a source shows a person holding an office on the change's date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact Attested(PersonId person, Office office) => new(OfficeChangeKind.Attested, person, office);

    /// <summary>Creates the fact that a person was appointed to an office by a deciding authority (after a merger).</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office is that of acting head.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact Appointed(PersonId person, Office office) => new(OfficeChangeKind.Appointed, person, office);

    /// <summary>Creates the fact that a person was appointed acting head.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id.</exception>
    public static OfficeFact ActingAppointed(PersonId person) => new(OfficeChangeKind.ActingAppointed, person, Committees.Office.ActingPresident);

    /// <summary>Creates the fact that a person resigned an office.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact Resigned(PersonId person, Office office) => new(OfficeChangeKind.Resigned, person, office);

    /// <summary>Creates the fact that a person was dismissed from an office.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact Dismissed(PersonId person, Office office) => new(OfficeChangeKind.Dismissed, person, office);

    /// <summary>Creates the fact that a person died.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id.</exception>
    public static OfficeFact Died(PersonId person) => new(OfficeChangeKind.Died, person, null);

    /// <summary>Creates the fact that a person was suspended from an office.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact Suspended(PersonId person, Office office) => new(OfficeChangeKind.Suspended, person, office);

    /// <summary>Creates the fact that a suspended person was reinstated.</summary>
    /// <param name="person">The person.</param>
    /// <param name="office">The office.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The person is the default id, or the office does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public static OfficeFact Reinstated(PersonId person, Office office) => new(OfficeChangeKind.Reinstated, person, office);

    /// <summary>Formats the fact as <c>hoang-nghia-hieu ElectedAtCongress President</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Office is { } office ? $"{Person} {Kind} {office}" : $"{Person} {Kind}";
}
