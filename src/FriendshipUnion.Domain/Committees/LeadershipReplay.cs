using System.Globalization;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// Replays a union's leadership history change by change: the one piece of code that both checks the leadership
/// rules (when given a sink) and derives the tenures the queries answer from. Paths are relative to the union.
/// </summary>
internal sealed class LeadershipReplay
{
    private readonly UnionDraft draft;
    private readonly RuleCatalog rules;
    private readonly List<RuleViolation>? sink;
    private readonly Dictionary<int, int> congressIndex = [];
    private readonly Dictionary<(int Term, BodyKind Kind), CommitteeBody> bodies = [];
    private readonly Dictionary<int, List<Live>> active = [];
    private readonly List<Tenure> tenures = [];

    private LeadershipReplay(UnionDraft draft, RuleCatalog rules, List<RuleViolation>? sink)
    {
        this.draft = draft;
        this.rules = rules;
        this.sink = sink;
        for (var i = 0; i < draft.Congresses.Count; i++)
        {
            congressIndex.TryAdd(draft.Congresses[i].Ordinal, i);
        }
    }

    /// <summary>Checks every leadership rule; returns nothing, adds each violation to <paramref name="sink"/>.</summary>
    internal static void Check(UnionDraft draft, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink) =>
        new LeadershipReplay(draft, rules, sink).Run(today);

    /// <summary>Derives the tenures of a valid history, in the order the changes made them.</summary>
    internal static List<Tenure> Derive(UnionDraft draft) => new LeadershipReplay(draft, RuleCatalog.Empty, null).Run(null);

