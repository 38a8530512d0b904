using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;

using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Committees;

/// <summary>Each leadership rule broken once, seen with its code; the rule-set switch at 2024-11-26 from both sides.</summary>
public sealed class LeadershipRulesTests
{
    private static readonly PersonId A = Person("a"), B = Person("b"), C = Person("c"), D = Person("d");

    private static readonly CommitteeBody[] NoBodies = [];

    [Fact]
    public void The_seated_term_breaks_no_rule() =>
        Assert.Empty(Validate(WithLeadership(NoBodies, Seated()), Today));

    [Fact]
    public void A_body_is_declared_once_per_term_and_for_a_congress_on_record()
    {
        var twice = WithLeadership([new(6, BodyKind.ExecutiveCommittee, 37), new(6, BodyKind.ExecutiveCommittee, 35)]);
        var noCongress = WithLeadership([new(9, BodyKind.ExecutiveCommittee, 37)]);

        var violation = Assert.Single(Validate(twice, Today));
        Assert.Equal((RuleCodes.CommitteeBodyUnique, "bodies[1].kind"), (violation.Code, violation.Path));
        Assert.Equal([RuleCodes.CommitteeBodyUnique], Codes(Validate(noCongress, Today)));
    }

    [Fact]
    public void Recorded_members_never_exceed_the_declared_size()
    {
        var fits = WithLeadership([new(6, BodyKind.ExecutiveCommittee, 3)], Seated());
        var over = WithLeadership([new(6, BodyKind.ExecutiveCommittee, 2)], Seated());

        Assert.Empty(Validate(fits, Today));
        var violation = Assert.Single(Validate(over, Today));
        Assert.Equal((RuleCodes.CommitteeDeclaredSize, "leadership[0]", "3"), (violation.Code, violation.Path, violation.OffendingValue));
    }

    [Fact]
    public void A_partly_known_body_is_valid()
    {
        var union = InDataset(WithLeadership([new(6, BodyKind.ExecutiveCommittee, 37)], Change(6, "2024-09-17", OfficeFact.ElectedAtCongress(A, Office.ExecutiveCommitteeMember))));

        var roster = union.Leadership.RosterOn(BodyKind.ExecutiveCommittee, new(2024, 10, 1));
        Assert.Equal(("37 seats, 1 recorded", 36), (roster.Summary, roster.Unrecorded));
    }

    [Fact]
    public void A_Standing_Committee_member_is_an_Executive_Committee_member()
    {
        var joins = WithLeadership(NoBodies, Seated(), Change(6, "2024-10-01", OfficeFact.ByElected(D, Office.StandingCommitteeMember)));
        var leaves = WithLeadership(NoBodies, Seated(), Change(6, "2024-10-01", OfficeFact.Resigned(B, Office.ExecutiveCommitteeMember)));
        var leavesBoth = WithLeadership(NoBodies, Seated(), Change(6, "2024-10-01",
            OfficeFact.Resigned(B, Office.PermanentVicePresident), OfficeFact.Resigned(B, Office.StandingCommitteeMember), OfficeFact.Resigned(B, Office.ExecutiveCommitteeMember)));

        Assert.Equal([RuleCodes.CommitteeStandingWithinExecutive], Codes(Validate(joins, Today)));
        Assert.Equal([RuleCodes.CommitteeStandingWithinExecutive], Codes(Validate(leaves, Today)));
        Assert.Empty(Validate(leavesBoth, Today));
    }

