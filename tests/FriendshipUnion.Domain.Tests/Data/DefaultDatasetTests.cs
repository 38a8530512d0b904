using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Data;

/// <summary>The embedded dataset holds the facts of FACTS.md without loss and without invention.</summary>
public sealed class DefaultDatasetTests
{
    private static readonly UnionDataset Facts = DefaultDataset.Load(Clocks.At(2026, 11, 22));

    [Fact]
    public void It_holds_the_four_unions_of_the_facts() =>
        Assert.Equal(["vufo", "nghe-an", "an-giang", "kien-giang"], Facts.Unions.Select(u => u.Id.Value));

    [Fact]
    public void The_2025_merger_makes_a_new_An_Giang_province_and_the_union_merger_is_not_invented()
    {
        var merged = Facts.FindProvince(ProvinceId.Parse("an-giang-2025"))!;
        var old = Facts.FindProvince(ProvinceId.Parse("an-giang"))!;

        Assert.Equal(("An Giang", "Rạch Giá", "2025-07-01", "202/2025/QH15"), (merged.Vietnamese, merged.Centre, merged.From.ToString(), merged.EstablishedBy));
        Assert.Equal(["an-giang", "kien-giang"], merged.Predecessors.Select(p => p.Value));
        Assert.Equal(("2025-06-30", "Long Xuyên"), (old.To.ToString(), old.Centre));
        Assert.Equal([merged], Facts.SuccessorsOf(old.Id));
        Assert.Equal(Answer.No, old.ExistsOn(new LocalDate(2025, 7, 1)));

        // The An Giang union served the old province; no decision merging it with the Kien Giang union was found.
        var union = Facts.Find(Id("an-giang"))!;
        Assert.Equal(old.Id, union.ProvinceOn(new LocalDate(2025, 8, 1))!.Province);
        Assert.Null(union.Succession);
        Assert.Null(Facts.Find(Id("kien-giang"))!.Succession);
        Assert.Empty(Facts.PredecessorsOf(union.Id));

        // Nghe An is unchanged by the mergers; its union served Nghe Tinh before the 1991 split.
        var ngheAn = Facts.Find(Id("nghe-an"))!;
        Assert.Equal("nghe-tinh", ngheAn.ProvinceOn(new LocalDate(1990, 1, 1))!.Province.Value);
        Assert.Equal("nghe-an", ngheAn.ProvinceOn(new LocalDate(2025, 8, 1))!.Province.Value);
        Assert.Null(Facts.FindProvince(ProvinceId.Parse("nghe-an"))!.To);
    }

    [Fact]
    public void The_Kien_Giang_union_holds_Danh_Ut_as_President_in_2019_without_an_invented_congress()
    {
        var kienGiang = Facts.Find(Id("kien-giang"))!;
        var president = Assert.Single(Facts.LeadershipOf(kienGiang.Id).HistoryOf(Office.President));

        Assert.Empty(kienGiang.Congresses);
        Assert.Equal(("danh-ut", 0, OfficeChangeKind.Attested, "2019"), (president.Person.Value, president.Term, president.StartKind, president.From.ToString()));
        Assert.Equal(Answer.Possibly, president.HoldsOn(new LocalDate(2019, 6, 1)));
        Assert.Equal("Danh Út", Facts.People.Find(PersonId.Parse("danh-ut"))!.Name);
    }

    [Fact]
    public void VUFO_is_central_with_its_tradition_day_and_two_congresses()
    {
        var vufo = Facts.Find(Id("vufo"))!;

        Assert.Equal(OrganizationLevel.Central, vufo.Level);
        Assert.Null(vufo.Parent);
        Assert.Equal(new LocalDate(1950, 11, 17), vufo.TraditionDay);
        Assert.Null(vufo.Founded);
        Assert.Equal([(5, "2013-12-30?", "2013–2018"), (6, "2019-12-05", "2019–2024")], vufo.Congresses.Select(c => (c.Ordinal, c.Held.ToString()!, c.TermLabel.Text)));
        // December 2013, probably the 30th: the month is known, the day suggested.
        var fifth = vufo.Congresses[0].Held!.Value;
        Assert.Equal((DateQualifier.Uncertain, new LocalDate(2013, 12, 1), new LocalDate(2013, 12, 31)), (fifth.Qualifier, fifth.Earliest, fifth.Latest));
        Assert.Equal([64, 52], vufo.MemberCounts.Select(c => c.Count));
    }

