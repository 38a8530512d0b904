using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// A read-only view of a union's leadership, derived from its append-only history: the bodies each congress
/// elected, the changes on record, and the tenures they make — with as-of queries for rosters, post holders,
/// the head of the union and vacancies. Partial dates give "possibly" answers instead of guesses.
/// </summary>
public sealed class Leadership
{
    private readonly UnionId union;
    private readonly Func<LocalDate, AsOf<Term>> termOn;
    private readonly Tenure[][] byOffice;
    private readonly ReadOnlyCollection<Tenure>[] historyByOffice;
    private readonly Timeline[] startsByOffice;
    private readonly LocalDate[][] endedBy;
    private readonly Dictionary<(int Term, Office Office), Tenure[]> byTermOffice;
    private readonly Dictionary<PersonId, ReadOnlyCollection<Tenure>> byPerson;
    private readonly Dictionary<(int Term, BodyKind Kind), CommitteeBody> bodies;

    /// <param name="union">The union's id.</param>
    /// <param name="termOn">The term lookup of the union as it was when this view was made (a snapshot, so that an
    /// old view stays consistent after the union changes).</param>
    /// <param name="declared">The declared bodies.</param>
    /// <param name="history">The changes.</param>
    /// <param name="derived">The tenures, in the order the replay made them.</param>
    internal Leadership(UnionId union, Func<LocalDate, AsOf<Term>> termOn, IReadOnlyList<CommitteeBody> declared, IReadOnlyList<LeadershipChange> history, List<Tenure> derived)
    {
        this.union = union;
        this.termOn = termOn;
        Bodies = declared;
        History = history;

        // Changes of different terms may interleave (a late-dated change of an earlier term): order by start, stably.
        var tenures = derived.OrderBy(t => t.Began.Min).ThenBy(t => t.Began.Max).ToArray();
        Tenures = Array.AsReadOnly(tenures);
        var offices = Offices.All.Count;
        byOffice = new Tenure[offices][];
        historyByOffice = new ReadOnlyCollection<Tenure>[offices];
        startsByOffice = new Timeline[offices];
        endedBy = new LocalDate[offices][];
        for (var o = 0; o < offices; o++)
        {
            var office = (Office)o;
            var ofOffice = tenures.Where(t => t.Office == office).ToArray();
            byOffice[o] = ofOffice;
            historyByOffice[o] = Array.AsReadOnly(ofOffice);
            startsByOffice[o] = new Timeline(ofOffice.Select(t => (t.Began.Min, t.Began.Max)).ToArray());

            // endedBy[o][j]: the latest day any of the first j + 1 tenures may end; on or after it none of them holds.
            endedBy[o] = new LocalDate[ofOffice.Length];
            for (var j = 0; j < ofOffice.Length; j++)
            {
                var end = ofOffice[j].Ended?.Max ?? LocalDate.MaxIsoValue;
                endedBy[o][j] = j > 0 && endedBy[o][j - 1] > end ? endedBy[o][j - 1] : end;
            }
        }

        byTermOffice = tenures.GroupBy(t => (t.Term, t.Office)).ToDictionary(g => g.Key, g => g.ToArray());
        byPerson = tenures.GroupBy(t => t.Person).ToDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray()));
        bodies = [];
        foreach (var body in declared)
        {
            bodies.TryAdd((body.Term, body.Kind), body);
        }
    }

    /// <summary>Gets the bodies declared for the terms, with their sizes.</summary>
    public IReadOnlyList<CommitteeBody> Bodies { get; }

    /// <summary>Gets the leadership changes on record, in order.</summary>
    public IReadOnlyList<LeadershipChange> History { get; }

    /// <summary>Gets every tenure, in the order they began (by the earliest day each may have begun).</summary>
    public IReadOnlyList<Tenure> Tenures { get; }

    /// <summary>Finds the body of a kind declared for a term.</summary>
    /// <param name="term">The term, by its congress's ordinal.</param>
    /// <param name="kind">The body.</param>
    /// <returns>The body, or <see langword="null"/> when none was declared.</returns>
    public CommitteeBody? BodyOf(int term, BodyKind kind) => bodies.GetValueOrDefault((term, kind));

    /// <summary>Finds the holder of a single-holder post on a date. Allocates nothing.</summary>
    /// <param name="office">The President, the Permanent Vice President, the Vice President cum General Secretary or the acting head.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenure in force: none (no), certain (yes) or possible (the date falls within a partial date's uncertainty).</returns>
    /// <exception cref="ArgumentException"><paramref name="office"/> may have several holders; use <see cref="HoldersOn(Office, LocalDate)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public AsOf<Tenure> HolderOn(Office office, LocalDate date)
    {
        CheckDefined(office);
        if (!Offices.IsSingleHolder(office))
        {
            throw new ArgumentException($"{office} may have several holders; use HoldersOn.", nameof(office));
        }

        var i = startsByOffice[(int)office].Find(date, out _);
        if (i < 0)
        {
            return default;
        }

        // The last tenure that may have begun is usually the answer; an earlier one may still be certain when the
        // later one's start is uncertain (an attested holder), so look back until a tenure certainly ended.
        var tenures = byOffice[(int)office];
        var ended = endedBy[(int)office];
        Tenure? possible = null;
        for (var j = i; j >= 0 && ended[j] > date; j--)
        {
            var tenure = tenures[j];
            switch (tenure.HoldsOn(date))
            {
                case Answer.Yes:
                    return new AsOf<Tenure>(tenure, Answer.Yes);
                case Answer.Possibly:
                    possible ??= tenure;
                    break;
            }
        }

        return possible is null ? default : new AsOf<Tenure>(possible, Answer.Possibly);
    }

    /// <summary>Finds every holder of an office on a date.</summary>
    /// <param name="office">The office.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held, in the order they began.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public IReadOnlyList<AsOf<Tenure>> HoldersOn(Office office, LocalDate date)
    {
        CheckDefined(office);
        var result = new List<AsOf<Tenure>>();
        foreach (var tenure in CandidatesOn(office, date))
        {
            var holds = tenure.HoldsOn(date);
            if (holds != Answer.No)
            {
                result.Add(new AsOf<Tenure>(tenure, holds == Answer.Yes ? Answer.Yes : Answer.Possibly));
            }
        }

        return result;
    }

    /// <summary>Finds who headed the union on a date: an acting head if one served, otherwise the President if
    /// serving, otherwise — the President being suspended — the Permanent Vice President. Allocates nothing.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The tenure of the head, or none (a suspended President with no Permanent Vice President heads
    /// nothing). Possible when the date falls within a partial date's uncertainty, including a partial suspension
    /// date: then the President possibly headed the union.</returns>
    public AsOf<Tenure> HeadOn(LocalDate date)
    {
        var acting = HolderOn(Office.ActingPresident, date);
        if (acting is { HasValue: true, Answer: Answer.Yes })
        {
            return acting;
        }

        var president = HolderOn(Office.President, date);
        if (president.Value is not { } tenure)
        {
            return acting;
        }

        var suspended = tenure.SuspendedOn(date);
        if (suspended == Answer.No)
        {
            return acting.HasValue ? new AsOf<Tenure>(tenure, Answer.Possibly) : president;
        }

        if (suspended == Answer.Possibly)
        {
            return new AsOf<Tenure>(tenure, Answer.Possibly);
        }

        return acting.HasValue ? acting : HolderOn(Office.PermanentVicePresident, date);
    }

    /// <summary>Gets the roster of a body on a date: the term in force, its declared size and the members on record.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <returns>The roster; its members include those who possibly served (partial dates).</returns>
    public Roster RosterOn(BodyKind body, LocalDate date)
    {
        var office = Offices.MembershipOf(body);
        var term = termOn(date);
        var members = new List<RosterEntry>();
        foreach (var tenure in CandidatesOn(office, date))
        {
            var holds = tenure.HoldsOn(date);
            if (holds != Answer.No)
            {
                members.Add(new RosterEntry(tenure, holds, tenure.SuspendedOn(date)));
            }
        }

        var ordinal = term.Value?.Congress.Ordinal;
        return new Roster(union, body, ordinal, ordinal is { } t ? BodyOf(t, body)?.DeclaredSize : null, members);
    }

    /// <summary>Lists everyone who ever held an office, in the order their tenures began.</summary>
    /// <param name="office">The office.</param>
    /// <returns>The tenures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    public IReadOnlyList<Tenure> HistoryOf(Office office)
    {
        CheckDefined(office);
        return historyByOffice[(int)office];
    }

    /// <summary>Lists a person's tenures in this union, across terms, in the order they began.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The tenures; empty when the person held nothing here.</returns>
    public IReadOnlyList<Tenure> RecordOf(PersonId person) => byPerson.TryGetValue(person, out var record) ? record : Array.Empty<Tenure>();

    /// <summary>Lists the offices a person held on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held then.</returns>
    public IReadOnlyList<Tenure> OfficesOn(PersonId person, LocalDate date) =>
        RecordOf(person).Where(t => t.HoldsOn(date) != Answer.No).ToArray();

    /// <summary>
    /// Lists the known vacancies on a date in the term then in force: each single-holder post held earlier in the
    /// term and certainly not held now, and each body's seats vacated in the term (by resignation, dismissal or death)
    /// and not yet filled by a later election. Seats never recorded are not vacancies: see <see cref="Roster.Unrecorded"/>.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The vacancies; empty before the first congress on record.</returns>
    public IReadOnlyList<Vacancy> VacanciesOn(LocalDate date)
    {
        if (termOn(date).Value is not { } term)
        {
            return [];
        }

        var ordinal = term.Congress.Ordinal;
        var result = new List<Vacancy>();
        foreach (var office in Offices.All)
        {
            var tenures = byTermOffice.GetValueOrDefault((ordinal, office)) ?? [];
            if (Offices.IsSingleHolder(office) && office != Office.ActingPresident)
            {
                var lastEnded = tenures.LastOrDefault(t => t.Ended is { } e && e.Max <= date);
                if (lastEnded is not null && !tenures.Any(t => t.HoldsOn(date) != Answer.No))
                {
                    result.Add(new Vacancy(ordinal, office, 1, lastEnded));
                }
            }
            else if (Offices.BodyOf(office) is not null)
            {
                var departed = tenures.Where(t => t.EndReason is TenureEnd.Resigned or TenureEnd.Dismissed or TenureEnd.Died && t.Ended!.Value.Max <= date).ToArray();
                var firstDeparture = departed.Length == 0 ? LocalDate.MaxIsoValue : departed.Min(t => t.Ended!.Value.Min);
                var filled = tenures.Count(t => t.StartKind != OfficeChangeKind.ElectedAtCongress && t.Began.Max <= date && t.Began.Min >= firstDeparture);
                if (departed.Length > filled)
                {
                    result.Add(new Vacancy(ordinal, office, departed.Length - filled, null));
                }
            }
        }

        return result;
    }

    // The tenures of an office in the term in force on the date and, when that term's start is uncertain, the one before.
    private static void CheckDefined(Office office)
    {
        if (!Enum.IsDefined(office))
        {
            throw new ArgumentOutOfRangeException(nameof(office), office, "Not an office.");
        }
    }

    private IEnumerable<Tenure> CandidatesOn(Office office, LocalDate date)
    {
        var term = termOn(date);
        if (term.Value is not { } t)
        {
            return [];
        }

        var ordinal = t.Congress.Ordinal;
        var current = byTermOffice.GetValueOrDefault((ordinal, office)) ?? [];
        return term.Answer == Answer.Possibly && byTermOffice.TryGetValue((ordinal - 1, office), out var previous)
            ? previous.Concat(current)
            : current;
    }
}
