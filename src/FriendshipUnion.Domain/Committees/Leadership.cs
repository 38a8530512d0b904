using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// A union's leadership, an aggregate of its own keyed by the union: the bodies each congress elected, the
/// append-only history of changes to who holds what, the tenures they make, and the as-of queries over them (rosters,
/// post holders, the head of the union, vacancies). It belongs to a <c>UnionDataset</c>, which checks each change
/// against the union's terms and the dataset's people; a change checks what it can break, not the whole history.
/// Every change either succeeds and records a complete domain event with the dataset, or is refused and changes
/// nothing. Partial dates give "possibly" answers instead of guesses.
/// </summary>
public sealed class Leadership
{
    private readonly ILeadershipContext context;
    private readonly LeadershipState state;
    private LeadershipIndex? index;

    internal Leadership(UnionId union, ILeadershipContext context, LeadershipState state)
    {
        Union = union;
        this.context = context;
        this.state = state;
    }

    /// <summary>Gets the id of the union whose leadership this is.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the bodies declared for the terms, with their sizes, in the order declared.</summary>
    public IReadOnlyList<CommitteeBody> Bodies => state.Bodies;

    /// <summary>Gets the leadership changes on record, in order.</summary>
    public IReadOnlyList<LeadershipChange> History => state.History;

    /// <summary>Gets every tenure, in the order they began (by the earliest day each may have begun).</summary>
    public IReadOnlyList<Tenure> Tenures => Index.Tenures;

    private LeadershipIndex Index
    {
        get
        {
            var current = index;
            if (current is null || current.Version != state.Version || !ReferenceEquals(current.Terms, context.Terms))
            {
                current = new LeadershipIndex(Union, context.Terms, state);
                index = current;
            }

            return current;
        }
    }

    /// <summary>Records a body elected for a term, with its declared size. Records <see cref="BodyDeclared"/>.</summary>
    /// <param name="body">The body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken (the term is not on record, the body is already
    /// declared, more members are recorded than the size, the charter's bounds); nothing was changed.</exception>
    public void DeclareBody(CommitteeBody body) => Outcome.ThrowIfRefused(TryDeclareBody(body, out var violations), violations);

    /// <summary>Tries to record a body elected for a term, returning the violations instead of throwing.</summary>
    /// <param name="body">The body.</param>
    /// <param name="violations">Every violation, with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the body was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public bool TryDeclareBody(CommitteeBody body, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(body);
        var found = new List<RuleViolation>();
        if (state.DeclareBody(body, state.Bodies.Count, context, found, keepRefused: false))
        {
            context.Record(new BodyDeclared(Union, body));
        }

