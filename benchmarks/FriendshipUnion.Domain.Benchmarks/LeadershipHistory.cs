using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>
/// A valid leadership history of 10,000 changes over ten terms: each congress elects an Executive Committee of 30
/// with a Standing Committee of 10, a President and a Permanent Vice President; then, day after day, a member
/// resigns and a newcomer is by-elected, and every tenth change the presidency passes to another Standing Committee
/// member in a single change.
/// </summary>
internal static class LeadershipHistory
{
    internal const int Changes = 10_000;
    private const int Terms = 10;
    private const int Seats = 30;
    private const int Standing = 10;

    internal static readonly LocalDate Today = new(2030, 1, 1);

    internal static Leadership Build()
    {
        var congresses = new List<Congress>();
        var bodies = new List<CommitteeBody>();
        var history = new List<LeadershipChange>();
        var fresh = 0;
        for (var term = 1; term <= Terms; term++)
        {
            var held = new LocalDate(1975 + (5 * (term - 1)), 3, 1);
            congresses.Add(new Congress(term, PartialDate.FromLocalDate(held), TermLabel.FromYears(held.Year, held.Year + 5)));
            bodies.Add(new CommitteeBody(term, BodyKind.ExecutiveCommittee, Seats));
            bodies.Add(new CommitteeBody(term, BodyKind.StandingCommittee, Standing));
            var members = Enumerable.Range(0, Seats).Select(_ => Person(fresh++)).ToArray();
            var facts = members.Select(m => OfficeFact.ElectedAtCongress(m, Office.ExecutiveCommitteeMember))
                .Concat(members.Take(Standing).Select(m => OfficeFact.ElectedAtCongress(m, Office.StandingCommitteeMember)))
                .Append(OfficeFact.ElectedAtCongress(members[0], Office.President))
                .Append(OfficeFact.ElectedAtCongress(members[1], Office.PermanentVicePresident));
            history.Add(new LeadershipChange(term, PartialDate.FromLocalDate(held), facts.ToArray()));

            var rotating = new Queue<PersonId>(members.Skip(Standing));
            var president = 0;
            for (var k = 1; k < Changes / Terms; k++)
            {
                var date = PartialDate.FromLocalDate(held.PlusDays(k));
                if (k % 10 == 0)
                {
                    var next = 2 + (president % (Standing - 2));
                    var change = new LeadershipChange(term, date, [
                        OfficeFact.Resigned(president == 0 ? members[0] : members[1 + president], Office.President),
                        OfficeFact.ElectedByExecutiveCommittee(members[next], Office.President)]);
                    president = next - 1;
                    history.Add(change);
                }
                else
                {
                    var leaving = rotating.Dequeue();
                    var arriving = Person(fresh++);
                    rotating.Enqueue(arriving);
                    history.Add(new LeadershipChange(term, date, [OfficeFact.Resigned(leaving, Office.ExecutiveCommitteeMember), OfficeFact.ByElected(arriving, Office.ExecutiveCommitteeMember)]));
                }
            }
        }

        var draft = new UnionDraft(UnionId.Parse("bench"), OrganizationLevel.Provincial, [new UnionName("Liên hiệp", "Union")])
        {
            Parent = UnionId.Parse("vufo"),
            Congresses = congresses,
            Bodies = bodies,
            Leadership = history,
        };
        var central = new UnionDraft(UnionId.Parse("vufo"), OrganizationLevel.Central, [new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")]);
        var people = Enumerable.Range(0, fresh).Select(i => new Person(Person(i), $"Người {i}")).ToArray();
        var dataset = UnionDataset.Create(new DatasetDraft { People = people, Unions = [central, draft] }, Today);
        return dataset.LeadershipOf(draft.Id);
    }

    internal static LocalDate[] Probes(int count)
    {
        var random = new Random(42);
        return Enumerable.Range(0, count).Select(_ => new LocalDate(1975, 3, 1).PlusDays(random.Next(0, 365 * 50))).ToArray();
    }

    private static PersonId Person(int i) => PersonId.Parse($"p{i}");
}
