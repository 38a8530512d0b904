using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Provinces;
using FriendshipUnion.Domain.Rules;
using NodaTime;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Provinces;

/// <summary>Provinces as administrative units over time, the provinces a union serves, union mergers with their
/// decision, and leaders appointed (not elected) in the interim before a union's first congress.</summary>
public sealed class ProvinceTests
{
    private static readonly ProvinceId OldAnGiang = ProvinceId.Parse("an-giang");
    private static readonly ProvinceId KienGiang = ProvinceId.Parse("kien-giang");
    private static readonly ProvinceId NewAnGiang = ProvinceId.Parse("an-giang-2025");

    private static Province[] Merger(string newFrom = "2025-07-01", string oldTo = "2025-06-30") =>
    [
        new(OldAnGiang, "An Giang", "An Giang") { To = Date(oldTo), Centre = "Long Xuyên" },
        new(KienGiang, "Kiên Giang", "Kien Giang") { To = Date(oldTo), Centre = "Rạch Giá" },
        new(NewAnGiang, "An Giang", "An Giang") { From = Date(newFrom), Centre = "Rạch Giá", Predecessors = [OldAnGiang, KienGiang], EstablishedBy = "202/2025/QH15" },
    ];

    private static UnionDraft Union(string id, params ProvinceServed[] provinces) =>
        new(Id(id), OrganizationLevel.Provincial, [new UnionName("Liên hiệp " + id, "Union " + id)]) { Parent = Vufo, Provinces = provinces };

    private static IReadOnlyList<RuleViolation> Check(IEnumerable<Province> provinces, params UnionDraft[] unions) =>
        UnionDataset.Validate(DatasetOf(unions) with { Provinces = [.. provinces] }, Today);

    [Fact]
    public void A_merger_is_held_with_its_predecessors_and_the_unions_keep_the_province_they_served()
    {
        var violations = Check(Merger(), Union("an-giang", new ProvinceServed(OldAnGiang)), Union("an-giang-merged", new ProvinceServed(NewAnGiang, Date("2025-07-01"))));

        Assert.Empty(violations);
    }

    [Fact]
    public void A_province_id_given_twice_is_refused()
    {
        var violation = Assert.Single(Check([.. Merger(), new Province(KienGiang, "Kiên Giang", "Kien Giang")]));

        Assert.Equal((RuleCodes.ProvinceUniqueId, "provinces[3].id"), (violation.Code, violation.Path));
    }

    [Fact]
    public void A_province_that_ends_before_it_begins_is_refused()
    {
        var violation = Assert.Single(Check([new Province(OldAnGiang, "An Giang", "An Giang") { From = Date("2025"), To = Date("2024") }]));

        Assert.Equal((RuleCodes.ProvinceDatesOrder, "provinces[0].to"), (violation.Code, violation.Path));
    }

    [Theory]
    [InlineData("2025-07-02", "2025-06-30")] // a gap of a day
    [InlineData("2025-07-01", "2025-07-01")] // an overlap
    public void Predecessors_end_the_day_before_the_new_unit_begins(string newFrom, string oldTo)
    {
        var violations = Check(Merger(newFrom, oldTo));

        Assert.Equal([(RuleCodes.ProvincePredecessors, "provinces[2].predecessors[0]"), (RuleCodes.ProvincePredecessors, "provinces[2].predecessors[1]")], violations.Select(v => (v.Code, v.Path)));
    }

    [Fact]
    public void A_predecessor_not_in_the_dataset_or_still_existing_is_refused()
    {
        var violations = Check([new Province(NewAnGiang, "An Giang", "An Giang") { From = Date("2025-07-01"), Predecessors = [OldAnGiang, NewAnGiang] }]);

        Assert.Equal([RuleCodes.ProvincePredecessors, RuleCodes.ProvincePredecessors], Codes(violations));
    }

    [Fact]
    public void A_union_serves_provinces_of_the_dataset_in_time_order_while_they_exist()
    {
        var unknown = Check(Merger(), Union("x", new ProvinceServed(ProvinceId.Parse("nowhere"))));
        var outOfOrder = Check(Merger(), Union("x", new ProvinceServed(NewAnGiang, Date("2025-07-01")), new ProvinceServed(OldAnGiang, Date("2020"))));
        var notYet = Check(Merger(), Union("x", new ProvinceServed(NewAnGiang, Date("2025-06-01"))));
        var gone = Check(Merger(), Union("x", new ProvinceServed(OldAnGiang), new ProvinceServed(KienGiang, Date("2025-08-01"))));

        Assert.Equal((RuleCodes.UnionProvinces, "unions[1].provinces[0].province"), (Assert.Single(unknown).Code, unknown[0].Path));
        Assert.Equal((RuleCodes.UnionProvinces, "unions[1].provinces[1].from"), (Assert.Single(outOfOrder).Code, outOfOrder[0].Path));
        Assert.Equal((RuleCodes.UnionProvinces, "unions[1].provinces[0].from"), (Assert.Single(notYet).Code, notYet[0].Path));
        Assert.Equal((RuleCodes.UnionProvinces, "unions[1].provinces[1].from"), (Assert.Single(gone).Code, gone[0].Path));
    }

