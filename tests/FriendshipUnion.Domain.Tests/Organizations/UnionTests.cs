using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using NodaTime;
using NodaTime.Testing;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Organizations;

/// <summary>The union aggregate's behaviour: every change succeeds with an event or is refused and changes nothing.</summary>
public sealed class UnionTests
{
    [Fact]
    public void Establishing_records_that_the_union_was_established_with_everything_known_of_it()
    {
        var dataset = UnionDataset.Create();
        var name = new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO");

        var union = dataset.Establish(new UnionDraft(Id("vufo"), OrganizationLevel.Central, [name]) { Founded = Date("1950-02"), TraditionDay = new LocalDate(1950, 2, 1), Source = "s" }, Today);

        Assert.Same(union, dataset.Find(Id("vufo")));
        Assert.Equal(new UnionEstablished(Id("vufo"), OrganizationLevel.Central, name, null, Date("1950-02"), new LocalDate(1950, 2, 1), "s"), Assert.Single(dataset.DomainEvents));
    }

    [Fact]
    public void Establishing_refuses_a_union_that_breaks_a_rule_and_changes_nothing()
    {
        var dataset = UnionDataset.Create();

        var ex = Assert.Throws<RuleViolationException>(() => dataset.Establish(new UnionDraft(Id("nghe-an"), OrganizationLevel.Provincial, [new UnionName("Nghệ An", "Nghe An")]), Today));

        Assert.Equal(RuleCodes.UnionParentLevel, ex.Code);
        Assert.Empty(dataset.Unions);
        Assert.Empty(dataset.DomainEvents);
    }

    [Fact]
    public void Establishing_from_a_draft_lists_every_violation()
    {
        var dataset = Dataset([Central()]);

        var ex = Assert.Throws<RuleViolationException>(() => dataset.Establish(Provincial(Congress(4, "2019-05-14", "2019–2026"), Congress(6, "2018-05-14", "2018–2023")), Today));

        Assert.Equal(3, ex.Violations.Count);
        Assert.Null(dataset.Find(Id("nghe-an")));
    }

    [Fact]
    public void Recording_a_congress_opens_a_term_and_records_an_event()
    {
        var built = NgheAn();
        var union = built.Union;
        var seventh = Congress(7, "2029-09-20", "2029–2034");

        union.RecordCongress(seventh, new LocalDate(2029, 10, 1));

        Assert.Equal(3, union.Terms.Count);
        Assert.Same(seventh, union.Terms[^1].Congress);
        Assert.Same(seventh, union.Terms[^2].NextCongress);
        Assert.Equal(new CongressRecorded(union.Id, seventh), Assert.Single(built.TakeDomainEvents()));
    }

    [Fact]
    public void Recording_a_congress_reads_today_from_the_clock_in_Vietnam()
    {
        var union = NgheAn().Union;
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
        var built = NgheAn();
        var union = built.Union;
        var before = built.Draft;

        var ex = Assert.Throws<RuleViolationException>(() => union.RecordCongress(Congress(ordinal, held, label), new LocalDate(2029, 10, 1)));

        Assert.Equal(code, ex.Code);
        Assert.Equal(before, built.Draft);
        Assert.Equal(2, union.Terms.Count);
        Assert.Empty(built.Dataset.DomainEvents);
    }

    [Fact]
    public void Rename_appends_a_dated_name_and_name_on_answers_for_any_date()
    {
        var dataset = Dataset([Central()]);
        var union = dataset.Establish(new UnionDraft(Id("nghe-an"), OrganizationLevel.Provincial, [new UnionName("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ Tĩnh", "Nghe Tinh")]) { Parent = Id("vufo"), Founded = Date("1988-07-18") }, Today);
        union.Rename(new UnionName("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An", "Nghe An", Date("1991")), Today);

        Assert.Null(union.NameOn(new LocalDate(1988, 7, 17)).Value);
        Assert.Equal("Nghe Tinh", union.NameOn(new LocalDate(1990, 12, 31)).Value!.English);
        var during = union.NameOn(new LocalDate(1991, 6, 1));
        Assert.Equal(("Nghe An", Answer.Possibly), (during.Value!.English, during.Answer));
        var after = union.NameOn(new LocalDate(1992, 1, 1));
        Assert.Equal(("Nghe An", Answer.Yes), (after.Value!.English, after.Answer));
        Assert.Equal(2, union.Names.Count);
        Assert.IsType<UnionRenamed>(dataset.DomainEvents.Last());
    }

    [Fact]
    public void A_rename_without_a_date_is_refused_and_changes_nothing()
    {
        var union = NgheAn().Union;

        var ex = Assert.Throws<RuleViolationException>(() => union.Rename(new UnionName("Tên mới", "New name"), Today));

        Assert.Equal(RuleCodes.UnionNameOrder, ex.Code);
        Assert.Single(union.Names);
    }

