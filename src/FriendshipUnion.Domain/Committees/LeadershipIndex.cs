using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// The query side of a union's leadership: the tenures a <see cref="LeadershipState"/> derived, ended where the terms
/// end them, indexed for as-of queries (rosters, post holders, the head of the union, vacancies). Built from the state
/// and the terms as they stand, and rebuilt only when either changes. Partial dates give "possibly" answers instead of
/// guesses.
/// </summary>
internal sealed class LeadershipIndex
{
    private readonly UnionId union;
    private readonly TermHistory terms;
    private readonly Tenure[][] byOffice;
    private readonly ReadOnlyCollection<Tenure>[] historyByOffice;
    private readonly Timeline[] startsByOffice;
    private readonly LocalDate[][] endedBy;
    private readonly Dictionary<(int Term, Office Office), Tenure[]> byTermOffice;
    private readonly Dictionary<PersonId, ReadOnlyCollection<Tenure>> byPerson;
    private readonly Func<int, BodyKind, CommitteeBody?> bodyOf;

    internal LeadershipIndex(UnionId union, TermHistory terms, LeadershipState state)
    {
        this.union = union;
        this.terms = terms;
        Version = state.Version;
        bodyOf = state.BodyOf;

        // Changes of different terms may interleave (a late-dated change of an earlier term): order by start, stably.
        var tenures = state.Tenures.Select(t => Read(union, terms, t)).OrderBy(t => t.Began.Min).ThenBy(t => t.Began.Max).ToArray();
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
    }

    /// <summary>Gets the terms the index was built against.</summary>
    internal TermHistory Terms => terms;

    /// <summary>Gets the version of the state the index was built from.</summary>
    internal int Version { get; }

    /// <summary>Gets every tenure, in the order they began (by the earliest day each may have begun).</summary>
    internal IReadOnlyList<Tenure> Tenures { get; }

    /// <summary>Finds the holder of a single-holder post on a date. Allocates nothing.</summary>
    /// <param name="office">The President, the Permanent Vice President, the Vice President cum General Secretary or the acting head.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenure in force: none (no), certain (yes) or possible (the date falls within a partial date's uncertainty).</returns>
    /// <exception cref="ArgumentException"><paramref name="office"/> may have several holders; use <see cref="HoldersOn(Office, LocalDate)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    internal AsOf<Tenure> HolderOn(Office office, LocalDate date)
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
    internal IReadOnlyList<AsOf<Tenure>> HoldersOn(Office office, LocalDate date)
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
    internal AsOf<Tenure> HeadOn(LocalDate date)
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
    internal Roster RosterOn(BodyKind body, LocalDate date)
    {
        var office = Offices.MembershipOf(body);
        var term = terms.TermOn(date);
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
        return new Roster(union, body, ordinal, ordinal is { } t ? bodyOf(t, body)?.DeclaredSize : null, members);
    }

    /// <summary>Lists everyone who ever held an office, in the order their tenures began.</summary>
    /// <param name="office">The office.</param>
    /// <returns>The tenures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is not a defined value.</exception>
    internal IReadOnlyList<Tenure> HistoryOf(Office office)
    {
        CheckDefined(office);
        return historyByOffice[(int)office];
    }

    /// <summary>Lists a person's tenures in this union, across terms, in the order they began.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The tenures; empty when the person held nothing here.</returns>
    internal IReadOnlyList<Tenure> RecordOf(PersonId person) => byPerson.TryGetValue(person, out var record) ? record : Array.Empty<Tenure>();

    /// <summary>Lists the offices a person held on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The date.</param>
    /// <returns>The tenures that certainly or possibly held then.</returns>
    internal IReadOnlyList<Tenure> OfficesOn(PersonId person, LocalDate date) =>
        RecordOf(person).Where(t => t.HoldsOn(date) != Answer.No).ToArray();

    /// <summary>
    /// Lists the known vacancies on a date in the term then in force: each single-holder post held earlier in the
    /// term and certainly not held now, and each body's seats vacated in the term (by resignation, dismissal or death)
    /// and not yet filled by a later election. Seats never recorded are not vacancies: see <see cref="Roster.Unrecorded"/>.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The vacancies; empty before the first congress on record.</returns>
    internal IReadOnlyList<Vacancy> VacanciesOn(LocalDate date)
    {
        if (terms.TermOn(date).Value is not { } term)
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
        var term = terms.TermOn(date);
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

    // A tenure as it reads now: ended by its change, or else by the next congress or the union's end; an end by a
    // change is kept within the term.
    private static Tenure Read(UnionId union, TermHistory terms, TenureRecord record)
    {
        var span = terms.SpanOfTerm(record.Term) ?? default;
        var suspensions = Array.AsReadOnly(record.Suspensions.ToArray());
        if (record is { EndReason: { } reason, To: { } to })
        {
            var latest = span.Closed?.Latest ?? LocalDate.MaxIsoValue;
            var ended = new Bounds<LocalDate>(to.Earliest, LocalDate.Max(to.Earliest, LocalDate.Min(to.Latest, latest)));
            return new Tenure(union, record.Term, record.Office, record.Person, record.StartKind, record.From, record.Began, reason, to, ended, suspensions);
        }

        if (span.Closes)
        {
            var ended = span.Closed is { } n ? new Bounds<LocalDate>(n.Earliest, n.Latest) : new Bounds<LocalDate>(record.Began.Min, LocalDate.MaxIsoValue);
            return new Tenure(union, record.Term, record.Office, record.Person, record.StartKind, record.From, record.Began,
                span.ByUnionEnd ? TenureEnd.UnionEnded : TenureEnd.TermEnded, span.Closed, ended, suspensions);
        }

        return new Tenure(union, record.Term, record.Office, record.Person, record.StartKind, record.From, record.Began, null, null, null, suspensions);
    }
}