    [Theory]
    [InlineData("2024-11-25", false)]
    [InlineData("2024-11-26", true)]
    public void The_President_comes_from_the_Standing_Committee_under_Decree_126_only(string date, bool refused)
    {
        // c sits on the Executive Committee but not the Standing Committee.
        var draft = WithLeadership(NoBodies, Seated(), Change(6, date,
            OfficeFact.Resigned(A, Office.President), OfficeFact.ElectedByExecutiveCommittee(C, Office.President)));

        var codes = Codes(Validate(draft, Today));

        Assert.Equal(refused ? [RuleCodes.PostFromStandingCommittee] : [], codes);
        if (refused)
        {
            Assert.Contains("126/2024", RuleCatalog.Default.Find(RuleCodes.PostFromStandingCommittee, Date(date).Earliest)!.Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Leaving_the_Standing_Committee_while_keeping_a_post_breaks_Art_22()
    {
        var draft = WithLeadership(NoBodies, Seated(), Change(6, "2025-03-01", OfficeFact.Resigned(B, Office.StandingCommitteeMember)));

        Assert.Equal([RuleCodes.PostFromStandingCommittee], Codes(Validate(draft, Today)));
    }

    [Fact]
    public void A_post_never_has_more_holders_than_it_allows()
    {
        var twoPresidents = WithLeadership(NoBodies, Seated(), Change(6, "2024-10-01", OfficeFact.ElectedByExecutiveCommittee(C, Office.President)));
        var provincialSecretary = WithLeadership(NoBodies, Change(6, "2024-09-17", OfficeFact.ElectedAtCongress(C, Office.VicePresidentGeneralSecretary)));
        var provincialPresidium = WithLeadership([new(6, BodyKind.Presidium, 5)]);

        Assert.Equal([RuleCodes.PostMaxHolders], Codes(Validate(twoPresidents, Today)));
        Assert.Equal([RuleCodes.PostMaxHolders], Codes(Validate(provincialSecretary, Today)));
        Assert.Equal([RuleCodes.PostMaxHolders], Codes(Validate(provincialPresidium, Today)));
    }

    [Theory]
    [InlineData("2024-11-25", false)]
    [InlineData("2024-11-26", true)]
    public void Removing_the_President_without_a_successor_or_acting_head_is_refused_under_Decree_126(string date, bool refused)
    {
        var draft = WithLeadership(NoBodies, Seated(), Change(6, date, OfficeFact.Resigned(A, Office.President)));

        Assert.Equal(refused ? [RuleCodes.PresidencyHead] : [], Codes(Validate(draft, Today)));
    }

    [Fact]
    public void A_successor_or_an_acting_head_in_the_same_change_keeps_the_presidency_headed()
    {
        var successor = WithLeadership(NoBodies, Seated(), Change(6, "2025-03-01",
            OfficeFact.Resigned(A, Office.President), OfficeFact.ElectedByExecutiveCommittee(B, Office.President), OfficeFact.Resigned(B, Office.PermanentVicePresident)));
        var acting = WithLeadership(NoBodies, Seated(), Change(6, "2025-03-01", OfficeFact.Died(A), OfficeFact.ActingAppointed(C)));
        var separately = WithLeadership(NoBodies, Seated(),
            Change(6, "2025-03-01", OfficeFact.Died(A)),
            Change(6, "2025-03-02", OfficeFact.ActingAppointed(C)));

        Assert.Empty(Validate(successor, Today));
        Assert.Empty(Validate(acting, Today));
        Assert.Equal([RuleCodes.PresidencyHead], Codes(Validate(separately, Today)));
    }

    [Fact]
    public void During_a_suspension_the_Permanent_Vice_President_acts_and_without_one_an_acting_head_is_needed()
    {
        var withPermanent = WithLeadership(NoBodies, Seated(), Change(6, "2025-03-01", OfficeFact.Suspended(A, Office.President)));
        var withoutPermanent = WithLeadership(NoBodies, Seated(),
            Change(6, "2025-02-01", OfficeFact.Resigned(B, Office.PermanentVicePresident)),
            Change(6, "2025-03-01", OfficeFact.Suspended(A, Office.President)));
        var actingWhileServing = WithLeadership(NoBodies, Seated(), Change(6, "2025-03-01", OfficeFact.ActingAppointed(C)));

        Assert.Empty(Validate(withPermanent, Today));
        Assert.Equal([RuleCodes.PresidencyHead], Codes(Validate(withoutPermanent, Today)));
        Assert.Equal([RuleCodes.PresidencyHead], Codes(Validate(actingWhileServing, Today)));
    }

    [Theory]
    [InlineData(6, "2024-09-17", OfficeChangeKind.ByElected, "leadership[0].facts[0]")] // a by-election on the congress's day
    [InlineData(6, "2024-09-16", OfficeChangeKind.ElectedByExecutiveCommittee, "leadership[0].facts[0]")] // before the congress
    [InlineData(6, "2024-10-01", OfficeChangeKind.ElectedAtCongress, "leadership[0].facts[0]")] // "at the congress", another day
    [InlineData(5, "2024-10-01", OfficeChangeKind.ByElected, "leadership[0].facts[0]")] // after the next congress closed term 5
    [InlineData(9, "2024-10-01", OfficeChangeKind.ByElected, "leadership[0].term")] // no such congress
    public void A_membership_lies_within_its_term(int term, string date, OfficeChangeKind kind, string path)
    {
        var draft = WithLeadership(NoBodies, Change(term, date, new OfficeFact(kind, D, Office.InspectionCommitteeMember)));

        var violation = Assert.Single(Validate(draft, Today));
        Assert.Equal((RuleCodes.MembershipWithinTerm, path), (violation.Code, violation.Path));
    }

    [Fact]
    public void A_partial_date_that_may_lie_within_the_term_is_accepted()
    {
        // "2024-09" may be after the 6th congress (2024-09-17): not certainly outside the term.
        var draft = WithLeadership(NoBodies, Seated(), Change(6, "2024-09", OfficeFact.ByElected(D, Office.InspectionCommitteeMember)));

        Assert.Empty(Validate(draft, Today));
    }

    [Theory]
    [InlineData(OfficeChangeKind.Resigned, "c", Office.President)] // c is not the President
    [InlineData(OfficeChangeKind.ElectedByExecutiveCommittee, "a", Office.President)] // a already is
    [InlineData(OfficeChangeKind.Reinstated, "a", Office.President)] // a is not suspended
    [InlineData(OfficeChangeKind.Suspended, "d", Office.ExecutiveCommitteeMember)] // d holds nothing
    [InlineData(OfficeChangeKind.Died, "d", null)] // d holds nothing in the term
    public void An_ending_or_suspension_names_a_current_holder_and_an_election_a_new_one(OfficeChangeKind kind, string person, Office? office)
    {
        var draft = WithLeadership(NoBodies, Seated(), Change(6, "2024-10-01", new OfficeFact(kind, Person(person), office)));

        var violation = Assert.Single(Validate(draft, Today));
        Assert.Equal((RuleCodes.LeadershipCurrentHolder, "leadership[1].facts[0]", person), (violation.Code, violation.Path, violation.OffendingValue));
    }

    [Fact]
    public void Changes_are_recorded_in_time_order_and_not_in_the_future()
    {
        var order = WithLeadership(NoBodies, Seated(),
            Change(6, "2025-03-01", OfficeFact.ByElected(D, Office.InspectionCommitteeMember)),
            Change(6, "2025-02-01", OfficeFact.Resigned(D, Office.InspectionCommitteeMember)));
        var future = WithLeadership(NoBodies, Seated(), Change(6, "2026-11-23", OfficeFact.ByElected(D, Office.InspectionCommitteeMember)));

        var violation = Assert.Single(Validate(order, Today));
        Assert.Equal((RuleCodes.LeadershipHistoryOrder, "leadership[2].date"), (violation.Code, violation.Path));
        Assert.Equal([RuleCodes.LeadershipNotInFuture], Codes(Validate(future, Today)));
        Assert.Empty(Validate(future, null));
    }

    [Fact]
    public void People_are_unique_and_every_person_named_is_in_the_dataset()
    {
        var people = new[] { new Person(A, "Nguyễn Văn A"), new Person(A, "Nguyễn Văn B") };
        var unions = new[] { WithLeadership(NoBodies, Change(6, "2024-09-17", OfficeFact.ElectedAtCongress(A, Office.President))) };

        var duplicate = Assert.Throws<RuleViolationException>(() => PersonDirectory.Create(people));
        var missing = UnionDataset.Validate(new DatasetDraft { Unions = unions, People = [new Person(B, "Nguyễn Văn B")] }, Today);

        Assert.Equal((RuleCodes.PersonUniqueId, "people[1].id"), (duplicate.Code, duplicate.Violations[0].Path));
        var violation = Assert.Single(missing, v => v.Code != RuleCodes.UnionParentExists); // the parent union is not in this small dataset
        Assert.Equal((RuleCodes.PersonExists, "unions[0].leadership[0].facts[0].person", "a"), (violation.Code, violation.Path, violation.OffendingValue));
    }

    [Theory]
    [InlineData(BodyKind.ExecutiveCommittee, 41, RuleCodes.CharterExecutiveCommitteeSize)]
    [InlineData(BodyKind.ExecutiveCommittee, 9, RuleCodes.CharterExecutiveCommitteeSize)]
    [InlineData(BodyKind.StandingCommittee, 12, RuleCodes.CharterStandingCommitteeSize)]
    [InlineData(BodyKind.InspectionCommittee, 1, RuleCodes.CharterInspectionCommitteeSize)]
    public void Declared_sizes_lie_within_the_charter_bounds(BodyKind body, int size, string code)
    {
        var rules = RuleCatalog.Default.With(NgheAnCharter().ToRules());
        var draft = WithLeadership([new(6, body, size)]);

        var violation = Assert.Single(Validate(draft, Today, rules));
        Assert.Equal((code, "bodies[0].declaredSize"), (violation.Code, violation.Path));
        Assert.Empty(Validate(draft, Today)); // without the charter, any size goes
    }

    [Fact]
    public void The_charter_sets_how_many_Vice_Presidents_there_are_counting_the_Permanent_one()
    {
        var rules = RuleCatalog.Default.With(NgheAnCharter().ToRules());
        var draft = WithLeadership(NoBodies, Seated(), Change(6, "2024-10-01", OfficeFact.ElectedByExecutiveCommittee(C, Office.VicePresident)));

        Assert.Empty(Validate(draft, Today));
        Assert.Equal([RuleCodes.CharterVicePresidents], Codes(Validate(draft, Today, rules)));
    }

    [Fact]
    public void A_charter_of_another_union_does_not_apply()
    {
        var rules = RuleCatalog.Default.With((NgheAnCharter() with { Union = Id("an-giang") }).ToRules());
        var draft = WithLeadership([new(6, BodyKind.ExecutiveCommittee, 41)]);

        Assert.Empty(Validate(draft, Today, rules));
    }

    private static Charter NgheAnCharter() => new(Id("nghe-an"), "Charter of the Nghe An union (a test charter)")
    {
        InForceFrom = new(2020, 1, 1),
        ExecutiveCommitteeSize = new(15, 37),
        StandingCommitteeSize = new(5, 11),
        InspectionCommitteeSize = new(3, 5),
        MaxVicePresidents = 1,
    };
}
