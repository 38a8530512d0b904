using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Committees;

/// <summary>
/// A model-based property of a term's leadership: random sequences of elections, by-elections, resignations,
/// dismissals, deaths, suspensions, reinstatements, acting appointments and successions are applied both to the
/// aggregate and to a plain model of the rules. The aggregate accepts exactly what the model accepts, holds what the
/// model holds, never breaks an invariant, and a refused change leaves it as it was. The history it builds
/// round-trips through JSON.
/// </summary>
public sealed class LeadershipLifecycleTests(ITestOutputHelper output)
{
    private const int Seats = 5;
    private static readonly LocalDate Congress = new(2024, 9, 17);
    private static readonly LocalDate Decree126 = new(2024, 11, 26);
    private static readonly LocalDate Today = new(2030, 1, 1);
    private static readonly Office[] Electable = [Office.ExecutiveCommitteeMember, Office.StandingCommitteeMember, Office.President, Office.PermanentVicePresident, Office.VicePresident, Office.VicePresidentGeneralSecretary];

    /// <summary>One change: its day offset from the previous change, and its facts as (kind, person, office).</summary>
    private sealed record Step(int Days, (OfficeChangeKind Kind, int Person, Office? Office)[] Facts)
    {
        public override string ToString() => $"{Days:+0;-0}d: {string.Join("; ", Facts.Select(f => $"{f.Kind} p{f.Person} {f.Office}"))}";
    }

    [Property(MaxTest = Props.DefaultTests)]
    public Property The_aggregate_accepts_exactly_what_the_model_accepts_and_keeps_its_invariants() =>
        Props.ForAllSequences(Steps(), steps => Holds(steps, output, out _, out _));

    [Fact]
    public void The_generated_changes_reach_deep_states_not_only_refusals()
    {
        var (accepted, refused) = (0, 0);
        foreach (var steps in Props.Sample(Steps(), 100, 200))
        {
            Assert.True(Holds(steps, output, out var yes, out var no));
            (accepted, refused) = (accepted + yes, refused + no);
        }

        output.WriteLine($"changes accepted: {accepted}, refused: {refused}");
        Assert.True(accepted > refused / 4, "Too few generated changes were accepted to exercise the rules.");
    }

    // Applies the steps to the aggregate and to the model: true when they agree throughout, keep the invariants, and
    // the history built round-trips through JSON.
    private static bool Holds(Step[] steps, ITestOutputHelper output, out int acceptedSteps, out int refusedSteps)
    {
        acceptedSteps = 0;
        refusedSteps = 0;
        var union = Seat();
        var history = union.TakeDomainEvents().ToList();
        var model = new Model();
        var date = Congress;
        foreach (var step in steps)
        {
            date = date.PlusDays(step.Days);
            var change = new LeadershipChange(6, PartialDate.FromLocalDate(date), step.Facts.Select(f => new OfficeFact(f.Kind, P(f.Person), f.Office)).ToArray());
            var before = union.Draft;
            var accepted = union.Leadership.TryRecordChange(change, Today, out var violations);
            var expected = model.Apply(date, step);
            (accepted ? ref acceptedSteps : ref refusedSteps)++;
            var events = union.TakeDomainEvents();
            history.AddRange(events);
            if (accepted != expected)
            {
                output.WriteLine($"{step} on {date}: aggregate {(accepted ? "accepted" : "refused: " + string.Join(" | ", violations))}, model {(expected ? "accepted" : "refused")}");
                return false;
            }

            if (accepted ? events.Count != 1 : events.Count != 0 || before != union.Draft)
            {
                output.WriteLine($"{step}: {events.Count} events; state kept: {before == union.Draft}");
                return false;
            }

            if (!Invariants(union, model, model.LastDate ?? Congress))
            {
                output.WriteLine($"after {step} on {date}: invariant broken");
                return false;
            }
        }

        return RoundTrips(union) && Replays(union, history, output);
    }

    // Replaying the events recorded since the dataset was made rebuilds the same leadership.
    private static bool Replays(Built union, List<IDomainEvent> history, ITestOutputHelper output)
    {
        var rebuilt = UnionDataset.Replay(history).LeadershipOf(union.Union.Id);
        var same = rebuilt.Bodies.SequenceEqual(union.Leadership.Bodies) && rebuilt.History.SequenceEqual(union.Leadership.History)
            && rebuilt.Tenures.Select(t => (t.Person, t.Office, t.Began, t.Ended, t.EndReason)).SequenceEqual(union.Leadership.Tenures.Select(t => (t.Person, t.Office, t.Began, t.Ended, t.EndReason)));
        if (!same)
        {
            output.WriteLine("The leadership rebuilt from its events differs.");
        }

        return same;
    }