    private List<Tenure> Run(LocalDate? today)
    {
        for (var i = 0; i < draft.Bodies.Count; i++)
        {
            CheckBody(draft.Bodies[i], $"bodies[{i}]");
        }

        PartialDate? latest = null; // the change on record with the latest earliest day
        for (var i = 0; i < draft.Leadership.Count; i++)
        {
            var change = draft.Leadership[i];
            var path = $"leadership[{i}]";
            var on = change.Date.Earliest;
            if (latest is { } p && change.Date.Latest < p.Earliest)
            {
                Report(RuleCodes.LeadershipHistoryOrder, on, $"A change dated {change.Date} cannot follow one dated {p}: record changes in time order.", path + ".date", change.Date.ToString());
            }

            if (latest is not { } q || change.Date.Earliest > q.Earliest)
            {
                latest = change.Date;
            }

            if (today is { } now && change.Date.Earliest > now)
            {
                Report(RuleCodes.LeadershipNotInFuture, now, $"A change cannot be dated after today ({now:uuuu-MM-dd}).", path + ".date", change.Date.ToString());
            }

            if (!congressIndex.TryGetValue(change.Term, out var congress))
            {
                Report(RuleCodes.MembershipWithinTerm, on, $"No congress numbered {change.Term} is on record, so the term does not exist.", path + ".term", change.Term.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            Apply(change, congress, path);
        }

        CloseTerms();
        return tenures;
    }

    private void CheckBody(CommitteeBody body, string path)
    {
        if (!congressIndex.TryGetValue(body.Term, out var congress))
        {
            Report(RuleCodes.CommitteeBodyUnique, null, $"No congress numbered {body.Term} is on record to elect this {Offices.Title(body.Kind)}.", path + ".term", body.Term.ToString(CultureInfo.InvariantCulture));
            return;
        }

        var held = draft.Congresses[congress].Held;
        if (!bodies.TryAdd((body.Term, body.Kind), body))
        {
            Report(RuleCodes.CommitteeBodyUnique, held?.Earliest, $"The {Offices.Title(body.Kind)} of term {body.Term} is declared twice.", path + ".kind", body.Kind.ToString());
        }

        if (Offices.MaxHolders(Offices.MembershipOf(body.Kind), draft.Level) == 0)
        {
            Report(RuleCodes.PostMaxHolders, held?.Earliest, $"A {draft.Level.ToString().ToLowerInvariant()} union has no {Offices.Title(body.Kind)}.", path + ".kind", body.Kind.ToString());
        }

        var code = body.Kind switch
        {
            BodyKind.ExecutiveCommittee => RuleCodes.CharterExecutiveCommitteeSize,
            BodyKind.StandingCommittee => RuleCodes.CharterStandingCommitteeSize,
            BodyKind.InspectionCommittee => RuleCodes.CharterInspectionCommitteeSize,
            _ => null,
        };
        if (sink is not null && code is not null && body.DeclaredSize is { } size && held is { } date
            && rules.Find(code, date.Earliest, draft.Id) is { } provision
            && (size > (provision.Threshold ?? int.MaxValue) || size < (provision.Minimum ?? 0)))
        {
            sink.Add(new RuleViolation(code, $"The {Offices.Title(body.Kind)} has {Range(provision)} seats under {provision.Source}; {size} were declared.", path + ".declaredSize", size.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void Apply(LeadershipChange change, int congress, string path)
    {
        if (!active.TryGetValue(change.Term, out var lives))
        {
            lives = [];
            active[change.Term] = lives;
        }

        var on = change.Date.Earliest;
        var hadHead = HasHead(lives);
        var started = new List<Live>();
        var ended = new List<(PersonId Person, Office Office)>();
        var presidentBack = false;
        for (var j = 0; j < change.Facts.Count; j++)
        {
            var fact = change.Facts[j];
            var factPath = $"{path}.facts[{j}]";
            CheckWithinTerm(change, fact, congress, factPath);
            var live = fact.Office is { } office ? lives.Find(l => l.Tenure.Person == fact.Person && l.Tenure.Office == office) : null;
            switch (fact.Kind)
            {
                case var _ when fact.StartsTenure:
                    if (live is not null)
                    {
                        Report(RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} already holds the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factPath, fact.Person.Value);
                        break;
                    }

                    var began = Began(fact.Kind, change.Date, congress);
                    var tenure = new Tenure(draft.Id, change.Term, fact.Office!.Value, fact.Person, fact.Kind, change.Date, began);
                    var born = new Live(tenure);
                    tenures.Add(tenure);
                    lives.Add(born);
                    started.Add(born);
                    break;
                case OfficeChangeKind.Died:
                    var held = lives.FindAll(l => l.Tenure.Person == fact.Person);
                    if (held.Count == 0)
                    {
                        Report(RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} holds no office in term {change.Term}.", factPath, fact.Person.Value);
                    }

                    foreach (var l in held)
                    {
                        End(lives, l, change.Date, TenureEnd.Died);
                        ended.Add((fact.Person, l.Tenure.Office));
                    }

                    break;
                case OfficeChangeKind.Resigned or OfficeChangeKind.Dismissed:
                    if (live is null)
                    {
                        Report(RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} does not hold the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factPath, fact.Person.Value);
                        break;
                    }

                    End(lives, live, change.Date, fact.Kind == OfficeChangeKind.Resigned ? TenureEnd.Resigned : TenureEnd.Dismissed);
                    ended.Add((fact.Person, live.Tenure.Office));
                    break;
                case OfficeChangeKind.Suspended:
                    if (live is null || live.IsSuspended)
                    {
                        Report(RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} is not a serving holder of the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factPath, fact.Person.Value);
                        break;
                    }

                    live.Suspensions.Add(new Suspension(change.Date, null));
                    break;
                case OfficeChangeKind.Reinstated:
                    if (live is null || !live.IsSuspended)
                    {
                        Report(RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} is not a suspended holder of the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factPath, fact.Person.Value);
                        break;
                    }

                    live.Suspensions[^1] = live.Suspensions[^1] with { To = change.Date };
                    presidentBack |= live.Tenure.Office == Office.President;
                    break;
            }
        }

        // An acting head serves until a President is elected or reinstated.
        if (presidentBack || started.Exists(l => l.Tenure.Office == Office.President))
        {
            foreach (var acting in lives.FindAll(l => l.Tenure.Office == Office.ActingPresident && !started.Contains(l)))
            {
                End(lives, acting, change.Date, TenureEnd.Superseded);
            }
        }

        if (sink is not null)
        {
            CheckComposition(change, lives, started, ended, hadHead, path);
        }
    }

    private void CheckComposition(LeadershipChange change, List<Live> lives, List<Live> started, List<(PersonId Person, Office Office)> ended, bool hadHead, string path)
    {
        var on = change.Date.Earliest;
        foreach (var office in started.Select(l => l.Tenure.Office).Distinct())
        {
            var count = lives.Count(l => l.Tenure.Office == office);
            if (Offices.MaxHolders(office, draft.Level) is { } max && count > max)
            {
                Report(RuleCodes.PostMaxHolders, on, max == 0
                    ? $"A {draft.Level.ToString().ToLowerInvariant()} union has no office of {Offices.Title(office)}."
                    : $"The office of {Offices.Title(office)} allows {max} holder{(max == 1 ? string.Empty : "s")}; this change leaves {count}.", path, Offices.Title(office));
            }

            if (Offices.BodyOf(office) is { } body && bodies.TryGetValue((change.Term, body), out var declared) && declared.DeclaredSize is { } size && count > size)
            {
                Report(RuleCodes.CommitteeDeclaredSize, on, $"The {Offices.Title(body)} of term {change.Term} has {size} seats; this change records {count} members.", path, count.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (started.Exists(l => Offices.IsVicePresident(l.Tenure.Office)) && rules.Find(RuleCodes.CharterVicePresidents, on, draft.Id) is { Threshold: { } most } charter)
        {
            var count = lives.Count(l => Offices.IsVicePresident(l.Tenure.Office));
            if (count > most)
            {
                sink!.Add(new RuleViolation(RuleCodes.CharterVicePresidents, $"{charter.Source} allows {most} Vice Presidents; this change leaves {count}.", path, count.ToString(CultureInfo.InvariantCulture)));
            }
        }

        bool Holds(PersonId person, Office office) => lives.Exists(l => l.Tenure.Person == person && l.Tenure.Office == office);

        foreach (var live in started)
        {
            var (person, office) = (live.Tenure.Person, live.Tenure.Office);
            if (office == Office.StandingCommitteeMember && !Holds(person, Office.ExecutiveCommitteeMember))
            {
                Report(RuleCodes.CommitteeStandingWithinExecutive, on, $"{person} joins the Standing Committee but is not a member of the Executive Committee.", path, person.Value);
            }

            if (Offices.IsElectedFromStandingCommittee(office) && !Holds(person, Office.StandingCommitteeMember))
            {
                Report(RuleCodes.PostFromStandingCommittee, on, $"{person} takes the office of {Offices.Title(office)} but is not a member of the Standing Committee.", path, person.Value);
            }
        }

        foreach (var (person, office) in ended)
        {
            if (office == Office.ExecutiveCommitteeMember && Holds(person, Office.StandingCommitteeMember))
            {
                Report(RuleCodes.CommitteeStandingWithinExecutive, on, $"{person} leaves the Executive Committee but stays on the Standing Committee.", path, person.Value);
            }

            if (office == Office.StandingCommitteeMember && lives.Exists(l => l.Tenure.Person == person && Offices.IsElectedFromStandingCommittee(l.Tenure.Office)))
            {
                Report(RuleCodes.PostFromStandingCommittee, on, $"{person} leaves the Standing Committee but keeps a post elected from it.", path, person.Value);
            }
        }

        if (hadHead && !HasHead(lives))
        {
            Report(RuleCodes.PresidencyHead, on, "This change leaves the presidency without a head: name a successor or an acting head in the same change (during a suspension, a serving Permanent Vice President acts).", path);
        }

        if (started.Exists(l => l.Tenure.Office == Office.ActingPresident) && lives.Exists(l => l.Tenure.Office == Office.President && !l.IsSuspended))
        {
            Report(RuleCodes.PresidencyHead, on, "An acting head is appointed only while the presidency is vacant or its holder suspended.", path);
        }
    }

    private void CheckWithinTerm(LeadershipChange change, OfficeFact fact, int congress, string path)
    {
        var date = change.Date;
        var span = SpanOf(congress);
        string? problem = null;
        if (span.Opened is { } c)
        {
            if (fact.Kind == OfficeChangeKind.ElectedAtCongress && (date.Latest < c.Earliest || date.Earliest > c.Latest))
            {
                problem = $"An election at the congress is dated the day of the congress ({c}).";
            }
            else if (fact.Kind == OfficeChangeKind.ByElected && date.Latest <= c.Earliest)
            {
                problem = $"A by-election comes after the congress that opened the term ({c}).";
            }
            else if (date.Latest < c.Earliest)
            {
                problem = $"The change comes before the congress that opened the term ({c}).";
            }
        }

        if (problem is null && span.Closed is { } n && date.Earliest >= n.Latest)
        {
            problem = span.ByUnionEnd
                ? $"The change comes after the union ended ({draft.Succession!.Kind}, {n})."
                : $"The change comes after the next congress ({n}) closed the term.";
        }

        if (problem is not null)
        {
            Report(RuleCodes.MembershipWithinTerm, date.Earliest, problem, path, date.ToString());
        }
    }

    private void CloseTerms()
    {
        foreach (var (term, lives) in active)
        {
            var span = SpanOf(congressIndex[term]);
            if (!span.Closes)
            {
                continue;
            }

            foreach (var live in lives.ToArray())
            {
                var ended = span.Closed is { } n ? new Bounds<LocalDate>(n.Earliest, n.Latest) : new Bounds<LocalDate>(live.Tenure.Began.Min, LocalDate.MaxIsoValue);
                Finish(live, span.Closed, ended, span.ByUnionEnd ? TenureEnd.UnionEnded : TenureEnd.TermEnded);
            }

            lives.Clear();
        }

        foreach (var lives in active.Values)
        {
            foreach (var live in lives)
            {
                live.Tenure.Suspensions = live.Suspensions.ToArray();
            }
        }
    }

    private void End(List<Live> lives, Live live, PartialDate date, TenureEnd reason)
    {
        lives.Remove(live);
        var latest = SpanOf(congressIndex[live.Tenure.Term]).Closed?.Latest ?? LocalDate.MaxIsoValue;
        Finish(live, date, new Bounds<LocalDate>(date.Earliest, LocalDate.Min(date.Latest, latest)), reason);
    }

    // How a tenure may have begun, kept within its term: no earlier than the congress (the day after, for a
    // by-election); an attested holder began some day between the congress and the date the source shows.
    private Bounds<LocalDate> Began(OfficeChangeKind kind, PartialDate date, int congress)
    {
        var opened = SpanOf(congress).Opened?.Earliest ?? LocalDate.MinIsoValue;
        if (kind == OfficeChangeKind.ByElected && opened != LocalDate.MinIsoValue)
        {
            opened = opened.PlusDays(1);
        }

        var earliest = kind == OfficeChangeKind.Attested ? opened : LocalDate.Max(date.Earliest, opened);
        return new Bounds<LocalDate>(LocalDate.Min(earliest, date.Latest), date.Latest);
    }

    // The congress that opened a term and what closed it: the next congress, or after the last congress the union's
    // end. Closes is false for the open term; Closed is null when the closing date is unknown.
    private TermSpan SpanOf(int congress)
    {
        var opened = draft.Congresses[congress].Held;
        return congress + 1 < draft.Congresses.Count ? new(opened, draft.Congresses[congress + 1].Held, true, false)
            : draft.Succession is { } ending ? new(opened, ending.Date, true, true)
            : new(opened, null, false, false);
    }

    private static void Finish(Live live, PartialDate? date, Bounds<LocalDate> ended, TenureEnd reason)
    {
        live.Tenure.To = date;
        live.Tenure.Ended = ended;
        live.Tenure.EndReason = reason;
        live.Tenure.Suspensions = live.Suspensions.ToArray();
    }

    /// <summary>The presidency has a head when an acting head serves, the President serves, or the President is
    /// suspended and a Permanent Vice President serves.</summary>
    private static bool HasHead(List<Live> lives)
    {
        bool Serving(Office office) => lives.Exists(l => l.Tenure.Office == office && !l.IsSuspended);
        return Serving(Office.ActingPresident) || Serving(Office.President)
            || (lives.Exists(l => l.Tenure.Office == Office.President) && Serving(Office.PermanentVicePresident));
    }

    private static string Range(Rule provision) => (provision.Minimum, provision.Threshold) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"at most {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min}"),
        _ => "any number of",
    };

    private void Report(string code, LocalDate? date, string message, string path, string? value = null)
    {
        if (sink is null)
        {
            return;
        }

        var applies = date is { } d ? rules.Find(code, d, draft.Id) is not null : rules.Describe(code).Count > 0;
        if (applies)
        {
            sink.Add(new RuleViolation(code, message, path, value));
        }
    }

    private readonly record struct TermSpan(PartialDate? Opened, PartialDate? Closed, bool Closes, bool ByUnionEnd);

    private sealed class Live(Tenure tenure)
    {
        public Tenure Tenure { get; } = tenure;

        public List<Suspension> Suspensions { get; } = [];

        public bool IsSuspended => Suspensions.Count > 0 && Suspensions[^1].To is null;
    }
}
