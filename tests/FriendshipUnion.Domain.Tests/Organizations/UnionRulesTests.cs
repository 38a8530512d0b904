using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Organizations;

/// <summary>Each rule on one union, satisfied once and broken once.</summary>
public sealed class UnionRulesTests
{
    [Fact]
    public void A_valid_history_has_no_violations() =>
        Assert.Empty(Validate(Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2024-09-17", "2024–2029")), Today));

    [Fact]
    public void History_may_start_at_a_later_congress() =>
        Assert.Empty(Validate(Provincial(Congress(6, "2024-09-17", "2024–2029")), Today));

    [Fact]
    public void Ordinals_that_skip_break_the_sequence_rule()
    {
        var violations = Validate(Provincial(Congress(4, "2014-05-14", "2014–2019"), Congress(6, "2019-05-14", "2019–2024")), Today);

        var violation = Assert.Single(violations);
        Assert.Equal(RuleCodes.CongressOrdinalSequence, violation.Code);
        Assert.Equal("congresses[1].ordinal", violation.Path);
        Assert.Equal("6", violation.OffendingValue);
    }

    [Fact]
    public void A_congress_before_the_previous_one_breaks_no_overlap()
    {
        var violation = Assert.Single(Validate(Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2019-05-14", "2024–2029")), Today));

        Assert.Equal(RuleCodes.TermNoOverlap, violation.Code);
        Assert.Equal("congresses[1].held", violation.Path);
    }

    [Fact]
    public void Partial_dates_that_may_be_in_order_are_accepted_and_certainly_out_of_order_are_not()
    {
        Assert.Empty(Validate(Provincial(Congress(5, "2013", "2013–2018"), Congress(6, "2013-12-05", "2013–2018")), Today));
        Assert.Equal([RuleCodes.TermNoOverlap], Codes(Validate(Provincial(Congress(5, "2013-12", "2013–2018"), Congress(6, "2013-11", "2013–2018")), Today)));
    }

    [Fact]
    public void Unknown_congress_dates_are_skipped_but_the_known_ones_around_them_are_still_compared()
    {
        Assert.Empty(Validate(Provincial(Congress(2, null, "2014–2021 / 2015–2021"), Congress(3, "2022-01-21", "2021–2026")), Today));
        var violations = Validate(Provincial(Congress(1, "2015-01-01", "2015–2020"), Congress(2, null, "?"), Congress(3, "2014-01-21", "2014–2019")), Today);
        Assert.Equal([RuleCodes.TermNoOverlap], Codes(violations));
    }

    [Fact]
    public void A_label_longer_than_five_years_breaks_the_term_limit_on_both_sides_of_the_decree_switch()
    {
        var under45 = Assert.Single(Validate(Provincial(Congress(6, "2024-11-25", "2024–2030")), Today));
        var under126 = Assert.Single(Validate(Provincial(Congress(6, "2024-11-26", "2024–2030")), Today));

        Assert.Equal(RuleCodes.TermMaxSpan, under45.Code);
        Assert.Contains("45/2010", under45.Message, StringComparison.Ordinal);
        Assert.Equal(RuleCodes.TermMaxSpan, under126.Code);
        Assert.Contains("126/2024", under126.Message, StringComparison.Ordinal);
        Assert.Equal("congresses[0].termLabel", under126.Path);
        Assert.Empty(Validate(Provincial(Congress(6, "2024-11-26", "2024–2029")), Today));
    }

    [Fact]
    public void The_term_limit_is_not_applied_before_any_decree_carried_it() =>
        Assert.Empty(Validate(Provincial(Congress(1, "2009-05-01", "2009–2016")), Today));

    [Fact]
    public void A_congress_after_today_breaks_not_in_future_but_one_possibly_today_does_not()
    {
        var violation = Assert.Single(Validate(Provincial(Congress(6, "2026-11-23", "2026–2031")), Today));

        Assert.Equal(RuleCodes.CongressNotInFuture, violation.Code);
        Assert.Empty(Validate(Provincial(Congress(6, "2026-11", "2026–2031")), Today));
        Assert.Empty(Validate(Provincial(Congress(6, "2026-11-23", "2026–2031")), null));
    }

    [Fact]
    public void A_congress_before_the_founding_breaks_after_founding() =>
        Assert.Equal([RuleCodes.CongressAfterFounding], Codes(Validate(Provincial(Congress(1, "1987-01-01", "1987–1992")), Today)));

    [Fact]
    public void Parent_level_rules()
    {
        var name = new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO");
        Assert.Empty(Validate(new UnionDraft(Id("vufo"), OrganizationLevel.Central, [name]), Today));
        Assert.Equal([RuleCodes.UnionParentLevel], Codes(Validate(new UnionDraft(Id("vufo"), OrganizationLevel.Central, [name]) { Parent = Id("other") }, Today)));
        Assert.Equal([RuleCodes.UnionParentLevel], Codes(Validate(new UnionDraft(Id("nghe-an"), OrganizationLevel.Provincial, [name]), Today)));
        Assert.Contains(RuleCodes.UnionParentLevel, Codes(Validate(new UnionDraft(Id("nghe-an"), OrganizationLevel.Provincial, [name]) { Parent = Id("nghe-an") }, Today)));
    }

    [Fact]
    public void Names_must_be_dated_and_in_order()
    {
        var first = new UnionName("Nghệ Tĩnh", "Nghe Tinh");
        Assert.Empty(Validate(Provincial() with { Names = [first, new UnionName("Nghệ An", "Nghe An", new PartialDate(1991))] }, Today));
        Assert.Equal([RuleCodes.UnionNameOrder], Codes(Validate(Provincial() with { Names = [first, new UnionName("Nghệ An", "Nghe An")] }, Today)));
        Assert.Equal([RuleCodes.UnionNameOrder], Codes(Validate(Provincial() with { Names = [first, new UnionName("Nghệ An", "Nghe An", new PartialDate(1987))] }, Today)));
        Assert.Equal([RuleCodes.UnionNameOrder], Codes(Validate(Provincial() with { Names = [new UnionName("A", "A", new PartialDate(1995)), new UnionName("B", "B", new PartialDate(1991))] }, Today)));
    }

    [Fact]
    public void Association_ids_are_unique_and_leaving_comes_after_joining()
    {
        var laos = new MemberAssociation(Id("vn-la"), "Vietnam – Laos Friendship Association", CountryCode.Parse("LA")) { Joined = Date("2000") };
        Assert.Empty(Validate(Provincial() with { Associations = [laos, new MemberAssociation(Id("vn-la-2"), "Vietnam – Laos (2)", CountryCode.Parse("LA"))] }, Today));
        Assert.Equal([RuleCodes.AssociationUniqueId], Codes(Validate(Provincial() with { Associations = [laos, laos] }, Today)));
        var violation = Assert.Single(Validate(Provincial() with { Associations = [laos with { Left = Date("1999") }] }, Today));
        Assert.Equal(RuleCodes.AssociationDatesOrder, violation.Code);
        Assert.Equal("associations[0].left", violation.Path);
    }

    [Fact]
    public void A_union_cannot_succeed_itself_nor_end_before_its_last_congress()
    {
        var union = Provincial(Congress(6, "2024-09-17", "2024–2029"));
        Assert.Empty(Validate(union with { Succession = new Succession(SuccessionKind.Merged, Date("2025-07"), Id("ha-tinh")) }, Today));
        Assert.Equal([RuleCodes.UnionSuccessorExists], Codes(Validate(union with { Succession = new Succession(SuccessionKind.Merged, Date("2025-07"), Id("nghe-an")) }, Today)));
        Assert.Equal([RuleCodes.UnionSuccessionOrder], Codes(Validate(union with { Succession = new Succession(SuccessionKind.Dissolved, Date("2023"), null) }, Today)));
        Assert.Equal([RuleCodes.UnionSuccessionOrder], Codes(Validate(union with { Succession = new Succession(SuccessionKind.Dissolved, Date("1980"), null) }, Today)));
    }

    [Fact]
    public void A_catalogue_without_a_rule_does_not_apply_it()
    {
        var broken = Provincial(Congress(4, "2014-05-14", "2014–2019"), Congress(6, "2019-05-14", "2019–2024"));

        Assert.NotEmpty(Validate(broken, Today));
        Assert.Empty(Validate(broken, Today, RuleCatalogWithout(RuleCodes.CongressOrdinalSequence)));
    }

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var violations = Validate(Provincial(Congress(4, "2019-05-14", "2019–2026"), Congress(6, "2018-05-14", "2018–2023"), Congress(7, "2030-01-01", "2030–2035")), Today);

        Assert.Equal(
            [RuleCodes.TermMaxSpan, RuleCodes.CongressOrdinalSequence, RuleCodes.TermNoOverlap, RuleCodes.CongressNotInFuture],
            Codes(violations));
    }

    private static RuleCatalog RuleCatalogWithout(string code) =>
        RuleCatalog.Empty.With(RuleCatalog.Default.Rules.Where(r => r.Code != code).ToArray());
}