    private static PersonId P(int i) => PersonId.Parse($"p{i}");

    // Nghe An's 6th term with an Executive Committee of five seats, in a dataset that knows p0 to p3.
    private static Built Seat()
    {
        var draft = Support.Build.WithLeadership([new CommitteeBody(6, BodyKind.ExecutiveCommittee, Seats)]);
        var description = Support.Build.DatasetOf([draft]);
        var dataset = UnionDataset.Create(description with { People = [.. description.People, .. Enumerable.Range(0, 4).Select(i => new Person(P(i), $"Người {i}"))] }, Today);
        return new Built(dataset, dataset.Find(draft.Id)!);
    }

    private static bool Invariants(Built union, Model model, LocalDate on)
    {
        var leadership = union.Leadership;
        var holding = leadership.Tenures.Where(t => t.HoldsOn(on) == Answer.Yes).Select(t => (t.Person, t.Office)).ToHashSet();
        var expected = model.Held.Keys.Select(k => (P(k.Person), k.Office)).ToHashSet();
        var standing = leadership.RosterOn(BodyKind.StandingCommittee, on).Members.Select(m => m.Tenure.Person);
        var executive = leadership.RosterOn(BodyKind.ExecutiveCommittee, on).Members.Select(m => m.Tenure.Person).ToHashSet();
        return holding.SetEquals(expected)
            && leadership.RosterOn(BodyKind.ExecutiveCommittee, on).Recorded <= Seats
            && leadership.HoldersOn(Office.President, on).Count <= 1
            && standing.All(executive.Contains)
            && leadership.HolderOn(Office.President, on).Value?.Person == model.Held.Keys.Where(k => k.Office == Office.President).Select(k => (PersonId?)P(k.Person)).SingleOrDefault();
    }

    private static bool RoundTrips(Built union)
    {
        var read = DatasetJson.Read(DatasetJson.Write(union.Dataset), Today);
        return Same.Dataset(read, union.Dataset);
    }

    private static Gen<Step[]> Steps()
    {
        var person = Gen.Choose(0, 3);
        var days = Gen.Frequency((4, Gen.Constant(0)), (6, Gen.Choose(1, 30)), (1, Gen.Constant(-1)));
        var elect = from kind in Gen.Elements(OfficeChangeKind.ElectedAtCongress, OfficeChangeKind.ElectedByExecutiveCommittee, OfficeChangeKind.ByElected)
                    from p in person
                    from office in Gen.Elements(Electable)
                    select new[] { (kind, p, (Office?)office) };
        var end = from kind in Gen.Elements(OfficeChangeKind.Resigned, OfficeChangeKind.Dismissed, OfficeChangeKind.Suspended, OfficeChangeKind.Reinstated)
                  from p in person
                  from office in Gen.Elements(Electable)
                  select new[] { (kind, p, (Office?)office) };
        var died = from p in person select new[] { (OfficeChangeKind.Died, p, (Office?)null) };
        var acting = from p in person select new[] { (OfficeChangeKind.ActingAppointed, p, (Office?)Office.ActingPresident) };
        var succession = from old in person
                         from next in person
                         from how in Gen.Elements(OfficeChangeKind.Resigned, OfficeChangeKind.Dismissed, OfficeChangeKind.Suspended)
                         from heir in Gen.Elements(OfficeChangeKind.ElectedByExecutiveCommittee, OfficeChangeKind.ActingAppointed)
                         select new[] { (how, old, (Office?)Office.President), (heir, next, (Office?)(heir == OfficeChangeKind.ActingAppointed ? Office.ActingPresident : Office.President)) };
        var seat = from p in person
                   select new[]
                   {
                       (OfficeChangeKind.ElectedByExecutiveCommittee, p, (Office?)Office.ExecutiveCommitteeMember),
                       (OfficeChangeKind.ElectedByExecutiveCommittee, p, (Office?)Office.StandingCommitteeMember),
                   };
        var facts = Gen.Frequency((6, elect), (4, end), (1, died), (1, acting), (2, succession), (3, seat));
        var step = from d in days from f in facts select new Step(d, f);
        return from count in Gen.Choose(1, 40) from steps in step.ArrayOf(count) select steps;
    }

