using System.Globalization;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>What the leadership of a union is checked against beyond itself, given by the dataset it belongs to.</summary>
internal interface ILeadershipContext
{
    RuleCatalog Rules { get; }

    OrganizationLevel Level { get; }

    /// <summary>Gets the union's congresses, terms and end as they stand now.</summary>
    TermHistory Terms { get; }

    /// <summary>Tells whether a person is in the dataset, and gives the person when known (for the dates).</summary>
    bool PersonExists(PersonId person, out Person? found);

    void Record(IDomainEvent happened);
}

/// <summary>
/// A union's leadership as a running state: the declared bodies, the history of changes and, for each term, who holds
/// what now. It is the one piece of code that checks the leadership rules and derives the tenures, and it does so
/// change by change: a change is checked against the state it finds and applied to it, so recording one change costs
/// what the change touches, not the whole history. Checking a whole history (on load) is the same steps from an empty
/// state. Paths are relative to the union.
/// </summary>
internal sealed class LeadershipState
{
    private static readonly int OfficeCount = Offices.All.Count;

    private readonly UnionId union;
    private readonly List<CommitteeBody> bodies = [];
    private readonly Dictionary<(int Term, BodyKind Kind), CommitteeBody> bodyIndex = [];
    private readonly List<LeadershipChange> history = [];
    private readonly Dictionary<int, List<int>> changesByTerm = [];
    private readonly List<TenureRecord> tenures = [];
    private readonly Dictionary<int, TermLive> live = [];
    private PartialDate? latest;
    private List<Action>? undo;

    internal LeadershipState(UnionId union)
    {
        this.union = union;
        Bodies = bodies.AsReadOnly();
        History = history.AsReadOnly();
    }

    internal IReadOnlyList<CommitteeBody> Bodies { get; }

    internal IReadOnlyList<LeadershipChange> History { get; }

    internal IReadOnlyList<TenureRecord> Tenures => tenures;

    /// <summary>Gets a number that changes whenever the state does, so that views built from it know when to rebuild.</summary>
    internal int Version { get; private set; }

    internal CommitteeBody? BodyOf(int term, BodyKind kind) => bodyIndex.GetValueOrDefault((term, kind));

    /// <summary>Checks a body and, unless it breaks a rule or <paramref name="keepRefused"/> is set, declares it.</summary>
    /// <returns><see langword="true"/> when no rule was broken.</returns>
    internal bool DeclareBody(CommitteeBody body, int index, ILeadershipContext context, List<RuleViolation> sink, bool keepRefused)
    {
        var before = sink.Count;
        var at = new At("bodies", index);
        var rules = context.Rules;
        var terms = context.Terms;
        var congress = terms.IndexOf(body.Term);
        if (congress < 0)
        {
            Report(rules, sink, RuleCodes.CommitteeBodyUnique, null, $"No congress numbered {body.Term} is on record to elect this {Offices.Title(body.Kind)}.", at.Member("term"), body.Term.ToString(CultureInfo.InvariantCulture));
            return false;
        }

        var held = terms.Congresses[congress].Held;
        var duplicate = bodyIndex.ContainsKey((body.Term, body.Kind));
        if (duplicate)
        {
            Report(rules, sink, RuleCodes.CommitteeBodyUnique, held?.Earliest, $"The {Offices.Title(body.Kind)} of term {body.Term} is declared twice.", at.Member("kind"), body.Kind.ToString());
        }

        var membership = Offices.MembershipOf(body.Kind);
        if (Offices.MaxHolders(membership, context.Level) == 0)
        {
            Report(rules, sink, RuleCodes.PostMaxHolders, held?.Earliest, $"A {context.Level.ToString().ToLowerInvariant()} union has no {Offices.Title(body.Kind)}.", at.Member("kind"), body.Kind.ToString());
        }

        var code = body.Kind switch
        {
            BodyKind.ExecutiveCommittee => RuleCodes.CharterExecutiveCommitteeSize,
            BodyKind.StandingCommittee => RuleCodes.CharterStandingCommitteeSize,
            BodyKind.InspectionCommittee => RuleCodes.CharterInspectionCommitteeSize,
            _ => null,
        };
        if (code is not null && body.DeclaredSize is { } size && held is { } date
            && rules.Find(code, date.Earliest, union) is { } provision
            && (size > (provision.Threshold ?? int.MaxValue) || size < (provision.Minimum ?? 0)))
        {
            sink.Add(new RuleViolation(code, $"The {Offices.Title(body.Kind)} has {Range(provision)} seats under {provision.Source}; {size} were declared.", at.Member("declaredSize").ToString(), size.ToString(CultureInfo.InvariantCulture)));
        }

        // Members already recorded count against a size declared after them.
        if (body.DeclaredSize is { } seats && live.TryGetValue(body.Term, out var term) && term.Peak[(int)membership] > seats)
        {
            Report(rules, sink, RuleCodes.CommitteeDeclaredSize, held?.Earliest, $"The {Offices.Title(body.Kind)} of term {body.Term} has recorded {term.Peak[(int)membership]} members at once; it cannot be declared with {seats} seats.", at.Member("declaredSize"), seats.ToString(CultureInfo.InvariantCulture));
        }

        var ok = sink.Count == before;
        if ((ok || keepRefused) && !duplicate)
        {
            bodies.Add(body);
            bodyIndex.Add((body.Term, body.Kind), body);
            Version++;
        }

        return ok;
    }