    [Fact]
    public void Nghe_An_was_founded_as_Nghe_Tinh_and_renamed_in_1991_day_unknown()
    {
        var ngheAn = Facts.Find(Id("nghe-an"))!;

        Assert.Equal(PartialDate.Parse("1988-07-18"), ngheAn.Founded);
        Assert.Equal("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ Tĩnh", ngheAn.Names[0].Vietnamese);
        Assert.Equal(new PartialDate(1991), ngheAn.Names[1].From);
        Assert.Equal(DatePrecision.Year, ngheAn.Names[1].From!.Value.Precision);
        Assert.Equal(Id("vufo"), ngheAn.Parent);
        Assert.Equal([(5, "2019-05-14"), (6, "2024-09-17")], ngheAn.Congresses.Select(c => (c.Ordinal, c.Held.ToString()!)));
        Assert.Equal(18, Assert.Single(ngheAn.MemberCounts).Count);
    }

    [Fact]
    public void An_Giang_keeps_the_inconsistent_label_and_the_unknown_date_as_they_are()
    {
        var anGiang = Facts.Find(Id("an-giang"))!;

        Assert.Null(anGiang.Congresses[0].Held);
        Assert.Equal("2014–2021 / 2015–2021", anGiang.Congresses[0].TermLabel.Text);
        Assert.Equal((3, "2022-01-21", "2021–2026"), (anGiang.Congresses[1].Ordinal, anGiang.Congresses[1].Held.ToString()!, anGiang.Congresses[1].TermLabel.Text));
        var korea = Assert.Single(anGiang.Associations);
        Assert.Equal(CountryCode.Parse("KR"), korea.PartnerCountry);
        Assert.Null(korea.Joined);
        Assert.Equal(6, Assert.Single(anGiang.MemberCounts).Count);
    }

    [Fact]
    public void Loading_before_a_recorded_congress_is_refused_by_the_future_rule()
    {
        var ex = Assert.Throws<RuleViolationException>(() => DefaultDataset.Load(new LocalDate(2024, 9, 16)));

        Assert.Contains(ex.Violations, v => v.Code == RuleCodes.CongressNotInFuture && v.Path == "$.unions[1].congresses[1].held");
        Assert.Contains(ex.Violations, v => v.Code == RuleCodes.LeadershipNotInFuture && v.Path == "$.unions[0].leadership[4].date");
    }
    [Fact]
    public void The_founding_of_the_Nghe_An_union_is_disputed_and_both_claims_are_kept_with_their_sources()
    {
        var ngheAn = Facts.Find(Id("nghe-an"))!;
        Assert.Equal(new PartialDate(1988, 7, 18), ngheAn.Founded);
        Assert.True(ngheAn.FoundingDisputed);
        var other = Assert.Single(ngheAn.OtherFoundingClaims);
        Assert.Equal((new PartialDate(1986, 11, 29), "a 2019 public report"), (other.Date, other.Source));
        Assert.Contains("36/QĐ-TU", other.Note, StringComparison.Ordinal);
        Assert.False(Facts.Find(Id("vufo"))!.FoundingDisputed);
    }

    [Fact]
    public void The_VUFO_record_reaches_2026_01_09_and_a_record_dated_after_today_is_refused()
    {
        Assert.Equal(new PartialDate(2026, 1, 9), Facts.Find(Id("vufo"))!.RecordedTo);
        Assert.Null(Facts.Find(Id("an-giang"))!.RecordedTo);
        var draft = Support.Build.Central() with { RecordedTo = new PartialDate(2027) };
        Assert.False(UnionDataset.TryCreate(new DatasetDraft { Unions = [draft] }, new LocalDate(2026, 11, 29), null, out _, out var refused));
        var violation = Assert.Single(refused);
        Assert.Equal((RuleCodes.UnionNotInFuture, "unions[0].recordedTo"), (violation.Code, violation.Path));
    }

    [Fact]
    public void VUFO_presidents_change_mid_term_and_the_second_change_is_known_only_to_a_range_of_days()
    {
        var vufo = Facts.LeadershipOf(Id("vufo"));
        var presidents = vufo.HistoryOf(Office.President);
        Assert.Equal(("2019-01-10", OfficeChangeKind.ElectedByExecutiveCommittee, 5), (presidents[1].From.ToString(), presidents[1].StartKind, presidents[1].Term));
        var son = presidents[3];
        Assert.Equal(("2023-07-11/2023-09-14", DatePrecision.Range), (son.From.ToString(), son.From.Precision));
        var before = vufo.HolderOn(Office.President, new LocalDate(2023, 7, 10));
        Assert.Equal(("Nguyễn Phương Nga", Answer.Yes), (Facts.People.NameOf(before.Value!.Person), before.Answer));
        Assert.Equal(Answer.Possibly, vufo.HolderOn(Office.President, new LocalDate(2023, 8, 1)).Answer);
        Assert.Equal(Answer.Possibly, son.HoldsOn(new LocalDate(2023, 8, 1)));
        Assert.Equal(Answer.Yes, son.HoldsOn(new LocalDate(2023, 9, 14)));
        Assert.Equal(Answer.No, son.HoldsOn(new LocalDate(2023, 7, 10)));
        Assert.Equal("Phan Anh Sơn", Facts.People.NameOf(vufo.HolderOn(Office.President, new LocalDate(2026, 1, 9)).Value!.Person));
    }