    /// <summary>The rules in their plainest form, over exact dates, for the 6th term of a provincial union whose
    /// Executive Committee has <see cref="Seats"/> seats.</summary>
    private sealed class Model
    {
        public Dictionary<(int Person, Office Office), bool> Held { get; private set; } = [];

        public LocalDate? LastDate { get; private set; }

        public bool Apply(LocalDate date, Step step)
        {
            var held = new Dictionary<(int Person, Office Office), bool>(Held); // value: suspended
            var ok = LastDate is not { } last || date >= last;
            var started = new List<(int Person, Office Office)>();
            var ended = new List<(int Person, Office Office)>();
            var presidentBack = false;
            var hadHead = Head(held);
            foreach (var (kind, person, office) in step.Facts)
            {
                ok &= kind switch
                {
                    OfficeChangeKind.ElectedAtCongress => date == Congress,
                    OfficeChangeKind.ByElected => date > Congress,
                    _ => date >= Congress,
                };
                switch (kind)
                {
                    case OfficeChangeKind.ElectedAtCongress or OfficeChangeKind.ElectedByExecutiveCommittee or OfficeChangeKind.ByElected or OfficeChangeKind.ActingAppointed:
                        ok &= held.TryAdd((person, office!.Value), false);
                        started.Add((person, office!.Value));
                        break;
                    case OfficeChangeKind.Resigned or OfficeChangeKind.Dismissed:
                        ok &= held.Remove((person, office!.Value));
                        ended.Add((person, office!.Value));
                        break;
                    case OfficeChangeKind.Died:
                        var all = held.Keys.Where(k => k.Person == person).ToArray();
                        ok &= all.Length > 0;
                        foreach (var key in all)
                        {
                            held.Remove(key);
                            ended.Add(key);
                        }

                        break;
                    case OfficeChangeKind.Suspended:
                        ok &= held.TryGetValue((person, office!.Value), out var suspended) && !suspended;
                        held[(person, office!.Value)] = true;
                        break;
                    case OfficeChangeKind.Reinstated:
                        ok &= held.TryGetValue((person, office!.Value), out var wasSuspended) && wasSuspended;
                        held[(person, office!.Value)] = false;
                        presidentBack |= office == Office.President;
                        break;
                }
            }

            if (presidentBack || started.Exists(s => s.Office == Office.President))
            {
                foreach (var key in held.Keys.Where(k => k.Office == Office.ActingPresident && !started.Contains(k)).ToArray())
                {
                    held.Remove(key);
                }
            }

            int Count(Office office) => held.Keys.Count(k => k.Office == office);
            bool Holds(int person, Office office) => held.ContainsKey((person, office));
            bool IsPost(Office office) => office is Office.President or Office.PermanentVicePresident or Office.VicePresident or Office.VicePresidentGeneralSecretary;

            ok &= Count(Office.President) <= 1 && Count(Office.PermanentVicePresident) <= 1 && Count(Office.ActingPresident) <= 1
                && Count(Office.VicePresidentGeneralSecretary) == 0 && Count(Office.ExecutiveCommitteeMember) <= Seats;
            ok &= started.All(s => s.Office != Office.StandingCommitteeMember || Holds(s.Person, Office.ExecutiveCommitteeMember));
            ok &= ended.All(e => e.Office != Office.ExecutiveCommitteeMember || !Holds(e.Person, Office.StandingCommitteeMember));
            if (date >= Decree126)
            {
                ok &= started.All(s => !IsPost(s.Office) || Holds(s.Person, Office.StandingCommitteeMember));
                ok &= ended.All(e => e.Office != Office.StandingCommitteeMember || !held.Keys.Any(k => k.Person == e.Person && IsPost(k.Office)));
                ok &= !hadHead || Head(held);
                ok &= !started.Exists(s => s.Office == Office.ActingPresident) || !held.Any(h => h.Key.Office == Office.President && !h.Value);
            }

            if (ok)
            {
                Held = held;
                LastDate = date;
            }

            return ok;
        }

        private static bool Head(Dictionary<(int Person, Office Office), bool> held)
        {
            bool Serving(Office office) => held.Any(h => h.Key.Office == office && !h.Value);
            return Serving(Office.ActingPresident) || Serving(Office.President)
                || (held.Keys.Any(k => k.Office == Office.President) && Serving(Office.PermanentVicePresident));
        }
    }
}
