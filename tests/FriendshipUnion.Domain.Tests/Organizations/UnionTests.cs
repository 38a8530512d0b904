using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Organizations;

/// <summary>The union aggregate's behaviour: every change succeeds with an event or is refused and changes nothing.</summary>
public sealed class UnionTests
{
    [Fact]
    public void Create_records_that_the_union_was_established()
    {
        var union = Union.Create(Id("vufo"), OrganizationLevel.Central, new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO"));

        var established = Assert.IsType<UnionEstablished>(Assert.Single(union.DomainEvents));
        Assert.Equal(Id("vufo"), established.Union);
    }

    [Fact]
    public void Create_refuses_a_union_that_breaks_a_rule()
    {
        var ex = Assert.Throws<RuleViolationException>(() => Union.Create(Id("nghe-an"), OrganizationLevel.Provincial, new UnionName("Nghệ An", "Nghe An")));

        Assert.Equal(RuleCodes.UnionParentLevel, ex.Code);
    }

    [Fact]
    public void Restoring_from_a_draft_records_no_event_and_lists_every_violation()
    {
        Assert.Empty(NgheAn().DomainEvents);
        var ex = Assert.Throws<RuleViolationException>(() => Union.Create(Provincial(Congress(4, "2019-05-14", "2019–2026"), Congress(6, "2018-05-14", "2018–2023")), Today));
        Assert.Equal(3, ex.Violations.Count);
    }

    [Fact]
    public void Recording_a_congress_opens_a_term_and_records_an_event()
    {
        var union = NgheAn();
        var seventh = Congress(7, "2029-09-20", "2029–2034");

        union.RecordCongress(seventh, new LocalDate(2029, 10, 1));

        Assert.Equal(3, union.Terms.Count);
        Assert.Same(seventh, union.Terms[^1].Congress);
        Assert.Same(seventh, union.Terms[^2].NextCongress);
        Assert.Equal(new CongressRecorded(union.Id, seventh), Assert.Single(union.DomainEvents));
    }

    [Fact]
    public void Recording_a_congress_reads_today_from_the_clock_in_Vietnam()
    {
        var union = NgheAn();
        // 2029-09-19 20:00 UTC is already 2029-09-20 in Vietnam, so a congress that day is not in the future.
        union.RecordCongress(Congress(7, "2029-09-20", "2029–2034"), new FakeClock(Instant.FromUtc(2029, 9, 19, 20, 0)));

        Assert.Equal(7, union.Terms[^1].Ordinal);
    }

    [Theory]
    [InlineData(8, "2029-09-20", "2029–2034", RuleCodes.CongressOrdinalSequence)]
    [InlineData(7, "2024-09-17", "2029–2034", RuleCodes.TermNoOverlap)]
    [InlineData(7, "2029-09-20", "2029–2035", RuleCodes.TermMaxSpan)]
    [InlineData(7, "2029-10-02", "2029–2034", RuleCodes.CongressNotInFuture)]
    public void A_refused_congress_changes_nothing(int ordinal, string held, string label, string code)
    {
        var union = NgheAn();
        var before = union.ToDraft();

        var ex = Assert.Throws<RuleViolationException>(() => union.RecordCongress(Congress(ordinal, held, label), new LocalDate(2029, 10, 1)));

        Assert.Equal(code, ex.Code);
        Assert.Same(before, union.ToDraft());
        Assert.Equal(2, union.Terms.Count);
        Assert.Empty(union.DomainEvents);
    }

    [Fact]
    public void Rename_appends_a_dated_name_and_name_on_answers_for_any_date()
    {
        var union = Union.Create(Id("nghe-an"), OrganizationLevel.Provincial, new UnionName("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ Tĩnh", "Nghe Tinh"), Id("vufo"), Date("1988-07-18"));
        union.Rename(new UnionName("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An", "Nghe An", Date("1991")));

        Assert.Null(union.NameOn(new LocalDate(1988, 7, 17)).Value);
        Assert.Equal("Nghe Tinh", union.NameOn(new LocalDate(1990, 12, 31)).Value!.English);
        var during = union.NameOn(new LocalDate(1991, 6, 1));
        Assert.Equal(("Nghe An", Answer.Possibly), (during.Value!.English, during.Answer));
        var after = union.NameOn(new LocalDate(1992, 1, 1));
        Assert.Equal(("Nghe An", Answer.Yes), (after.Value!.English, after.Answer));
        Assert.Equal(2, union.Names.Count);
        Assert.IsType<UnionRenamed>(union.DomainEvents.Last());
    }

    [Fact]
    public void A_rename_without_a_date_is_refused_and_changes_nothing()
    {
        var union = NgheAn();

        var ex = Assert.Throws<RuleViolationException>(() => union.Rename(new UnionName("Tên mới", "New name")));

        Assert.Equal(RuleCodes.UnionNameOrder, ex.Code);
        Assert.Single(union.Names);
    }

    [Fact]
    public void Names_are_stored_in_Unicode_NFC()
    {
        var decomposed = "Nghe\u0323\u0302 An"; // "Nghệ An" typed with combining marks
        var name = new UnionName(decomposed, "Nghe An");

        Assert.Equal("Nghệ An", name.Vietnamese);
        Assert.Equal(new UnionName("Nghệ An", "Nghe An"), name);
    }

    [Fact]
    public void Associations_are_admitted_and_leave_once()
    {
        var union = NgheAn();
        var laos = new MemberAssociation(Id("vn-la"), "Vietnam – Laos Friendship Association", CountryCode.Parse("LA")) { Joined = Date("2000") };

        union.AdmitAssociation(laos);
        union.RecordAssociationLeft(Id("vn-la"), Date("2020"));

        Assert.Equal(Date("2020"), Assert.Single(union.Associations).Left);
        var ex = Assert.Throws<RuleViolationException>(() => union.RecordAssociationLeft(Id("vn-la"), Date("2021")));
        Assert.Equal(RuleCodes.AssociationMember, ex.Code);
        Assert.Throws<RuleViolationException>(() => union.AdmitAssociation(laos));
        Assert.Equal(2, union.DomainEvents.Count);
    }

    [Fact]
    public void Leaving_before_joining_is_refused_and_the_association_stays_a_member()
    {
        var union = NgheAn();
        union.AdmitAssociation(new MemberAssociation(Id("vn-la"), "Vietnam – Laos", CountryCode.Parse("LA")) { Joined = Date("2000") });

        var ex = Assert.Throws<RuleViolationException>(() => union.RecordAssociationLeft(Id("vn-la"), Date("1999")));

        Assert.Equal(RuleCodes.AssociationDatesOrder, ex.Code);
        Assert.Null(Assert.Single(union.Associations).Left);
    }

    [Fact]
    public void Member_counts_and_succession_are_recorded_once()
    {
        var union = NgheAn();
        union.RecordMemberCount(new MemberCount(Date("2023"), MemberCountKind.MemberOrganizations, 18));
        union.RecordSuccession(new Succession(SuccessionKind.Merged, Date("2025-07"), Id("nghe-an-ha-tinh")));

        Assert.Equal(18, Assert.Single(union.MemberCounts).Count);
        var ex = Assert.Throws<RuleViolationException>(() => union.RecordSuccession(new Succession(SuccessionKind.Dissolved, Date("2026"), null)));
        Assert.Equal(RuleCodes.UnionSuccessionOrder, ex.Code);
        Assert.Equal(SuccessionKind.Merged, union.Succession!.Kind);
        Assert.Equal(2, union.TakeDomainEvents().Count);
        Assert.Empty(union.DomainEvents);
    }

    [Fact]
    public void A_merger_needs_a_successor() =>
        Assert.Throws<ArgumentException>(() => new Succession(SuccessionKind.Merged, Date("2025"), null));

    [Fact]
    public void Ids_and_country_codes_are_checked_on_construction()
    {
        Assert.Throws<FormatException>(() => UnionId.Parse("Nghe An"));
        Assert.Throws<FormatException>(() => UnionId.Parse("nghe--an"));
        Assert.Throws<FormatException>(() => UnionId.Parse("-vufo"));
        Assert.Throws<FormatException>(() => CountryCode.Parse("kr"));
        Assert.Throws<FormatException>(() => CountryCode.Parse("KOR"));
        Assert.Equal("nghe-an", UnionId.Parse("nghe-an").ToString());
    }
}
