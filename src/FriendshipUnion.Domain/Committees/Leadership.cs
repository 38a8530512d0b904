using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Common;
using FriendshipUnion.Domain.Organizations;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// A read-only view of a union's leadership, derived from its append-only history: the bodies each congress
/// elected, the changes on record, and the tenures they make — with as-of queries for rosters, post holders,
/// the head of the union and vacancies. Partial dates give "possibly" answers instead of guesses.
/// </summary>
public sealed class Leadership
{
    private readonly Union union;
    private readonly Tenure[][] byOffice;
    private readonly Timeline[] startsByOffice;
    private readonly Dictionary<(int Term, Office Office), Tenure[]> byTermOffice;
    private readonly Dictionary<PersonId, Tenure[]> byPerson;
    private readonly Dictionary<(int Term, BodyKind Kind), CommitteeBody> bodies;

    internal Leadership(Union union, IReadOnlyList<CommitteeBody> declared, IReadOnlyList<LeadershipChange> history, List<Tenure> tenures)
    {
        this.union = union;
        Bodies = declared;
        History = history;
        Tenures = new ReadOnlyCollection<Tenure>(tenures);
        var offices = Offices.All.Count;
        byOffice = new Tenure[offices][];
        startsByOffice = new Timeline[offices];
        for (var o = 0; o < offices; o++)
        {
            var office = (Office)o;
            byOffice[o] = tenures.Where(t => t.Office == office).ToArray();
            startsByOffice[o] = new Timeline(byOffice[o].Select(t => (t.Began.Min, t.Began.Max)).ToArray());
        }

        byTermOffice = tenures.GroupBy(t => (t.Term, t.Office)).ToDictionary(g => g.Key, g => g.ToArray());
        byPerson = tenures.GroupBy(t => t.Person).ToDictionary(g => g.Key, g => g.ToArray());
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

    /// <summary>Gets every tenure, in the order they began.</summary>
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
    public AsOf<Tenure> HolderOn(Office office, LocalDate date)
    {
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
        Tenure? possible = null;
        for (var j = i; j >= 0; j--)
        {
            var tenure = tenures[j];
            switch (tenure.HoldsOn(date))
            {
                case Answer.Yes:
                    return new AsOf<Tenure>(tenure, Certainty.Certain);
                case Answer.Possibly:
                    possible ??= tenure;
                    break;
            }

            if (tenure.Ended is { } ended && ended.Max <= date)
            {
                break;
            }
        }

        return possible is null ? default : new AsOf<Tenure>(possible, Certainty.Possible);
    }

    /// <summary>Finds every holder of an office on a date.</summary>
    /// <param name="office">The office.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held, in the order they began.</returns>
    public IReadOnlyList<AsOf<Tenure>> HoldersOn(Office office, LocalDate date)
    {
        var result = new List<AsOf<Tenure>>();
        foreach (var tenure in CandidatesOn(office, date))
        {
            var holds = tenure.HoldsOn(date);
            if (holds != Answer.No)
            {
                result.Add(new AsOf<Tenure>(tenure, holds == Answer.Yes ? Certainty.Certain : Certainty.Possible));
            }
        }

        return result;
    }

    /// <summary>Finds who headed the union on a date: an acting head if one served, otherwise the President if
    /// serving, otherwise — the President being suspended — the Permanent Vice President.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The tenure of the head, or none.</returns>
    public AsOf<Tenure> HeadOn(LocalDate date)
    {
        var acting = HolderOn(Office.ActingPresident, date);
        if (acting.HasValue)
        {
            return acting;
        }

        var president = HolderOn(Office.President, date);
        if (president.Value is not { } tenure || tenure.SuspendedOn(date) == Answer.No)
        {
            return president;
        }

        var permanent = HolderOn(Office.PermanentVicePresident, date);
        return tenure.SuspendedOn(date) == Answer.Yes && permanent.HasValue ? permanent : president;
    }

    /// <summary>Gets the roster of a body on a date: the term in force, its declared size and the members on record.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <returns>The roster; its members include those who possibly served (partial dates).</returns>
    public Roster RosterOn(BodyKind body, LocalDate date)
    {
        var office = Offices.MembershipOf(body);
        var term = union.TermOn(date);
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
        return new Roster(union.Id, body, ordinal, ordinal is { } t ? BodyOf(t, body)?.DeclaredSize : null, members);
    }

    /// <summary>Lists everyone who ever held an office, in the order their tenures began.</summary>
    /// <param name="office">The office.</param>
    /// <returns>The tenures.</returns>
    public IReadOnlyList<Tenure> HistoryOf(Office office) => byOffice[(int)office];

    /// <summary>Lists a person's tenures in this union, across terms, in the order they began.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The tenures; empty when the person held nothing here.</returns>
    public IReadOnlyList<Tenure> RecordOf(PersonId person) => byPerson.TryGetValue(person, out var record) ? record : [];

    /// <summary>Lists the offices a person held on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held then.</returns>
    public IReadOnlyList<Tenure> OfficesOn(PersonId person, LocalDate date) =>
        RecordOf(person).Where(t => t.HoldsOn(date) != Answer.No).ToArray();

    /// <summary>
    /// Lists the known vacancies on a date in the term then in force: each single-holder post held earlier in the
    /// term and certainly not held now, and each body's seats vacated in the term (by resignation, dismissal or death)
    /// and not yet filled by a by-election. Seats never recorded are not vacancies: see <see cref="Roster.Unrecorded"/>.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The vacancies; empty before the first congress on record.</returns>
    public IReadOnlyList<Vacancy> VacanciesOn(LocalDate date)
    {
        if (union.TermOn(date).Value is not { } term)
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
                var departed = tenures.Count(t => t.EndReason is TenureEnd.Resigned or TenureEnd.Dismissed or TenureEnd.Died && t.Ended!.Value.Max <= date);
                var filled = tenures.Count(t => t.StartKind == OfficeChangeKind.ByElected && t.Began.Max <= date);
                if (departed > filled)
                {
                    result.Add(new Vacancy(ordinal, office, departed - filled, null));
                }
            }
        }

        return result;
    }

    // The tenures of an office in the term in force on the date and, when that term's start is uncertain, the one before.
    private IEnumerable<Tenure> CandidatesOn(Office office, LocalDate date)
    {
        var term = union.TermOn(date);
        if (term.Value is not { } t)
        {
            return [];
        }

        var ordinal = t.Congress.Ordinal;
        var current = byTermOffice.GetValueOrDefault((ordinal, office)) ?? [];
        return term.Certainty == Certainty.Possible && byTermOffice.TryGetValue((ordinal - 1, office), out var previous)
            ? previous.Concat(current)
            : current;
    }
}
