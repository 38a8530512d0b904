using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using FriendshipUnion.Domain.Terms;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Datasets;

/// <summary>
/// The dataset as the consistency boundary. Random sequences of changes go through the public API — unions with
/// missing parents and successors, unknown people, documents that replace others, plans and programmes naming
/// unknown documents, unusual currencies, dates on the calendar's last day — and:
/// <list type="bullet">
/// <item>a refused change leaves the dataset exactly as it was and throws nothing but a rule violation;</item>
/// <item>whatever was accepted is written as a document that reads back equal, and written again alike;</item>
/// <item>replaying the events rebuilds an equal dataset — each union, its leadership and work, the ledger — that goes
/// on deciding alike.</item>
/// </list>
/// </summary>
public sealed class DatasetBoundaryTests(ITestOutputHelper output)
{
    private static readonly LocalDate Base = new(2000, 1, 1);
    private static readonly Currency Gold = new("XAU", 0);

    // ---- Commands: small numbers resolved against the dataset as it stands ----

    private abstract record Cmd;

    private sealed record Establish(int Id, bool Central, int Parent, int FoundedDays, int DateKind) : Cmd;

    private sealed record Rename(int Union, int Days, int DateKind) : Cmd;

    private sealed record Admit(int Union, int Association, int JoinedDays, int LeftDays) : Cmd;

    private sealed record Leave(int Union, int Association, int Days) : Cmd;

    private sealed record Count(int Union, int Days, int DateKind) : Cmd;

    private sealed record Hold(int Union, int Step, int Days, int Span, int DateKind) : Cmd;

    private sealed record End(int Union, bool Merge, int Successor, int Days, int DateKind) : Cmd;

    private sealed record People(int[] Ids) : Cmd;

    private sealed record Documents(int Number, int IssuedDays, int ToKind, int Replaces) : Cmd;

    private sealed record Body(int Union, int Term, int Kind, int Size) : Cmd;

    private sealed record Lead(int Union, int Term, int Days, int Kind, int Person, int Office) : Cmd;

    private sealed record Programme(int Union, int Term, int Document) : Cmd;

    private sealed record Plan(int Union, int Term, int Document, int Days, int Id) : Cmd;

    private sealed record Report(int Union, int Id, int Days, bool Final) : Cmd;

    private sealed record RegisterParty(int Id, bool Vietnamese) : Cmd;

    private sealed record Propose(int Id, int Union, bool Gold, int Party, int Days) : Cmd;

    private sealed record Status(int Activity, int Next, int Days) : Cmd;

    private sealed record Post(int Id, int Activity, int Type, int Minor, bool Gold, int Days, int Union) : Cmd;

    private sealed record Close(int Union, int Days) : Cmd;

    private sealed record Rates(bool Gold, int DaysBack) : Cmd;

    /// <summary>A scenario: the commands, the day taken as today, and whether the currency table holds gold.</summary>
    private sealed record Scenario(Cmd[] Commands, LocalDate Today, bool GoldKnown)
    {
        public override string ToString() => $"today {Today:uuuu-MM-dd}, gold {(GoldKnown ? "known" : "unknown")}: {string.Join("; ", Commands.Select(c => c.ToString()))}";
    }

    [Property(MaxTest = 250)]
    public Property Accepted_changes_read_back_equal_and_refused_ones_change_nothing() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            var dataset = UnionDataset.Create(Options(scenario));
            var accepted = Run(dataset, scenario.Commands, scenario.Today, out var refused);
            var json = DatasetJson.Write(dataset);
            var read = JsonText.TryRead(json, scenario.Today, Options(scenario));
            if (!read.Success)
            {
                output.WriteLine($"{accepted} accepted, {refused} refused; the reader refused what the library wrote: {string.Join("; ", read.Violations)}");
                return false;
            }

