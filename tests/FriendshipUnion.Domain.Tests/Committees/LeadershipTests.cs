using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using NodaTime;
using FriendshipUnion.Domain.Tests.Support;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Committees;

/// <summary>The leadership behaviour of the union aggregate and the as-of queries over its history.</summary>
public sealed class LeadershipTests
{
    private static readonly PersonId A = Person("a"), B = Person("b"), C = Person("c"), D = Person("d");

    private static Built Seated6() => InDataset(WithLeadership([new(6, BodyKind.ExecutiveCommittee, 37)], Seated()));

    [Fact]
    public void A_change_records_one_event_and_the_queries_see_it()
    {
        var union = Seated6();
        var change = Change(6, "2025-03-01", OfficeFact.Resigned(A, Office.President), OfficeFact.ElectedByExecutiveCommittee(B, Office.President), OfficeFact.Resigned(B, Office.PermanentVicePresident));

        union.Leadership.RecordChange(change, Today);

        Assert.Equal(new LeadershipChangeRecorded(union.Union.Id, change), Assert.Single(union.TakeDomainEvents()));
        Assert.Equal(A, union.Leadership.HolderOn(Office.President, new LocalDate(2025, 2, 28)).Value!.Person);
        Assert.Equal(B, union.Leadership.HolderOn(Office.President, new LocalDate(2025, 3, 1)).Value!.Person);
        Assert.False(union.Leadership.HolderOn(Office.PermanentVicePresident, new LocalDate(2025, 3, 1)).HasValue);
    }

    [Fact]
    public void A_refused_change_throws_with_its_code_and_changes_nothing()
    {
        var union = Seated6();
        var before = union.Draft;
        var leadership = union.Leadership;

        var ex = Assert.Throws<RuleViolationException>(() => union.Leadership.RecordChange(Change(6, "2025-03-01", OfficeFact.Resigned(A, Office.President)), Today));

        Assert.Equal(RuleCodes.PresidencyHead, ex.Code);
        Assert.Equal(before, union.Draft);
        Assert.Same(leadership, union.Leadership);
        Assert.Empty(union.TakeDomainEvents());
    }

    [Fact]
    public void The_try_form_returns_every_violation_without_throwing()
    {
        var union = Seated6();
        var bad = Change(6, "2027-01-01", OfficeFact.Resigned(D, Office.President), OfficeFact.ElectedByExecutiveCommittee(A, Office.President));

        var recorded = union.Leadership.TryRecordChange(bad, Today, out var violations);

        Assert.False(recorded);
        Assert.Equal([RuleCodes.LeadershipNotInFuture, RuleCodes.LeadershipCurrentHolder, RuleCodes.LeadershipCurrentHolder], Codes(violations));
        Assert.Single(union.Leadership.History);
        Assert.True(union.Leadership.TryRecordChange(Change(6, "2025-01-01", OfficeFact.ByElected(D, Office.ExecutiveCommitteeMember)), Today, out var none));
        Assert.Empty(none);
    }

    [Fact]
    public void Declaring_a_body_records_an_event_and_a_size_too_small_for_the_recorded_members_is_refused()
    {
        var union = InDataset(WithLeadership([], Seated()));
        var before = union.Draft;

        var refused = Assert.Throws<RuleViolationException>(() => union.Leadership.DeclareBody(new CommitteeBody(6, BodyKind.ExecutiveCommittee, 2)));
        Assert.Equal(RuleCodes.CommitteeDeclaredSize, refused.Code);
        Assert.Equal(before, union.Draft);
        union.Leadership.DeclareBody(new CommitteeBody(6, BodyKind.StandingCommittee, 7));

        Assert.IsType<BodyDeclared>(Assert.Single(union.TakeDomainEvents()));
        Assert.Equal("7 seats, 2 recorded", union.Leadership.RosterOn(BodyKind.StandingCommittee, new LocalDate(2025, 1, 1)).Summary);
        Assert.Equal("size not reported, 3 recorded", union.Leadership.RosterOn(BodyKind.ExecutiveCommittee, new LocalDate(2025, 1, 1)).Summary);
    }

    [Fact]
    public void The_roster_follows_the_term_in_force_and_by_elections()
    {
        var union = Seated6();
        union.Leadership.RecordChange(Change(6, "2025-01-10", OfficeFact.Resigned(C, Office.ExecutiveCommitteeMember)), Today);
        union.Leadership.RecordChange(Change(6, "2025-06-01", OfficeFact.ByElected(D, Office.ExecutiveCommitteeMember)), Today);

        string[] On(int year, int month, int day) =>
            union.Leadership.RosterOn(BodyKind.ExecutiveCommittee, new LocalDate(year, month, day)).Members.Select(m => m.Tenure.Person.Value).ToArray();

        Assert.Equal(["a", "b", "c"], On(2024, 9, 17));
        Assert.Equal(["a", "b"], On(2025, 1, 10));
        Assert.Equal(["a", "b", "d"], On(2025, 6, 1));
        Assert.Empty(On(2024, 9, 16)); // the 5th term has no members on record
        Assert.Equal(6, union.Leadership.RosterOn(BodyKind.ExecutiveCommittee, new LocalDate(2025, 6, 1)).Term);
    }

