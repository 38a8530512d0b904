using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Organizations;

/// <summary>
/// A model-based property of the union's lifecycle: random sequences of congresses, renames, admissions and
/// departures are applied both to the aggregate and to a plain model of the rules. The aggregate accepts exactly
/// what the model accepts, records one event per accepted change, and a refused change leaves it as it was.
/// </summary>
public sealed class UnionLifecycleTests(ITestOutputHelper output)
{
    private static readonly LocalDate Founded = new(2000, 1, 1);
    private static readonly LocalDate Today = new(2040, 1, 1);

    private abstract record Command;

    private sealed record HoldCongress(int OrdinalStep, int DaysAfterLast, int Span) : Command;

    private sealed record Rename(int DaysAfterLast) : Command;

    private sealed record Admit(int Id, int JoinedYear) : Command;

    private sealed record Leave(int Id, int YearsAfterJoining) : Command;

    [Property(MaxTest = Props.DefaultTests)]
    public Property The_aggregate_accepts_exactly_what_the_model_accepts_and_a_refusal_changes_nothing() =>
        Props.ForAllSequences(Commands(), commands =>
        {
            var dataset = UnionDataset.Create(Build.DatasetOf([new UnionDraft(UnionId.Parse("nghe-an"), OrganizationLevel.Provincial, [new UnionName("Nghệ Tĩnh", "Nghe Tinh")]) { Parent = UnionId.Parse("vufo"), Founded = PartialDate.FromLocalDate(Founded) }]), Today);
            var built = new Built(dataset, dataset.Find(UnionId.Parse("nghe-an"))!);
            var history = built.TakeDomainEvents().ToList();
            var union = built.Union;
            var model = new Model();
            foreach (var command in commands)
            {
                var before = built.Draft;
                var accepted = TryApply(union, command, model); // reads the model's proposal before the model moves on
                var expected = model.Apply(command);
                if (accepted != expected)
                {
                    output.WriteLine($"{command}: aggregate {(accepted ? "accepted" : "refused")}, model {(expected ? "accepted" : "refused")}");
                    return false;
                }

                var events = built.TakeDomainEvents();
                history.AddRange(events);
                if ((accepted && events.Count != 1) || (!accepted && (events.Count != 0 || before != built.Draft)))
                {
                    output.WriteLine($"{command}: {events.Count} events; state kept: {before == built.Draft}");
                    return false;
                }
            }

            var rebuilt = UnionDataset.Replay(history).Find(union.Id)!;
            return union.Congresses.Select(c => (c.Ordinal, c.Held!.Value.Earliest)).SequenceEqual(model.Congresses)
                && rebuilt.Names.SequenceEqual(union.Names) && rebuilt.Associations.SequenceEqual(union.Associations)
                && rebuilt.Congresses.SequenceEqual(union.Congresses) && rebuilt.Terms.Count == union.Terms.Count
                && union.Names.Count == model.NameDates.Count + 1
                && union.Associations.Count == model.Joined.Count
                && union.Terms.Count == union.Congresses.Count;
        });

    private static Gen<Command[]> Commands()
    {
        var hold = from step in Gen.Choose(0, 2) from days in Gen.Choose(-300, 2200) from span in Gen.Choose(3, 6) select (Command)new HoldCongress(step, days, span);
        var rename = from days in Gen.Choose(-400, 4000) select (Command)new Rename(days);
        var admit = from id in Gen.Choose(0, 3) from year in Gen.Choose(2000, 2030) select (Command)new Admit(id, year);
        var leave = from id in Gen.Choose(0, 3) from years in Gen.Choose(-2, 8) select (Command)new Leave(id, years);
        return from count in Gen.Choose(1, 30)
               from commands in Gen.Frequency((5, hold), (1, rename), (2, admit), (2, leave)).ArrayOf(count)
               select commands;
    }

    private static bool TryApply(Union union, Command command, Model model)
    {
        try
        {
            switch (command)
            {
                case HoldCongress c:
                    var (ordinal, held) = model.ProposedCongress(c);
                    union.RecordCongress(new Congress(ordinal, PartialDate.FromLocalDate(held), TermLabel.FromYears(held.Year, held.Year + c.Span)), Today);
                    break;
                case Rename r:
                    union.Rename(new UnionName("Nghệ An", "Nghe An", PartialDate.FromLocalDate(model.ProposedNameDate(r))), Today);
                    break;
                case Admit a:
                    union.AdmitAssociation(new MemberAssociation(UnionId.Parse($"a{a.Id}"), $"Association {a.Id}", CountryCode.Parse("LA")) { Joined = new PartialDate(a.JoinedYear) }, Today);
                    break;
                case Leave l:
                    union.RecordAssociationLeft(UnionId.Parse($"a{l.Id}"), new PartialDate(model.ProposedLeaveYear(l)), Today);
                    break;
            }

            return true;
        }
        catch (RuleViolationException)
        {
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            // A congress numbered 0 is refused by its constructor before the aggregate sees it.
            return false;
        }
    }

    /// <summary>The rules in their plainest form, over exact dates.</summary>
    private sealed class Model
    {
        private readonly Dictionary<int, int> leftYear = [];

        public List<(int Ordinal, LocalDate Held)> Congresses { get; } = [];

        public List<LocalDate> NameDates { get; } = [];

        public Dictionary<int, int> Joined { get; } = [];

        public (int Ordinal, LocalDate Held) ProposedCongress(HoldCongress c)
        {
            var lastOrdinal = Congresses.Count == 0 ? 0 : Congresses[^1].Ordinal;
            var lastHeld = Congresses.Count == 0 ? Founded : Congresses[^1].Held;
            return (lastOrdinal + c.OrdinalStep, lastHeld.PlusDays(c.DaysAfterLast));
        }

        public LocalDate ProposedNameDate(Rename r) => (NameDates.Count == 0 ? Founded : NameDates[^1]).PlusDays(r.DaysAfterLast);

        public int ProposedLeaveYear(Leave l) => (Joined.TryGetValue(l.Id, out var joined) ? joined : 2000) + l.YearsAfterJoining;

        public bool Apply(Command command)
        {
            switch (command)
            {
                case HoldCongress c:
                    var (ordinal, held) = ProposedCongress(c);
                    var ok = ordinal >= 1
                        && (Congresses.Count == 0 || (ordinal == Congresses[^1].Ordinal + 1 && held > Congresses[^1].Held))
                        && held >= Founded && held <= Today
                        && (held < new LocalDate(2010, 7, 1) || c.Span <= 5);
                    if (ok)
                    {
                        Congresses.Add((ordinal, held));
                    }

                    return ok;
                case Rename r:
                    var from = ProposedNameDate(r);
                    if (from > (NameDates.Count == 0 ? Founded : NameDates[^1]) && from <= Today)
                    {
                        NameDates.Add(from);
                        return true;
                    }

                    return false;
                case Admit a:
                    return Joined.TryAdd(a.Id, a.JoinedYear);
                case Leave l:
                    var year = ProposedLeaveYear(l);
                    if (Joined.TryGetValue(l.Id, out var joinedYear) && !leftYear.ContainsKey(l.Id) && year >= joinedYear) // the same year may be later: only a certainly earlier leave is refused
                    {
                        leftYear[l.Id] = year;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }
    }
}