    [Fact]
    public void Renames_associations_member_counts_and_ends_refuse_the_future_and_change_nothing()
    {
        var built = NgheAn();
        var union = built.Union;
        var tomorrow = Today.PlusDays(1);
        var later = PartialDate.FromLocalDate(tomorrow);

        Assert.True(union.TryRename(new UnionName("Tên mới", "New name", PartialDate.FromLocalDate(Today)), Today, out _));
        Assert.Equal(RuleCodes.UnionNotInFuture, Assert.Single(Refused(union.TryRename(new UnionName("Tên sau", "Later name", later), Today, out var v1), v1)).Code);
        Assert.Equal(RuleCodes.UnionNotInFuture, Assert.Single(Refused(union.TryAdmitAssociation(new MemberAssociation(Id("vn-la"), "Laos", CountryCode.Parse("LA")) { Joined = later }, Today, out var v2), v2)).Code);
        Assert.Equal(RuleCodes.UnionNotInFuture, Assert.Single(Refused(union.TryRecordMemberCount(new MemberCount(later, MemberCountKind.MemberOrganizations, 3), Today, out var v3), v3)).Code);
        Assert.Equal(RuleCodes.UnionNotInFuture, Assert.Single(Refused(union.TryRecordSuccession(new Succession(SuccessionKind.Dissolved, later, null), Today, out var v4), v4)).Code);
        Assert.Equal(2, union.Names.Count);
        Assert.Empty(union.Associations);
        Assert.Empty(union.MemberCounts);
        Assert.Null(union.Succession);
        Assert.Single(built.TakeDomainEvents());
    }

    [Fact]
    public void An_end_to_a_successor_outside_the_dataset_is_refused()
    {
        var union = NgheAn().Union;

        var ex = Assert.Throws<RuleViolationException>(() => union.RecordSuccession(new Succession(SuccessionKind.Merged, Date("2025-07"), Id("nghe-an-ha-tinh")), Today));

        Assert.Equal(RuleCodes.UnionSuccessorExists, ex.Code);
        Assert.Null(union.Succession);
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
        var built = NgheAn();
        var union = built.Union;
        var laos = new MemberAssociation(Id("vn-la"), "Vietnam – Laos Friendship Association", CountryCode.Parse("LA")) { Joined = Date("2000") };

        union.AdmitAssociation(laos, Today);
        union.RecordAssociationLeft(Id("vn-la"), Date("2020"), Today);

        Assert.Equal(Date("2020"), Assert.Single(union.Associations).Left);
        var ex = Assert.Throws<RuleViolationException>(() => union.RecordAssociationLeft(Id("vn-la"), Date("2021"), Today));
        Assert.Equal(RuleCodes.AssociationMember, ex.Code);
        Assert.Throws<RuleViolationException>(() => union.AdmitAssociation(laos, Today));
        Assert.Equal([typeof(AssociationAdmitted), typeof(AssociationLeft)], built.Dataset.DomainEvents.Select(e => e.GetType()));
    }

    [Fact]
    public void Leaving_before_joining_is_refused_and_the_association_stays_a_member()
    {
        var union = NgheAn().Union;
        union.AdmitAssociation(new MemberAssociation(Id("vn-la"), "Vietnam – Laos", CountryCode.Parse("LA")) { Joined = Date("2000") }, Today);

        var ex = Assert.Throws<RuleViolationException>(() => union.RecordAssociationLeft(Id("vn-la"), Date("1999"), Today));

        Assert.Equal(RuleCodes.AssociationDatesOrder, ex.Code);
        Assert.Null(Assert.Single(union.Associations).Left);
    }

    [Fact]
    public void Member_counts_and_succession_are_recorded_once()
    {
        var built = NgheAn();
        var union = built.Union;
        built.Dataset.Establish(new UnionDraft(Id("nghe-an-ha-tinh"), OrganizationLevel.Provincial, [new UnionName("Liên hiệp", "Merged union")]) { Parent = Id("vufo") }, Today);
        built.TakeDomainEvents();
        union.RecordMemberCount(new MemberCount(Date("2023"), MemberCountKind.MemberOrganizations, 18), Today);
        union.RecordSuccession(new Succession(SuccessionKind.Merged, Date("2025-07"), Id("nghe-an-ha-tinh")), Today);

        Assert.Equal(18, Assert.Single(union.MemberCounts).Count);
        var ex = Assert.Throws<RuleViolationException>(() => union.RecordSuccession(new Succession(SuccessionKind.Dissolved, Date("2026"), null), Today));
        Assert.Equal(RuleCodes.UnionSuccessionOrder, ex.Code);
        Assert.Equal(SuccessionKind.Merged, union.Succession!.Kind);
        Assert.Equal(2, built.TakeDomainEvents().Count);
        Assert.Empty(built.Dataset.DomainEvents);
    }

    private static IReadOnlyList<RuleViolation> Refused(bool applied, IReadOnlyList<RuleViolation> violations)
    {
        Assert.False(applied);
        return violations;
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