    [Fact]
    public void Vacancies_are_posts_and_seats_vacated_in_the_term_and_not_yet_filled()
    {
        var union = Seated6();
        union.Leadership.RecordChange(Change(6, "2025-01-10", OfficeFact.Resigned(B, Office.PermanentVicePresident)), Today);
        union.Leadership.RecordChange(Change(6, "2025-02-10", OfficeFact.Resigned(C, Office.ExecutiveCommitteeMember)), Today);

        var vacancies = union.Leadership.VacanciesOn(new LocalDate(2025, 3, 1));

        Assert.Equal([(Office.ExecutiveCommitteeMember, 1), (Office.PermanentVicePresident, 1)], vacancies.Select(v => (v.Office, v.Seats)));
        Assert.Equal(B, vacancies[1].LastHolder!.Person);
        Assert.Empty(union.Leadership.VacanciesOn(new LocalDate(2025, 1, 9)));
        union.Leadership.RecordChange(Change(6, "2025-04-01", OfficeFact.ByElected(D, Office.ExecutiveCommitteeMember)), Today);
        Assert.Equal([Office.PermanentVicePresident], union.Leadership.VacanciesOn(new LocalDate(2025, 4, 1)).Select(v => v.Office));
    }

    [Fact]
    public void A_partial_date_makes_the_holder_possible_inside_its_window_and_certain_after()
    {
        var union = InDataset(WithLeadership([], Seated(),
            Change(6, "2025-03", OfficeFact.Resigned(A, Office.President), OfficeFact.ElectedByExecutiveCommittee(B, Office.President), OfficeFact.Resigned(B, Office.PermanentVicePresident))));

        var early = union.Leadership.HolderOn(Office.President, new LocalDate(2025, 2, 28));
        var within = union.Leadership.HolderOn(Office.President, new LocalDate(2025, 3, 15));
        var after = union.Leadership.HolderOn(Office.President, new LocalDate(2025, 4, 1));

        Assert.Equal((A, Answer.Yes), (early.Value!.Person, early.Answer));
        Assert.Equal((B, Answer.Possibly), (within.Value!.Person, within.Answer));
        Assert.Equal((B, Answer.Yes), (after.Value!.Person, after.Answer));
        Assert.Equal(Answer.Possibly, union.Leadership.HistoryOf(Office.President)[0].HoldsOn(new LocalDate(2025, 3, 15)));
        Assert.Equal(Answer.No, union.Leadership.HistoryOf(Office.President)[0].HoldsOn(new LocalDate(2025, 4, 1)));
    }

    [Fact]
    public void During_a_suspension_the_Permanent_Vice_President_heads_the_union_and_a_reinstatement_ends_it()
    {
        var union = Seated6();
        union.Leadership.RecordChange(Change(6, "2025-03-01", OfficeFact.Suspended(A, Office.President)), Today);
        union.Leadership.RecordChange(Change(6, "2025-05-01", OfficeFact.Reinstated(A, Office.President)), Today);

        Assert.Equal(B, union.Leadership.HeadOn(new LocalDate(2025, 4, 1)).Value!.Person);
        Assert.Equal(A, union.Leadership.HeadOn(new LocalDate(2025, 5, 1)).Value!.Person);
        Assert.Equal(A, union.Leadership.HolderOn(Office.President, new LocalDate(2025, 4, 1)).Value!.Person); // still the holder
        Assert.Equal(Answer.Yes, union.Leadership.HistoryOf(Office.President)[0].SuspendedOn(new LocalDate(2025, 4, 1)));
    }

    [Fact]
    public void An_acting_head_serves_until_a_President_is_elected()
    {
        var union = Seated6();
        union.Leadership.RecordChange(Change(6, "2025-03-01", OfficeFact.Died(A), OfficeFact.ActingAppointed(B)), Today);
        union.Leadership.RecordChange(Change(6, "2025-06-01", OfficeFact.ElectedByExecutiveCommittee(B, Office.President), OfficeFact.Resigned(B, Office.PermanentVicePresident)), Today);

        var acting = Assert.Single(union.Leadership.HistoryOf(Office.ActingPresident));
        Assert.Equal((TenureEnd.Superseded, "2025-06-01"), (acting.EndReason!.Value, acting.To.ToString()));
        Assert.Equal(Office.ActingPresident, union.Leadership.HeadOn(new LocalDate(2025, 4, 1)).Value!.Office);
        Assert.Equal(Office.President, union.Leadership.HeadOn(new LocalDate(2025, 6, 1)).Value!.Office);
        Assert.All(union.Leadership.RecordOf(A), t => Assert.Equal(TenureEnd.Died, t.EndReason));
        Assert.Equal(3, union.Leadership.RecordOf(A).Count);
    }