    /// <summary>Checks a change against the state and applies it. When it breaks a rule, the state is left as it
    /// was, unless <paramref name="keepRefused"/> is set (a whole history being checked goes on from the change).</summary>
    /// <returns><see langword="true"/> when no rule was broken.</returns>
    internal bool Record(LeadershipChange change, int index, ILeadershipContext context, LocalDate? today, List<RuleViolation> sink, bool keepRefused)
    {
        var before = sink.Count;
        undo = keepRefused ? null : [];
        try
        {
            Apply(change, index, context, today, sink);
            if (sink.Count > before && undo is not null)
            {
                for (var i = undo.Count - 1; i >= 0; i--)
                {
                    undo[i]();
                }
            }
            else
            {
                Version++;
            }
        }
        catch
        {
            // Nothing a change holds should throw here; if it does, leave the state as it was.
            for (var i = (undo?.Count ?? 0) - 1; i >= 0; i--)
            {
                undo![i]();
            }

            throw;
        }
        finally
        {
            undo = null;
        }

        return sink.Count == before;
    }

    /// <summary>Adds a violation for each change that a new span of its term (a new congress, or the union's end) would
    /// put outside the term. Only the last term's span changes when a congress or an end is recorded, so only its
    /// changes are looked at.</summary>
    internal void CheckTerms(TermHistory current, TermHistory proposed, RuleCatalog rules, List<RuleViolation> sink)
    {
        var t = current.Congresses.Count - 1;
        if (t >= 0 && current.SpanOf(t) != proposed.SpanOf(t))
        {
            CheckTermChanges(current.Congresses[t].Ordinal, proposed.SpanOf(t), rules, sink);
        }

        if (current.InterimSpan != proposed.InterimSpan)
        {
            CheckTermChanges(TermHistory.Interim, proposed.InterimSpan, rules, sink);
        }
    }

    private void CheckTermChanges(int ordinal, TermSpan span, RuleCatalog rules, List<RuleViolation> sink)
    {
        if (changesByTerm.TryGetValue(ordinal, out var indices))
        {
            foreach (var i in indices)
            {
                var change = history[i];
                for (var j = 0; j < change.Facts.Count; j++)
                {
                    CheckWithinTerm(change, change.Facts[j], span, rules, new At("leadership", i).Fact(j), sink);
                }
            }
        }
    }