    [Fact]
    public void Provinces_are_added_together_and_a_refused_batch_changes_nothing()
    {
        var dataset = UnionDataset.Create();

        Assert.False(dataset.TryAddProvinces([Merger()[2]], out var refused));
        Assert.Equal(RuleCodes.ProvincePredecessors, refused[0].Code);
        Assert.Empty(dataset.Provinces);

        dataset.AddProvinces(Merger());
        Assert.Equal([NewAnGiang], dataset.SuccessorsOf(KienGiang).Select(p => p.Id));
        Assert.Equal(Answer.Yes, dataset.FindProvince(NewAnGiang)!.ExistsOn(new LocalDate(2025, 7, 1)));
        Assert.Equal(Answer.No, dataset.FindProvince(KienGiang)!.ExistsOn(new LocalDate(2025, 7, 1)));
        Assert.Throws<RuleViolationException>(() => dataset.AddProvinces([new Province(KienGiang, "Kiên Giang", "Kien Giang")]));
        Assert.Equal(3, dataset.Provinces.Count);

        var replayed = UnionDataset.Replay(dataset.TakeDomainEvents());
        Assert.Equal(dataset.Provinces, replayed.Provinces);
    }

    [Fact]
    public void A_union_merger_names_its_decision_and_the_merged_union_knows_its_predecessors()
    {
        var merged = Union("an-giang-merged", new ProvinceServed(NewAnGiang, Date("2025-07-01"))) with { Founded = Date("2025-08") };
        var anGiang = Union("an-giang", new ProvinceServed(OldAnGiang)) with { Succession = new Succession(SuccessionKind.Merged, Date("2025-08"), merged.Id) { Decision = "1234/QĐ-UBND" } };
        var kienGiang = Union("kien-giang", new ProvinceServed(KienGiang)) with { Succession = new Succession(SuccessionKind.Merged, Date("2025-08"), merged.Id) { Decision = "1234/QĐ-UBND" } };
        var dataset = UnionDataset.Create(DatasetOf([anGiang, kienGiang, merged]) with { Provinces = Merger() }, Today);

        Assert.Equal(["an-giang", "kien-giang"], dataset.PredecessorsOf(merged.Id).Select(u => u.Id.Value));
        Assert.Equal("1234/QĐ-UBND", dataset.Find(anGiang.Id)!.Succession!.Decision);
        Assert.Equal(dataset.ToDraft(), UnionDataset.Replay(dataset.TakeDomainEvents()).ToDraft());
    }

    [Fact]
    public void Leaders_appointed_after_a_merger_hold_office_in_term_0_until_the_first_congress()
    {
        var appointed = Change(0, "2025-08-15", OfficeFact.Appointed(Person("a"), Office.President)) with { Decision = "1234/QĐ-UBND" };
        var draft = Provincial() with { Founded = Date("2025-08-01"), Leadership = [appointed] };
        var built = InDataset(draft);

        var tenure = Assert.Single(built.Dataset.LeadershipOf(draft.Id).HistoryOf(Office.President));
        Assert.Equal((0, OfficeChangeKind.Appointed), (tenure.Term, tenure.StartKind));
        Assert.Equal(Answer.Yes, tenure.HoldsOn(new LocalDate(2026, 1, 1)));

        // The first congress closes the interim: the appointed President's tenure ends with it.
        built.Union.RecordCongress(Congress(1, "2026-03-01", "2026–2031"), Today);
        tenure = Assert.Single(built.Dataset.LeadershipOf(draft.Id).HistoryOf(Office.President));
        Assert.Equal((TenureEnd.TermEnded, Answer.No), (tenure.EndReason, tenure.HoldsOn(new LocalDate(2026, 3, 2))));
    }

    [Fact]
    public void An_appointment_without_its_decision_is_refused()
    {
        var violation = Assert.Single(Validate(Provincial() with { Leadership = [Change(0, "2025-08-15", OfficeFact.Appointed(Person("a"), Office.President))] }, Today));

        Assert.Equal((RuleCodes.LeadershipAppointmentDecision, "leadership[0].decision"), (violation.Code, violation.Path));
    }

    [Fact]
    public void An_appointment_in_a_term_a_congress_opened_is_refused()
    {
        var appointed = Change(6, "2025-08-15", OfficeFact.Appointed(Person("a"), Office.President)) with { Decision = "1234/QĐ-UBND" };
        var violation = Assert.Single(Validate(WithLeadership([], appointed), Today));

        Assert.Equal((RuleCodes.LeadershipAppointmentInterim, "leadership[0].facts[0]"), (violation.Code, violation.Path));
    }

    [Fact]
    public void The_interim_holds_no_election_and_ends_at_the_first_congress()
    {
        var elected = Validate(WithLeadership([], Change(0, "2019-01-01", OfficeFact.ElectedAtCongress(Person("a"), Office.President))), Today);
        var afterCongress = Validate(WithLeadership([], Change(0, "2020-01-01", OfficeFact.Attested(Person("a"), Office.President))), Today);

        Assert.Equal((RuleCodes.MembershipWithinTerm, "leadership[0].facts[0]"), (Assert.Single(elected).Code, elected[0].Path));
        Assert.Equal(RuleCodes.MembershipWithinTerm, Assert.Single(afterCongress).Code);
        Assert.Throws<ArgumentException>(() => OfficeFact.Appointed(Person("a"), Office.ActingPresident));
    }
}