    [Fact]
    public void Everyone_who_held_a_post_is_listed_in_order_across_terms()
    {
        var union = InDataset(WithLeadership([],
            Change(5, "2019-05-14", OfficeFact.ElectedAtCongress(D, Office.President)),
            Seated()));

        var presidents = union.Leadership.HistoryOf(Office.President);

        Assert.Equal([(D, 5, TenureEnd.TermEnded), (A, 6, (TenureEnd?)null)], presidents.Select(t => (t.Person, t.Term, t.EndReason)));
        Assert.Equal("2024-09-17", presidents[0].To.ToString());
    }

    [Fact]
    public void A_holder_query_of_a_post_with_several_holders_is_refused()
    {
        var union = Seated6();

        Assert.Throws<ArgumentException>(() => union.Leadership.HolderOn(Office.VicePresident, Today));
        Assert.Equal(3, union.Leadership.HoldersOn(Office.ExecutiveCommitteeMember, Today).Count);
    }

    [Fact]
    public void Facts_are_checked_when_built()
    {
        Assert.Throws<ArgumentException>(() => new OfficeFact(OfficeChangeKind.Died, A, Office.President));
        Assert.Throws<ArgumentException>(() => new OfficeFact(OfficeChangeKind.Resigned, A, null));
        Assert.Throws<ArgumentException>(() => new OfficeFact(OfficeChangeKind.ActingAppointed, A, Office.President));
        Assert.Throws<ArgumentException>(() => new OfficeFact(OfficeChangeKind.ElectedAtCongress, A, Office.ActingPresident));
        Assert.Throws<ArgumentException>(() => new OfficeFact(OfficeChangeKind.Resigned, default, Office.President));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfficeFact((OfficeChangeKind)99, A, Office.President));
        Assert.Throws<ArgumentException>(() => new LeadershipChange(6, Date("2025"), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeadershipChange(-1, Date("2025"), [OfficeFact.Died(A)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommitteeBody(6, BodyKind.ExecutiveCommittee, 0));
    }
    [Fact]
    public void A_certain_holder_is_found_before_a_later_holder_attested_without_a_start_date()
    {
        // a resigns on 2024-10-01 (before Decree 126, so no successor is required); a source shows c as President on
        // 2024-11-20, elected some day after the congress. Until a resigned, a was certainly the holder.
        var union = InDataset(WithLeadership([], Seated(),
            Change(6, "2024-10-01", OfficeFact.Resigned(A, Office.President)),
            Change(6, "2024-11-20", OfficeFact.Attested(C, Office.President))));

        var before = union.Leadership.HolderOn(Office.President, new LocalDate(2024, 9, 20));
        var between = union.Leadership.HolderOn(Office.President, new LocalDate(2024, 10, 15));
        var attested = union.Leadership.HolderOn(Office.President, new LocalDate(2024, 11, 20));

        Assert.Equal((A, Answer.Yes), (before.Value!.Person, before.Answer));
        Assert.Equal((C, Answer.Possibly), (between.Value!.Person, between.Answer));
        Assert.Equal((C, Answer.Yes), (attested.Value!.Person, attested.Answer));
    }
    [Fact]
    public void A_late_dated_change_of_an_earlier_term_does_not_hide_the_current_holder()
    {
        // Recorded after the 6th term was seated, a change of the 5th term dated only "2024" (possibly before the
        // 6th congress) names d its President.
        var union = InDataset(WithLeadership([], Seated(), Change(5, "2024", OfficeFact.Attested(D, Office.President))));

        var now = union.Leadership.HolderOn(Office.President, new LocalDate(2025, 1, 1));
        var then = union.Leadership.HolderOn(Office.President, new LocalDate(2024, 6, 1));

        Assert.Equal((A, Answer.Yes), (now.Value!.Person, now.Answer));
        Assert.Equal((D, Answer.Possibly), (then.Value!.Person, then.Answer));
        Assert.Equal([D, A], union.Leadership.HistoryOf(Office.President).Select(t => t.Person));
    }

    [Fact]
    public void A_change_certainly_earlier_than_any_change_before_it_is_refused_not_only_the_last()
    {
        var draft = WithLeadership([], Seated(),
            Change(6, "2025-03-01", OfficeFact.ByElected(D, Office.InspectionCommitteeMember)),
            Change(6, "2025", OfficeFact.ByElected(C, Office.InspectionCommitteeMember)),
            Change(6, "2025-01-01", OfficeFact.Resigned(D, Office.InspectionCommitteeMember)));

        var violation = Assert.Single(Validate(draft, Today), v => v.Code == RuleCodes.LeadershipHistoryOrder);

        Assert.Equal("leadership[3].date", violation.Path);
    }

    [Fact]
    public void A_suspension_known_to_the_month_makes_the_head_possible_within_that_month()
    {
        var union = Seated6();
        union.Leadership.RecordChange(Change(6, "2025-03", OfficeFact.Suspended(A, Office.President)), Today);

        var within = union.Leadership.HeadOn(new LocalDate(2025, 3, 15));
        var after = union.Leadership.HeadOn(new LocalDate(2025, 4, 1));

        Assert.Equal((A, Answer.Possibly), (within.Value!.Person, within.Answer));
        Assert.Equal((B, Answer.Yes), (after.Value!.Person, after.Answer));
    }

    [Fact]
    public void A_tenure_begins_and_ends_within_its_term()
    {
        var union = InDataset(WithLeadership([],
            Change(5, "2019", OfficeFact.ByElected(C, Office.InspectionCommitteeMember)),
            Seated(),
            Change(6, "2024-09", OfficeFact.ByElected(D, Office.InspectionCommitteeMember))));

        var byElected = union.Leadership.RecordOf(D).Single();
        var earlyTerm = union.Leadership.RecordOf(C).Single(t => t.Term == 5);

        Assert.Equal(new LocalDate(2024, 9, 18), byElected.Began.Min); // the day after the congress, not 09-01
        Assert.Equal(new LocalDate(2019, 5, 15), earlyTerm.Began.Min);
        Assert.Equal(Answer.No, byElected.HoldsOn(new LocalDate(2024, 9, 5)));
        Assert.Equal((TenureEnd.TermEnded, new LocalDate(2024, 9, 17)), (earlyTerm.EndReason!.Value, earlyTerm.Ended!.Value.Max));
    }

    [Fact]
    public void When_the_union_ends_its_offices_end_and_later_changes_are_refused()
    {
        var draft = WithLeadership([], Seated()) with { Succession = new Succession(SuccessionKind.Merged, Date("2026-01-01"), Id("vufo")) };
        var union = InDataset(draft);

        Assert.False(union.Leadership.HolderOn(Office.President, new LocalDate(2026, 6, 1)).HasValue);
        Assert.All(union.Leadership.Tenures, t => Assert.Equal(TenureEnd.UnionEnded, t.EndReason));
        Assert.False(union.Leadership.TryRecordChange(Change(6, "2026-02-01", OfficeFact.ByElected(D, Office.InspectionCommitteeMember)), Today, out var violations));
        Assert.Equal([RuleCodes.MembershipWithinTerm], Codes(violations));
    }

    [Fact]
    public void Tenures_read_before_a_congress_stay_as_they_were_and_the_leadership_follows_the_new_term()
    {
        var union = Seated6();
        var before = union.Leadership.HolderOn(Office.President, new LocalDate(2026, 5, 1)).Value!;

        union.Union.RecordCongress(Support.Build.Congress(7, "2026-06-01", "2026–2031"), Today);

        Assert.Null(before.EndReason);
        var after = union.Leadership.HolderOn(Office.President, new LocalDate(2026, 5, 1)).Value!;
        Assert.Equal((TenureEnd.TermEnded, Date("2026-06-01")), (after.EndReason, after.To));
        Assert.False(union.Leadership.HolderOn(Office.President, new LocalDate(2026, 7, 1)).HasValue);
        Assert.Equal(7, union.Leadership.RosterOn(BodyKind.ExecutiveCommittee, new LocalDate(2026, 7, 1)).Term);
        Assert.Empty(union.Leadership.RosterOn(BodyKind.ExecutiveCommittee, new LocalDate(2026, 7, 1)).Members);
    }

    [Fact]
    public void Recorded_history_cannot_be_changed_through_a_cast()
    {
        var union = Seated6();

        Assert.Throws<NotSupportedException>(() => ((IList<OfficeFact>)union.Leadership.History[0].Facts)[0] = OfficeFact.Died(D));
        Assert.Throws<NotSupportedException>(() => ((IList<Tenure>)union.Leadership.HistoryOf(Office.President)).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<LeadershipChange>)union.Draft.Leadership).Clear());
        Assert.Throws<ArgumentOutOfRangeException>(() => union.Leadership.HistoryOf((Office)99));
    }
}