    private static string Range(Rule provision) => (provision.Minimum, provision.Threshold) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"at most {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min}"),
        _ => "any number of",
    };

    // How a tenure may have begun, kept within its term: no earlier than the congress (the day after, for a
    // by-election); an attested holder began some day between the congress and the date the source shows.
    private static Bounds<LocalDate> Began(OfficeChangeKind kind, PartialDate date, TermSpan span)
    {
        var opened = span.Opened?.Earliest ?? LocalDate.MinIsoValue;
        if (kind == OfficeChangeKind.ByElected && opened != LocalDate.MinIsoValue && opened < LocalDate.MaxIsoValue)
        {
            opened = opened.PlusDays(1);
        }

        var earliest = kind == OfficeChangeKind.Attested ? opened : LocalDate.Max(date.Earliest, opened);
        return new Bounds<LocalDate>(LocalDate.Min(earliest, date.Latest), date.Latest);
    }

    private void CheckWithinTerm(LeadershipChange change, OfficeFact fact, TermSpan span, RuleCatalog rules, At at, List<RuleViolation> sink)
    {
        var date = change.Date;
        string? problem = null;
        if (change.Term == TermHistory.Interim && fact.Kind is OfficeChangeKind.ElectedAtCongress or OfficeChangeKind.ElectedByExecutiveCommittee or OfficeChangeKind.ByElected)
        {
            problem = "No congress on record opens term 0, the interim before the first congress: its leaders are appointed or attested, not elected.";
        }
        else if (span.Opened is { } c)
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
                ? $"The change comes after the union ended ({n})."
                : $"The change comes after the next congress ({n}) closed the term.";
        }

        if (problem is not null)
        {
            Report(rules, sink, RuleCodes.MembershipWithinTerm, date.Earliest, problem, at, date.ToString());
        }
    }

    // An appointment names the decision that made it, and comes only in the interim before the first congress on
    // record (a union formed by a merger); a congress elects the leaders after that.
    private void CheckAppointments(LeadershipChange change, RuleCatalog rules, At at, List<RuleViolation> sink)
    {
        for (var k = 0; k < change.Facts.Count; k++)
        {
            if (change.Facts[k].Kind != OfficeChangeKind.Appointed)
            {
                continue;
            }

            if (change.Decision is null)
            {
                Report(rules, sink, RuleCodes.LeadershipAppointmentDecision, change.Date.Earliest, "An appointment names the decision that made it (decision).", at.Member("decision"));
            }

            if (change.Term != TermHistory.Interim)
            {
                Report(rules, sink, RuleCodes.LeadershipAppointmentInterim, change.Date.Earliest, $"Leaders are appointed only in term 0, before the first congress on record; term {change.Term} was opened by a congress, which elects them.", at.Fact(k), change.Term.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private void Apply(LeadershipChange change, int index, ILeadershipContext context, LocalDate? today, List<RuleViolation> sink)
    {
        var rules = context.Rules;
        var terms = context.Terms;
        var at = new At("leadership", index);
        var on = change.Date.Earliest;
        if (latest is { } p && change.Date.Latest < p.Earliest)
        {
            Report(rules, sink, RuleCodes.LeadershipHistoryOrder, on, $"A change dated {change.Date} cannot follow one dated {p}: record changes in time order.", at.Member("date"), change.Date.ToString());
        }

        if (latest is not { } q || change.Date.Earliest > q.Earliest)
        {
            var was = latest;
            latest = change.Date;
            Undo(() => latest = was);
        }

        if (today is { } now && change.Date.Earliest > now)
        {
            Report(rules, sink, RuleCodes.LeadershipNotInFuture, now, $"A change cannot be dated after today ({now:uuuu-MM-dd}).", at.Member("date"), change.Date.ToString());
        }

        for (var k = 0; k < change.Facts.Count; k++)
        {
            var person = change.Facts[k].Person;
            if (!context.PersonExists(person, out var known))
            {
                if (rules.Applies(RuleCodes.PersonExists, on))
                {
                    sink.Add(new RuleViolation(RuleCodes.PersonExists, $"'{person}' is not a person of the dataset.", at.Fact(k).Member("person").ToString(), person.Value));
                }
            }
            else if (known?.BirthDate is { } birth && change.Date.Latest < birth.Earliest)
            {
                Report(rules, sink, RuleCodes.LeadershipWithinLifetime, on, $"The change ({change.Date}) names {known.Name} before they were born ({birth}).", at.Fact(k), change.Date.ToString());
            }
            else if (known?.DeathDate is { } death && change.Date.Earliest > death.Latest)
            {
                Report(rules, sink, RuleCodes.LeadershipWithinLifetime, on, $"The change ({change.Date}) names {known.Name} after they died ({death}).", at.Fact(k), change.Date.ToString());
            }
        }

        history.Add(change);
        Undo(() => history.RemoveAt(history.Count - 1));
        if (terms.SpanOfTerm(change.Term) is not { } span)
        {
            Report(rules, sink, RuleCodes.MembershipWithinTerm, on, $"No congress numbered {change.Term} is on record, so the term does not exist.", at.Member("term"), change.Term.ToString(CultureInfo.InvariantCulture));
            return;
        }

        CheckAppointments(change, rules, at, sink);

        if (!changesByTerm.TryGetValue(change.Term, out var ofTerm))
        {
            ofTerm = [];
            changesByTerm[change.Term] = ofTerm;
            Undo(() => changesByTerm.Remove(change.Term));
        }

        ofTerm.Add(history.Count - 1);
        Undo(() => ofTerm.RemoveAt(ofTerm.Count - 1));
        if (!live.TryGetValue(change.Term, out var term))
        {
            term = new TermLive();
            live[change.Term] = term;
            Undo(() => live.Remove(change.Term));
        }

        var hadHead = term.HasHead;
        var started = new List<TenureRecord>();
        var ended = new List<(PersonId Person, Office Office)>();
        var presidentBack = false;
        for (var j = 0; j < change.Facts.Count; j++)
        {
            var fact = change.Facts[j];
            var factAt = at.Fact(j);
            CheckWithinTerm(change, fact, span, rules, factAt, sink);
            var holding = fact.Office is { } office ? term.Held.GetValueOrDefault((fact.Person, office)) : null;
            switch (fact.Kind)
            {
                case var _ when fact.StartsTenure:
                    if (holding is not null)
                    {
                        Report(rules, sink, RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} already holds the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factAt, fact.Person.Value);
                        break;
                    }

                    started.Add(Start(term, new TenureRecord(change.Term, fact.Office!.Value, fact.Person, fact.Kind, change.Date, Began(fact.Kind, change.Date, span))));
                    break;
                case OfficeChangeKind.Died:
                    var any = false;
                    for (var o = 0; o < OfficeCount; o++)
                    {
                        if (term.Held.GetValueOrDefault((fact.Person, (Office)o)) is { } held)
                        {
                            any = true;
                            End(term, held, change.Date, TenureEnd.Died);
                            ended.Add((fact.Person, (Office)o));
                        }
                    }

                    if (!any)
                    {
                        Report(rules, sink, RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} holds no office in term {change.Term}.", factAt, fact.Person.Value);
                    }

                    break;
                case OfficeChangeKind.Resigned or OfficeChangeKind.Dismissed:
                    if (holding is null)
                    {
                        Report(rules, sink, RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} does not hold the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factAt, fact.Person.Value);
                        break;
                    }

                    End(term, holding, change.Date, fact.Kind == OfficeChangeKind.Resigned ? TenureEnd.Resigned : TenureEnd.Dismissed);
                    ended.Add((fact.Person, holding.Office));
                    break;
                case OfficeChangeKind.Suspended:
                    if (holding is null || holding.IsSuspended)
                    {
                        Report(rules, sink, RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} is not a serving holder of the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factAt, fact.Person.Value);
                        break;
                    }

                    Suspend(term, holding, change.Date);
                    break;
                case OfficeChangeKind.Reinstated:
                    if (holding is null || !holding.IsSuspended)
                    {
                        Report(rules, sink, RuleCodes.LeadershipCurrentHolder, on, $"{fact.Person} is not a suspended holder of the office of {Offices.Title(fact.Office!.Value)} in term {change.Term}.", factAt, fact.Person.Value);
                        break;
                    }

                    Reinstate(term, holding, change.Date);
                    presidentBack |= holding.Office == Office.President;
                    break;
            }
        }

        // An acting head serves until a President is elected or reinstated.
        if (presidentBack || started.Exists(l => l.Office == Office.President))
        {
            foreach (var acting in term.Held.Values.Where(l => l.Office == Office.ActingPresident && !started.Contains(l)).ToArray())
            {
                End(term, acting, change.Date, TenureEnd.Superseded);
            }
        }

        CheckComposition(change, term, started, ended, hadHead, at, context, sink);
    }

    private void CheckComposition(LeadershipChange change, TermLive term, List<TenureRecord> started, List<(PersonId Person, Office Office)> ended, bool hadHead, At at, ILeadershipContext context, List<RuleViolation> sink)
    {
        var rules = context.Rules;
        var level = context.Level;
        var on = change.Date.Earliest;
        foreach (var office in started.Select(l => l.Office).Distinct())
        {
            var count = term.Count[(int)office];
            if (Offices.MaxHolders(office, level) is { } max && count > max)
            {
                Report(rules, sink, RuleCodes.PostMaxHolders, on, max == 0
                    ? $"A {level.ToString().ToLowerInvariant()} union has no office of {Offices.Title(office)}."
                    : $"The office of {Offices.Title(office)} allows {max} holder{(max == 1 ? string.Empty : "s")}; this change leaves {count}.", at, Offices.Title(office));
            }

            if (Offices.BodyOf(office) is { } body && bodyIndex.TryGetValue((change.Term, body), out var declared) && declared.DeclaredSize is { } size && count > size)
            {
                Report(rules, sink, RuleCodes.CommitteeDeclaredSize, on, $"The {Offices.Title(body)} of term {change.Term} has {size} seats; this change records {count} members.", at, count.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (started.Exists(l => Offices.IsVicePresident(l.Office)) && rules.Find(RuleCodes.CharterVicePresidents, on, union) is { Threshold: { } most } charter)
        {
            var count = term.Count[(int)Office.VicePresident] + term.Count[(int)Office.PermanentVicePresident] + term.Count[(int)Office.VicePresidentGeneralSecretary];
            if (count > most)
            {
                sink.Add(new RuleViolation(RuleCodes.CharterVicePresidents, $"{charter.Source} allows {most} Vice Presidents; this change leaves {count}.", at.ToString(), count.ToString(CultureInfo.InvariantCulture)));
            }
        }

        foreach (var tenure in started)
        {
            var (person, office) = (tenure.Person, tenure.Office);
            if (office == Office.StandingCommitteeMember && !term.Holds(person, Office.ExecutiveCommitteeMember))
            {
                Report(rules, sink, RuleCodes.CommitteeStandingWithinExecutive, on, $"{person} joins the Standing Committee but is not a member of the Executive Committee.", at, person.Value);
            }

            if (Offices.IsElectedFromStandingCommittee(office) && tenure.StartKind != OfficeChangeKind.Appointed && !term.Holds(person, Office.StandingCommitteeMember))
            {
                Report(rules, sink, RuleCodes.PostFromStandingCommittee, on, $"{person} takes the office of {Offices.Title(office)} but is not a member of the Standing Committee.", at, person.Value);
            }
        }

        foreach (var (person, office) in ended)
        {
            if (office == Office.ExecutiveCommitteeMember && term.Holds(person, Office.StandingCommitteeMember))
            {
                Report(rules, sink, RuleCodes.CommitteeStandingWithinExecutive, on, $"{person} leaves the Executive Committee but stays on the Standing Committee.", at, person.Value);
            }

            if (office == Office.StandingCommitteeMember && Offices.All.Any(o => Offices.IsElectedFromStandingCommittee(o) && term.Holds(person, o)))
            {
                Report(rules, sink, RuleCodes.PostFromStandingCommittee, on, $"{person} leaves the Standing Committee but keeps a post elected from it.", at, person.Value);
            }
        }

        if (hadHead && !term.HasHead)
        {
            Report(rules, sink, RuleCodes.PresidencyHead, on, "This change leaves the presidency without a head: name a successor or an acting head in the same change (during a suspension, a serving Permanent Vice President acts).", at);
        }

        if (started.Exists(l => l.Office == Office.ActingPresident) && term.Count[(int)Office.President] > term.Suspended[(int)Office.President])
        {
            Report(rules, sink, RuleCodes.PresidencyHead, on, "An acting head is appointed only while the presidency is vacant or its holder suspended.", at);
        }
    }

    private TenureRecord Start(TermLive term, TenureRecord tenure)
    {
        tenures.Add(tenure);
        term.Held.Add((tenure.Person, tenure.Office), tenure);
        var office = (int)tenure.Office;
        term.Count[office]++;
        var peak = term.Peak[office];
        term.Peak[office] = Math.Max(peak, term.Count[office]);
        Undo(() =>
        {
            tenures.RemoveAt(tenures.Count - 1);
            term.Held.Remove((tenure.Person, tenure.Office));
            term.Count[office]--;
            term.Peak[office] = peak;
        });
        return tenure;
    }

    private void End(TermLive term, TenureRecord tenure, PartialDate date, TenureEnd reason)
    {
        var office = (int)tenure.Office;
        var suspended = tenure.IsSuspended;
        term.Held.Remove((tenure.Person, tenure.Office));
        term.Count[office]--;
        if (suspended)
        {
            term.Suspended[office]--;
        }

        tenure.EndReason = reason;
        tenure.To = date;
        Undo(() =>
        {
            tenure.EndReason = null;
            tenure.To = null;
            term.Held.Add((tenure.Person, tenure.Office), tenure);
            term.Count[office]++;
            if (suspended)
            {
                term.Suspended[office]++;
            }
        });
    }

    private void Suspend(TermLive term, TenureRecord tenure, PartialDate date)
    {
        tenure.Suspensions.Add(new Suspension(date, null));
        term.Suspended[(int)tenure.Office]++;
        Undo(() =>
        {
            tenure.Suspensions.RemoveAt(tenure.Suspensions.Count - 1);
            term.Suspended[(int)tenure.Office]--;
        });
    }

    private void Reinstate(TermLive term, TenureRecord tenure, PartialDate date)
    {
        var open = tenure.Suspensions[^1];
        tenure.Suspensions[^1] = open with { To = date };
        term.Suspended[(int)tenure.Office]--;
        Undo(() =>
        {
            tenure.Suspensions[^1] = open;
            term.Suspended[(int)tenure.Office]++;
        });
    }

    private void Undo(Action action) => undo?.Add(action);

    private void Report(RuleCatalog rules, List<RuleViolation> sink, string code, LocalDate? date, string message, At at, string? value = null)
    {
        var applies = date is { } d ? rules.Find(code, d, union) is not null : rules.Describe(code).Count > 0;
        if (applies)
        {
            sink.Add(new RuleViolation(code, message, at.ToString(), value));
        }
    }

    /// <summary>Where in the union a violation is — a body, a change, a fact of it, a member — written out only when a
    /// violation is reported, so that a change that breaks nothing builds no path.</summary>
    private readonly record struct At(string Collection, int Index, int FactIndex = -1, string? Name = null)
    {
        public At Fact(int index) => this with { FactIndex = index };

        public At Member(string name) => this with { Name = name };

        public override string ToString()
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{Collection}[{Index}]");
            if (FactIndex >= 0)
            {
                path += string.Create(CultureInfo.InvariantCulture, $".facts[{FactIndex}]");
            }

            return Name is null ? path : path + "." + Name;
        }
    }

    /// <summary>Who holds what in one term now: the tenures not ended by a change, counted by office.</summary>
    private sealed class TermLive
    {
        public Dictionary<(PersonId Person, Office Office), TenureRecord> Held { get; } = [];

        public int[] Count { get; } = new int[OfficeCount];

        public int[] Suspended { get; } = new int[OfficeCount];

        /// <summary>Gets the most holders each office had at once.</summary>
        public int[] Peak { get; } = new int[OfficeCount];

        /// <summary>Gets a value indicating whether the presidency has a head: an acting head or the President serves,
        /// or the President is suspended and a Permanent Vice President serves.</summary>
        public bool HasHead => Serving(Office.ActingPresident) || Serving(Office.President)
            || (Count[(int)Office.President] > 0 && Serving(Office.PermanentVicePresident));

        public bool Holds(PersonId person, Office office) => Held.ContainsKey((person, office));

        private bool Serving(Office office) => Count[(int)office] > Suspended[(int)office];
    }
}

/// <summary>One tenure as the running state holds it: how it began, and how it ended when a change ended it (an end by
/// the next congress or the union's end is derived from the terms when the tenures are read).</summary>
internal sealed class TenureRecord(int term, Office office, PersonId person, OfficeChangeKind startKind, PartialDate from, Bounds<LocalDate> began)
{
    public int Term { get; } = term;

    public Office Office { get; } = office;

    public PersonId Person { get; } = person;

    public OfficeChangeKind StartKind { get; } = startKind;

    public PartialDate From { get; } = from;

    public Bounds<LocalDate> Began { get; } = began;

    public TenureEnd? EndReason { get; set; }

    public PartialDate? To { get; set; }

    public List<Suspension> Suspensions { get; } = [];

    public bool IsSuspended => Suspensions.Count > 0 && Suspensions[^1].To is null;
}