            return Same.Dataset(read.Dataset!, dataset) && DatasetJson.Write(read.Dataset!) == json;
        });

    [Property(MaxTest = 250)]
    public Property Replaying_the_events_rebuilds_an_equal_dataset_that_goes_on_deciding_alike() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            var half = scenario.Commands.Length / 2;
            var original = UnionDataset.Create(Options(scenario));
            Run(original, scenario.Commands[..half], scenario.Today, out _);
            var rebuilt = UnionDataset.Replay(original.DomainEvents.ToArray(), Options(scenario));
            if (!SameAggregates(rebuilt, original))
            {
                return false;
            }

            // The rest of the commands, on both: each is accepted or refused alike, and the results stay equal.
            foreach (var command in scenario.Commands[half..])
            {
                var before = (original.DomainEvents.Count, rebuilt.DomainEvents.Count);
                Run(original, [command], scenario.Today, out _);
                Run(rebuilt, [command], scenario.Today, out _);
                if (original.DomainEvents.Count - before.Item1 != rebuilt.DomainEvents.Count - before.Item2)
                {
                    output.WriteLine($"{command}: decided differently after the replay");
                    return false;
                }
            }

            return SameAggregates(rebuilt, original) && Same.Dataset(UnionDataset.Replay(original.DomainEvents.ToArray(), Options(scenario)), original);
        });

    [Fact]
    public void The_generated_scenarios_accept_and_refuse_changes_of_every_kind()
    {
        var accepted = new Dictionary<string, int>();
        var refused = new Dictionary<string, int>();
        foreach (var scenario in Props.Sample(ScenarioGen(), 100, 200))
        {
            var dataset = UnionDataset.Create(Options(scenario));
            foreach (var command in scenario.Commands)
            {
                var events = dataset.DomainEvents.Count;
                Run(dataset, [command], scenario.Today, out _);
                var tally = dataset.DomainEvents.Count > events ? accepted : refused;
                tally[command.GetType().Name] = tally.GetValueOrDefault(command.GetType().Name) + 1;
            }
        }

        output.WriteLine("accepted: " + string.Join(", ", accepted.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine("refused: " + string.Join(", ", refused.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        var kinds = typeof(DatasetBoundaryTests).GetNestedTypes(System.Reflection.BindingFlags.NonPublic).Where(t => t.BaseType == typeof(Cmd)).Select(t => t.Name).ToArray();
        Assert.All(kinds, kind => Assert.True(accepted.GetValueOrDefault(kind) > 0 && refused.GetValueOrDefault(kind) > 0, $"{kind}: {accepted.GetValueOrDefault(kind)} accepted, {refused.GetValueOrDefault(kind)} refused"));
    }

    // Scenarios shrink by dropping commands, so that a failure is reported with the fewest that show it.
    private static Arbitrary<Scenario> Scenarios => Arb.From(ScenarioGen(), s => Props.Shorter(s.Commands).Select(c => s with { Commands = c }));

    private static DatasetOptions Options(Scenario scenario) =>
        new() { Currencies = scenario.GoldKnown ? CurrencyTable.Default.With(Gold) : CurrencyTable.Default };

    /// <summary>A set-up that most scenarios start from — VUFO and a provincial union with a congress, people and
    /// documents, made through the same API — then random changes, most of them plausible and some hostile.</summary>
    private static readonly Cmd[] Setup =
    [
        new Establish(0, true, 0, 0, 0), new Establish(1, false, 0, 100, 0), new Hold(1, 1, 200, 5, 0), new Hold(0, 1, 150, 5, 0),
        new People([0, 1, 2, 3, 4, 5]), new Documents(0, 10, 0, 7), new Documents(1, 20, 2, 7), new RegisterParty(0, false), new RegisterParty(1, true),
    ];

    private static Gen<Scenario> ScenarioGen()
    {
        var union = Gen.Frequency((8, Gen.Choose(0, 2)), (1, Gen.Choose(3, 5)));
        var days = Gen.Choose(-400, 4000);
        var kind = Gen.Frequency((12, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)));
        var leadKind = Gen.Frequency((3, Gen.Constant(0)), (4, Gen.Constant(2)), (1, Gen.Constant(3)), (3, Gen.Constant(5)), (1, Gen.Constant(6)), (1, Gen.Constant(7)), (1, Gen.Constant(8)), (1, Gen.Constant(9)), (1, Gen.Constant(4)));
        var office = Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Choose(2, 8)));
        Gen<Cmd> command = Gen.Frequency(
            (2, from id in Gen.Choose(0, 6) from central in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false))) from parent in union from d in days from k in kind select (Cmd)new Establish(id, central, parent, d, k)),
            (1, from u in union from d in days from k in kind select (Cmd)new Rename(u, d, k)),
            (3, from u in union from a in Gen.Choose(0, 2) from j in days from l in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 3000))) select (Cmd)new Admit(u, a, j, l)),
            (4, from u in union from a in Gen.Choose(1, 3) from d in Gen.Choose(500, 6000) select (Cmd)new Leave(u, a, d)),
            (1, from u in union from d in days from k in kind select (Cmd)new Count(u, d, k)),
            (3, from u in union from s in Gen.Frequency((8, Gen.Constant(1)), (1, Gen.Constant(0)), (1, Gen.Constant(2))) from d in Gen.Choose(-200, 2400) from span in Gen.Choose(1, 6) from k in kind select (Cmd)new Hold(u, s, d, span, k)),
            (1, from u in union from m in Gen.Elements(true, false) from s in union from d in days from k in kind select (Cmd)new End(u, m, s, d, k)),
            (1, from n in Gen.Choose(1, 3) from ids in Gen.Choose(0, 9).ArrayOf(n) select (Cmd)new People(ids)),
            (1, from n in Gen.Choose(0, 6) from issued in days from to in Gen.Choose(0, 3) from r in Gen.Choose(0, 9) select (Cmd)new Documents(n, issued, to, r)),
            (3, from u in union from t in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3))) from k in Gen.Choose(0, 3) from size in Gen.Choose(1, 6) select (Cmd)new Body(u, t, k, size)),
            (8, from u in union from t in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 3))) from d in Gen.Frequency((2, Gen.Constant(0)), (6, Gen.Choose(1, 400)), (1, Gen.Choose(-30, 0))) from k in leadKind from p in Gen.Choose(0, 7) from o in office select (Cmd)new Lead(u, t, d, k, p, o)),
            (3, from u in union from t in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2))) from doc in Gen.Choose(0, 2) select (Cmd)new Programme(u, t, doc)),
            (3, from u in union from t in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2))) from doc in Gen.Choose(0, 3) from d in Gen.Choose(-30, 900) from id in Gen.Choose(0, 2) select (Cmd)new Plan(u, t, doc, d, id)),
            (4, from u in union from id in Gen.Choose(0, 3) from d in Gen.Choose(-30, 900) from f in Gen.Elements(true, false) select (Cmd)new Report(u, id, d, f)),
            (1, from id in Gen.Choose(0, 2) from v in Gen.Elements(true, false) select (Cmd)new RegisterParty(id, v)),
            (2, from id in Gen.Choose(0, 3) from u in union from g in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))) from p in Gen.Choose(0, 3) from d in days select (Cmd)new Propose(id, u, g, p, d)),
            (2, from a in Gen.Choose(0, 3) from n in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Choose(0, 6))) from d in Gen.Choose(0, 500) select (Cmd)new Status(a, n, d)),
            (3, from id in Gen.Choose(0, 12) from a in Gen.Choose(0, 4) from t in Gen.Choose(0, 6) from minor in Gen.Choose(1, 1_000_000) from g in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true))) from d in Gen.Choose(0, 4000) from u in union select (Cmd)new Post(id, a, t, minor, g, d, u)),
            (1, from u in union from d in days select (Cmd)new Close(u, d)),
            (1, from g in Gen.Elements(true, false) from back in Gen.Choose(0, 30) select (Cmd)new Rates(g, back)));
        return from count in Gen.Choose(4, 40)
               from commands in command.ArrayOf(count)
               from setUp in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
               from today in Gen.Frequency((5, Gen.Constant(new LocalDate(2030, 1, 1))), (1, Gen.Constant(LocalDate.MaxIsoValue)))
               from gold in Gen.Elements(true, false)
               select new Scenario(setUp ? [.. Setup, .. commands] : commands, today, gold);
    }

    // ---- Running commands: every refusal must leave the dataset as it was ----

    /// <summary>Applies the commands; a refused one must change nothing and throw nothing but a rule violation.</summary>
    /// <returns>How many were accepted.</returns>
    private static int Run(UnionDataset dataset, IEnumerable<Cmd> commands, LocalDate today, out int refused)
    {
        var accepted = 0;
        refused = 0;
        foreach (var command in commands)
        {
            var before = Snapshot.Of(dataset);
            var events = dataset.DomainEvents.Count;
            bool ok;
            try
            {
                ok = Apply(dataset, command, today);
            }
            catch (RuleViolationException)
            {
                ok = false;
            }

            if (ok)
            {
                accepted++;
                Assert.True(dataset.DomainEvents.Count > events, $"{command} was accepted and recorded no event.");
            }
            else
            {
                refused++;
                Assert.True(before == Snapshot.Of(dataset), $"{command} was refused but changed the dataset.");
                Assert.Equal(events, dataset.DomainEvents.Count);
            }
        }

        return accepted;
    }

    // Applies one command through the public API; false when refused (the Try forms) — the throwing forms throw.
    private static bool Apply(UnionDataset dataset, Cmd command, LocalDate today)
    {
        switch (command)
        {
            case Establish c:
                var parent = c.Central ? (UnionId?)null : PickUnionId(dataset, c.Parent);
                var draft = new UnionDraft(UnionIdOf(c.Id), c.Central ? OrganizationLevel.Central : OrganizationLevel.Provincial, [new UnionName($"Liên hiệp {c.Id}", $"Union {c.Id}")])
                {
                    Parent = parent,
                    Founded = DateOf(c.FoundedDays, c.DateKind),
                };
                return dataset.TryEstablish(draft, today, out _, out _);
            case Rename c when PickUnion(dataset, c.Union) is { } union:
                return union.TryRename(new UnionName("Tên mới", "New name", DateOf(c.Days, c.DateKind) ?? new PartialDate(2001)), today, out _);
            case Admit c when PickUnion(dataset, c.Union) is { } union:
                var joined = Base.PlusDays(c.JoinedDays);
                var association = new MemberAssociation(UnionId.Parse($"a{c.Association}"), $"Association {c.Association}", CountryCode.Parse("LA"))
                {
                    Joined = PartialDate.FromLocalDate(joined),
                    Left = c.LeftDays < 0 ? null : PartialDate.FromLocalDate(Later(joined, c.LeftDays - 100)),
                };
                return union.TryAdmitAssociation(association, today, out _);
            case Leave c when PickUnion(dataset, c.Union) is { } union:
                var current = union.Associations.Where(x => x.Left is null).ToArray();
                var leaving = current.Length > 0 && c.Association > 0 ? current[c.Association % current.Length] : null;
                var joinedOn = leaving?.Joined?.Latest ?? Base;
                return union.TryRecordAssociationLeft(leaving?.Id ?? UnionId.Parse($"a{c.Association}"), PartialDate.FromLocalDate(CalendarClamp(Later(joinedOn, c.Days - 500))), today, out _);
            case Count c when PickUnion(dataset, c.Union) is { } union:
                return union.TryRecordMemberCount(new MemberCount(DateOf(c.Days, c.DateKind) ?? new PartialDate(2005), MemberCountKind.MemberOrganizations, 7), today, out _);
            case Hold c when PickUnion(dataset, c.Union) is { } union:
                var last = union.Congresses.Count == 0 ? null : union.Congresses[^1];
                var after = last?.Held?.Latest ?? union.Founded?.Latest ?? Base;
                var held = c.DateKind == 4 ? PartialDate.FromLocalDate(LocalDate.MaxIsoValue)
                    : DateOf(Period.DaysBetween(Base, CalendarClamp(after)) + c.Days, c.DateKind);
                var start = held?.Year ?? 2000;
                var label = start + c.Span <= 9999 ? TermLabel.FromYears(Math.Max(1000, start), Math.Max(1000, start) + c.Span) : TermLabel.Parse("9995–9999");
                return union.TryRecordCongress(new Congress((last?.Ordinal ?? 0) + c.Step == 0 ? 1 : (last?.Ordinal ?? 0) + c.Step, held, label), today, out _);
            case End c when PickUnion(dataset, c.Union) is { } union:
                UnionId? successor = c.Merge ? PickUnionId(dataset, c.Successor) : null;
                return union.TryRecordSuccession(new Succession(c.Merge ? SuccessionKind.Merged : SuccessionKind.Dissolved, DateOf(c.Days + 3000, c.DateKind) ?? new PartialDate(2010), successor), today, out _);
            case People c:
                return dataset.TryAddPeople(c.Ids.Select(i => new Person(PersonId.Parse($"p{i}"), $"Người {i}")), out _);
            case Documents c:
                var document = new LegalDocument(SymbolOf(c.Number), "Secretariat")
                {
                    Issued = PartialDate.FromLocalDate(Base.PlusDays(c.IssuedDays)),
                    InForceTo = c.ToKind switch { 1 => Base.PlusDays(c.IssuedDays + 900), 2 => LocalDate.MaxIsoValue, _ => null },
                    Relations = c.Replaces < 6 ? [new DocumentRelation(DocumentRelationKind.Replaces, SymbolOf(c.Replaces + 1))] : [],
                };
                return dataset.TryAddDocuments([document], out _);
            case Body c when PickUnion(dataset, c.Union) is { } union:
                return dataset.LeadershipOf(union.Id).TryDeclareBody(new CommitteeBody(TermOf(union, c.Term), (BodyKind)c.Kind, c.Size), out _);
            case Lead c when PickUnion(dataset, c.Union) is { } union:
                var term = TermOf(union, c.Term);
                var opened = union.Congresses.FirstOrDefault(x => x.Ordinal == term)?.Held?.Latest ?? Base;
                var date = CalendarClamp(opened.PlusDays(Math.Min(c.Days, Period.DaysBetween(opened, LocalDate.MaxIsoValue))));
                var lastChange = dataset.LeadershipOf(union.Id).History.LastOrDefault(x => x.Term == term)?.Date.Latest;
                if (c.Days > 0 && lastChange is { } previous && previous >= date && previous < new LocalDate(9999, 1, 1))
                {
                    date = Later(previous, c.Days % 30); // changes of a term mostly come in time order
                }
                var office = (Office)c.Office;
                var kindOf = (OfficeChangeKind)c.Kind;
                var fact = kindOf switch
                {
                    OfficeChangeKind.Died => OfficeFact.Died(PersonId.Parse($"p{c.Person}")),
                    OfficeChangeKind.ActingAppointed => OfficeFact.ActingAppointed(PersonId.Parse($"p{c.Person}")),
                    _ when office == Office.ActingPresident => new OfficeFact(kindOf is OfficeChangeKind.ElectedAtCongress or OfficeChangeKind.ElectedByExecutiveCommittee or OfficeChangeKind.ByElected or OfficeChangeKind.Attested ? OfficeChangeKind.ActingAppointed : kindOf, PersonId.Parse($"p{c.Person}"), office),
                    _ => new OfficeFact(kindOf, PersonId.Parse($"p{c.Person}"), office),
                };
                return dataset.LeadershipOf(union.Id).TryRecordChange(new LeadershipChange(term, PartialDate.FromLocalDate(date), [fact]), today, out _);
            case Programme c when PickUnion(dataset, c.Union) is { } union:
                return dataset.WorkOf(union.Id).TryAdoptProgramme(new WorkProgramme(TermOf(union, c.Term), ProgrammeItemKind.KeyTask, [new KeyTask(1, "Task") { Carries = [SymbolOf(c.Document)] }]), out _);
            case Plan c when PickUnion(dataset, c.Union) is { } union:
                var planTerm = TermOf(union, c.Term);
                var adopted = CalendarClamp(Later(union.Congresses.FirstOrDefault(x => x.Ordinal == planTerm)?.Held?.Latest ?? Base, c.Days));
                var plan = new ImplementationPlan(PlanId.Parse($"plan-{c.Id}"), planTerm, SymbolOf(c.Document), PlanSchedule.Once(Later(adopted, 100)))
                {
                    Adopted = PartialDate.FromLocalDate(adopted),
                    SpansTerms = c.Days % 3 == 0,
                };
                return dataset.WorkOf(union.Id).TryRecordPlan(plan, today, out _);
            case Report c when ((c.Union < 3 ? dataset.Unions.FirstOrDefault(u => dataset.WorkOf(u.Id).Plans.Count > 0) : null) ?? PickUnion(dataset, c.Union)) is { } union:
                var plans = dataset.WorkOf(union.Id).Plans;
                var reportedOn = plans.Count > 0 && c.Id > 0 ? plans[c.Id % plans.Count] : null;
                var planId = reportedOn?.Id ?? PlanId.Parse($"plan-{c.Id}");
                var reported = reportedOn?.Adopted?.Latest ?? Base;
                return dataset.WorkOf(union.Id).TryRecordReport(planId, new ImplementationReport(CalendarClamp(Later(reported, c.Days)), c.Final ? ReportKind.Final : ReportKind.Progress), today, out _);
            case RegisterParty c:
                return dataset.Aid.TryRegisterParty(new Party(PartyId.Parse($"party-{c.Id}"), $"Party {c.Id}", c.Vietnamese ? PartyKind.VietnameseBody : PartyKind.ForeignNgo, CountryCode.Parse(c.Vietnamese ? "VN" : "KR")), out _);
            case Propose c:
                var activity = new AidActivity(ActivityId.Parse($"activity-{c.Id}"), PickUnionId(dataset, c.Union), "Activity", AidKind.Project, c.Gold ? Gold : Currency.Vnd, Base.PlusDays(Math.Abs(c.Days) + 8000))
                {
                    Participants = dataset.Aid.Parties.Count > c.Party ? [new Participant(dataset.Aid.Parties[c.Party].Id, ParticipantRole.Funding)] : [],
                    AllowsOverdraft = c.Days % 2 == 0,
                };
                return dataset.Aid.TryProposeActivity(activity, today, out _);
            case Status c when dataset.Aid.Activities.Count > 0:
                var target = dataset.Aid.Activities[c.Activity % dataset.Aid.Activities.Count];
                var last2 = dataset.Aid.HistoryOf(target.Id)[^1];
                var next = c.Next >= 0 ? (ActivityStatus)c.Next : ActivityLifecycle.Next(last2.Status).FirstOrDefault(last2.Status);
                return dataset.Aid.TryChangeStatus(target.Id, next, CalendarClamp(Later(last2.Date, c.Days)), today, out _);
            case Post c:
                var on = Base.PlusDays(c.Days + 8000);
                var currency = c.Gold ? Gold : Currency.Vnd;
                var type = (TransactionType)new[] { 1, 2, 3, 4, 11, 12, 13 }[c.Type];
                var id = TransactionId.Parse($"t{c.Id}");
                var entry = dataset.Aid.Activities.Count > c.Activity
                    ? new AidTransaction(id, dataset.Aid.Activities[c.Activity].Id, type, on, Money.Of(c.Minor, currency), on)
                    : AidTransaction.ForSummary(id, new AidSummary(PickUnionId(dataset, c.Union), 2015, 2021), type, on, Money.Of(c.Minor, currency), on);
                return dataset.Aid.TryPost(entry, today, out _, out _);
            case Close c:
                return dataset.Aid.TryCloseBooks(PickUnionId(dataset, c.Union), Base.PlusDays(Math.Abs(c.Days) + 8000), today, out _);
            case Rates c:
                var rates = ExchangeRateTable.Create([new ExchangeRate(c.Gold ? Gold : Currency.Usd, Currency.Vnd, Base.PlusDays(9000), 23_000.5m)], c.DaysBack == 0 ? RatePolicy.ExactDate : RatePolicy.LatestWithin(c.DaysBack));
                return dataset.TrySetExchangeRates(rates, out _);
            default:
                return false; // no union to pick: nothing to do, nothing changed
        }
    }

    private static LocalDate CalendarClamp(LocalDate date) => date > new LocalDate(9999, 12, 1) ? new LocalDate(9999, 12, 1) : date;

    // Days added within the calendar: past its last day, the last day.
    private static LocalDate Later(LocalDate date, int days) =>
        days > Period.DaysBetween(date, LocalDate.MaxIsoValue) ? LocalDate.MaxIsoValue : date.PlusDays(days);

    private static PartialDate? DateOf(long days, int kind)
    {
        var day = days >= Period.DaysBetween(Base, LocalDate.MaxIsoValue) ? LocalDate.MaxIsoValue : Base.PlusDays((int)Math.Max(-700_000, days));
        return kind switch
        {
            1 => new PartialDate(day.Year, day.Month),
            2 => new PartialDate(day.Year),
            3 => null,
            4 => PartialDate.FromLocalDate(LocalDate.MaxIsoValue),
            _ => PartialDate.FromLocalDate(day),
        };
    }

    private static UnionId UnionIdOf(int i) => i == 0 ? UnionId.Parse("vufo") : UnionId.Parse($"union-{i}");

    // A union of the dataset, or (one index past them) none.
    private static Union? PickUnion(UnionDataset dataset, int pick) =>
        dataset.Unions.Count == 0 ? null : pick % (dataset.Unions.Count + 1) is var i && i < dataset.Unions.Count ? dataset.Unions[i] : null;

    // The id of a union of the dataset, or of one not in it.
    private static UnionId PickUnionId(UnionDataset dataset, int pick) => PickUnion(dataset, pick)?.Id ?? UnionId.Parse("nowhere");

    private static int TermOf(Union union, int pick) =>
        union.Congresses.Count == 0 ? pick + 1 : pick < union.Congresses.Count ? union.Congresses[pick].Ordinal : union.Congresses[^1].Ordinal + 1;

    private static DocumentSymbol SymbolOf(int number) => DocumentSymbol.Parse(string.Create(CultureInfo.InvariantCulture, $"{number + 1}-CT/TW"));

    // ---- Comparing ----

    private bool SameAggregates(UnionDataset rebuilt, UnionDataset original)
    {
        var problems = new List<string>();
        var a = rebuilt.ToDraft();
        var b = original.ToDraft();
        if (!a.People.SequenceEqual(b.People) || !a.Documents.SequenceEqual(b.Documents))
        {
            problems.Add("people or documents");
        }

        foreach (var union in original.Unions)
        {
            var other = rebuilt.Find(union.Id);
            if (other is null || !other.Names.SequenceEqual(union.Names) || !other.Associations.SequenceEqual(union.Associations)
                || !other.MemberCounts.SequenceEqual(union.MemberCounts) || !other.Congresses.SequenceEqual(union.Congresses) || other.Succession != union.Succession)
            {
                problems.Add($"union {union.Id}");
                continue;
            }

            var (x, y) = (rebuilt.LeadershipOf(union.Id), original.LeadershipOf(union.Id));
            if (!x.Bodies.SequenceEqual(y.Bodies) || !x.History.SequenceEqual(y.History) || x.Tenures.Count != y.Tenures.Count)
            {
                problems.Add($"leadership of {union.Id}");
            }

            var (v, w) = (rebuilt.WorkOf(union.Id), original.WorkOf(union.Id));
            if (!v.Programmes.SequenceEqual(w.Programmes) || !v.Plans.SequenceEqual(w.Plans))
            {
                problems.Add($"work of {union.Id}");
            }
        }

        if (!Same.Ledger(rebuilt.Aid, original.Aid))
        {
            problems.Add("ledger");
        }

        if (!Same.Dataset(rebuilt, original))
        {
            problems.Add("dataset");
        }

        foreach (var problem in problems)
        {
            output.WriteLine($"The replay differs: {problem}.");
        }

        return problems.Count == 0;
    }

    /// <summary>All a dataset holds, to tell that a refused change changed nothing.</summary>
    private sealed record Snapshot(DatasetDraft Draft, int Parties, int Activities, int Entries, string Statuses, string Closed, ExchangeRateTable Rates)
    {
        public static Snapshot Of(UnionDataset dataset) => new(
            dataset.ToDraft(),
            dataset.Aid.Parties.Count,
            dataset.Aid.Activities.Count,
            dataset.Aid.Transactions.Count,
            string.Join(";", dataset.Aid.Activities.Select(a => string.Join(",", dataset.Aid.HistoryOf(a.Id)))),
            string.Join(";", dataset.Aid.ClosedThrough.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")),
            dataset.Rates);
    }
}