        violations = found;
        return found.Count == 0;
    }

    /// <summary>Records a change to a term's leadership: elections, by-elections, resignations, dismissals, deaths,
    /// suspensions, reinstatements and acting appointments that take effect together. Records
    /// <see cref="LeadershipChangeRecorded"/>.</summary>
    /// <param name="change">The change.</param>
    /// <param name="today">Today: a change cannot be dated after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed and nothing was changed.</exception>
    public void RecordChange(LeadershipChange change, LocalDate today) =>
        Outcome.ThrowIfRefused(TryRecordChange(change, today, out var violations), violations);

    /// <summary>Records a change to a term's leadership, reading today from <paramref name="clock"/> in Vietnam's time zone.</summary>
    /// <param name="change">The change.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; nothing was changed.</exception>
    public void RecordChange(LeadershipChange change, IClock clock) => RecordChange(change, VietnamTime.Today(clock));

    /// <summary>Tries to record a change to a term's leadership, returning the violations instead of throwing — for
    /// forms and imports. On success records <see cref="LeadershipChangeRecorded"/>; on failure changes nothing.</summary>
    /// <param name="change">The change.</param>
    /// <param name="today">Today: a change cannot be dated after it.</param>
    /// <param name="violations">Every violation, each with its code and its path within the union; empty on success.</param>
    /// <returns><see langword="true"/> when the change was recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public bool TryRecordChange(LeadershipChange change, LocalDate today, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(change);
        var found = new List<RuleViolation>();
        if (state.Record(change, state.History.Count, context, today, found, keepRefused: false))
        {
            context.Record(new LeadershipChangeRecorded(Union, change));
        }

        violations = found;
        return found.Count == 0;
    }

    /// <summary>Finds the body of a kind declared for a term.</summary>
    /// <param name="term">The term, by its congress's ordinal.</param>
    /// <param name="kind">The body.</param>
    /// <returns>The body, or <see langword="null"/> when none was declared.</returns>
    public CommitteeBody? BodyOf(int term, BodyKind kind) => state.BodyOf(term, kind);

    /// <summary>Finds the holder of a single-holder post on a date. Allocates nothing once the tenures have been read.</summary>
    /// <param name="office">The President, the Permanent Vice President, the Vice President cum General Secretary or the acting head.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenure in force: none (no), certain (yes) or possible (the date falls within a partial date's uncertainty).</returns>
    /// <exception cref="ArgumentException"><paramref name="office"/> may have several holders; use <see cref="HoldersOn(Office, LocalDate)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public AsOf<Tenure> HolderOn(Office office, LocalDate date) => Index.HolderOn(office, date);

    /// <summary>Finds every holder of an office on a date.</summary>
    /// <param name="office">The office.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held, in the order they began.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public IReadOnlyList<AsOf<Tenure>> HoldersOn(Office office, LocalDate date) => Index.HoldersOn(office, date);

    /// <summary>Finds who headed the union on a date: an acting head if one served, otherwise the President if
    /// serving, otherwise — the President being suspended — the Permanent Vice President. Allocates nothing once the
    /// tenures have been read.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The tenure of the head, or none (a suspended President with no Permanent Vice President heads
    /// nothing). Possible when the date falls within a partial date's uncertainty, including a partial suspension
    /// date: then the President possibly headed the union.</returns>
    public AsOf<Tenure> HeadOn(LocalDate date) => Index.HeadOn(date);

    /// <summary>Gets the roster of a body on a date: the term in force, its declared size and the members on record.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <returns>The roster; its members include those who possibly served (partial dates).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="body"/> is not a defined value.</exception>
    public Roster RosterOn(BodyKind body, LocalDate date) => Index.RosterOn(body, date);

    /// <summary>Lists everyone who ever held an office, in the order their tenures began.</summary>
    /// <param name="office">The office.</param>
    /// <returns>The tenures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public IReadOnlyList<Tenure> HistoryOf(Office office) => Index.HistoryOf(office);

    /// <summary>Lists a person's tenures in this union, across terms, in the order they began.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The tenures; empty when the person held nothing here.</returns>
    public IReadOnlyList<Tenure> RecordOf(PersonId person) => Index.RecordOf(person);

    /// <summary>Lists the offices a person held on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held then.</returns>
    public IReadOnlyList<Tenure> OfficesOn(PersonId person, LocalDate date) => Index.OfficesOn(person, date);

    /// <summary>
    /// Lists the known vacancies on a date in the term then in force: each single-holder post held earlier in the
    /// term and certainly not held now, and each body's seats vacated in the term (by resignation, dismissal or death)
    /// and not yet filled by a later election. Seats never recorded are not vacancies: see <see cref="Roster.Unrecorded"/>.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The vacancies; empty before the first congress on record.</returns>
    public IReadOnlyList<Vacancy> VacanciesOn(LocalDate date) => Index.VacanciesOn(date);

    /// <summary>Adds the violations a change of the union's terms would cause: a change it would put outside its term.</summary>
    internal void CheckTerms(TermHistory proposed, List<RuleViolation> sink) => state.CheckTerms(context.Terms, proposed, context.Rules, sink);
}