    [Fact]
    public void Nghe_An_2024_2029_has_37_seats_one_recorded_and_President_Hoang_Nghia_Hieu()
    {
        var leadership = Facts.LeadershipOf(Id("nghe-an"));
        var on = new LocalDate(2024, 10, 1);

        var roster = leadership.RosterOn(BodyKind.ExecutiveCommittee, on);
        var president = leadership.HolderOn(Office.President, on);

        Assert.Equal((6, "37 seats, 1 recorded"), (roster.Term, roster.Summary));
        Assert.Equal("Hoàng Nghĩa Hiếu", Facts.People.NameOf(president.Value!.Person));
        Assert.Equal(Answer.Yes, president.Answer);
        Assert.Same(Facts.People.Find(president.Value.Person), Assert.Single(Facts.People.FindByName("Hoang Nghia Hieu")));
    }

    [Fact]
    public void An_Giang_2021_2026_has_21_7_and_3_seats_and_President_Phan_Huynh_Son()
    {
        var leadership = Facts.LeadershipOf(Id("an-giang"));
        var on = new LocalDate(2023, 1, 1);

        Assert.Equal("21 seats, 1 recorded", leadership.RosterOn(BodyKind.ExecutiveCommittee, on).Summary);
        Assert.Equal("7 seats, 0 recorded", leadership.RosterOn(BodyKind.StandingCommittee, on).Summary);
        Assert.Equal("3 seats, 0 recorded", leadership.RosterOn(BodyKind.InspectionCommittee, on).Summary);
        Assert.Equal("Phan Huỳnh Sơn", Facts.People.NameOf(leadership.HolderOn(Office.President, on).Value!.Person));
    }

    [Fact]
    public void Nghe_An_presidents_and_VUFO_leaders_are_those_of_the_facts_and_no_one_else()
    {
        var ngheAn = Facts.LeadershipOf(Id("nghe-an"));
        var vufo = Facts.LeadershipOf(Id("vufo"));

        Assert.Equal(["nguyen-van-thong", "hoang-nghia-hieu"], ngheAn.HistoryOf(Office.President).Select(t => t.Person.Value));
        Assert.Equal("nguyen-hong-ky", Assert.Single(ngheAn.HistoryOf(Office.PermanentVicePresident)).Person.Value);
        Assert.Equal(["vu-xuan-hong", "nguyen-phuong-nga", "nguyen-phuong-nga", "phan-anh-son"], vufo.HistoryOf(Office.President).Select(t => t.Person.Value));
        Assert.Equal(23, vufo.BodyOf(5, BodyKind.StandingCommittee)!.DeclaredSize);
        Assert.Equal((134, 19, 5), (vufo.BodyOf(6, BodyKind.Presidium)!.DeclaredSize, vufo.BodyOf(6, BodyKind.StandingCommittee)!.DeclaredSize, vufo.BodyOf(6, BodyKind.InspectionCommittee)!.DeclaredSize));
        Assert.Equal(["don-tuan-phong", "bach-ngoc-chien"], vufo.HistoryOf(Office.VicePresidentGeneralSecretary).Select(t => t.Person.Value));
        Assert.Equal(11, Facts.People.People.Count);
        Assert.All(Facts.People.People, p => Assert.NotEmpty(Facts.RecordOf(p.Id)));
    }

    [Fact]
    public void The_VUFO_Vice_President_is_attested_in_2024_not_given_an_invented_start()
    {
        var vicePresident = Assert.Single(Facts.LeadershipOf(Id("vufo")).HistoryOf(Office.VicePresident), t => t.Person.Value == "nguyen-ngoc-hung");

        Assert.Equal((OfficeChangeKind.Attested, "2024-09-17"), (vicePresident.StartKind, vicePresident.From.ToString()));
        Assert.Equal(Answer.Possibly, vicePresident.HoldsOn(new LocalDate(2022, 1, 1)));
        Assert.Equal(Answer.Yes, vicePresident.HoldsOn(new LocalDate(2024, 9, 17)));
        Assert.Equal(Answer.No, vicePresident.HoldsOn(new LocalDate(2019, 12, 4)));
    }
}
