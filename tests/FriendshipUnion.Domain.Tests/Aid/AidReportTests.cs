using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

using static FriendshipUnion.Domain.Tests.Support.AidBuild;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Aid;

/// <summary>Aid reports: totals by year, term, donor, sector, activity and currency, converted entry by entry at the
/// rate of each value date, with lines that always sum to the total.</summary>
public sealed class AidReportTests
{
    private static readonly PartyId OtherDonor = PartyId.Parse("korea-friends");
    private static readonly UnionId NgheAnId = UnionId.Parse("nghe-an");
    private static readonly LocalDate FactDay = new(2022, 1, 21);

    private static AidTransaction AnGiangFact(string id = "an-giang-2015-2021", UnionId? union = null) =>
        AidTransaction.ForSummary(
            TransactionId.Parse(id),
            new AidSummary(union ?? AnGiang, 2015, 2021) { Approximate = true },
            TransactionType.IncomingFunds,
            FactDay,
            Vnd(91_000_000_000m),
            FactDay);

    private static AidTransaction Summary(string id, UnionId union, int from, int to, decimal vnd, LocalDate date) =>
        AidTransaction.ForSummary(TransactionId.Parse(id), new AidSummary(union, from, to), TransactionType.IncomingFunds, date, Vnd(vnd), date);

    private static ExchangeRateTable Rates(params ExchangeRate[] rates) => ExchangeRateTable.Create(rates, RatePolicy.ExactDate);

    private static ExchangeRate UsdVnd(LocalDate date, decimal rate) => new(Currency.Usd, Currency.Vnd, date, rate);

    private static AidReportQuery InVnd => new(Currency.Vnd);

    private static AidReportQuery InUsd => new(Currency.Usd);

    /// <summary>Moves an activity of the ledger to implementing on the fixture's days.</summary>
    private static void Implement(AidLedger ledger, ActivityId id)
    {
        ledger.ChangeStatus(id, ActivityStatus.Appraised, Appraised, Today);
        ledger.ChangeStatus(id, ActivityStatus.Approved, Approved, Today);
        ledger.ChangeStatus(id, ActivityStatus.Implementing, Implementing, Today);
    }

    private static Money Sum(IEnumerable<ReportLine> lines, Currency currency) =>
        lines.Aggregate(Money.Zero(currency), (sum, line) => sum + line.Amount);

    [Fact]
    public void An_Giang_2015_2021_nearly_VND_91_billion_is_USD_4_million()
    {
        var ledger = AidLedger.Create();
        ledger.Post(AnGiangFact(), Today);
        var rate = UsdVnd(FactDay, 22_750m);

        var report = AidReport.Build(ledger, Rates(rate), InUsd);

        Assert.Equal(Money.Of(4_000_000m, Currency.Usd), report.Total);
        Assert.Equal("USD 4,000,000.00", report.Total.ToString());
        Assert.True(report.Approximate);
        Assert.Equal(1, report.EntryCount);
        Assert.Equal([Vnd(91_000_000_000m)], report.OriginalTotals);
        var used = Assert.Single(report.RatesUsed);
        Assert.Same(rate, used.Rate);
        Assert.True(used.Inverted);
        Assert.Equal(1, used.Entries);
        Assert.Empty(report.PartlyCovered);

        var year = Assert.Single(report.By(ReportDimension.Year));
        Assert.Equal("2015–2021", year.Key);
        Assert.Equal("2015–2021", year.Label);
        Assert.True(year.Approximate);
        Assert.Equal(report.Total, year.Amount);
        var donor = Assert.Single(report.By(ReportDimension.Donor));
        Assert.Equal(string.Empty, donor.Key);
        Assert.Equal("(donor not stated)", donor.Label);
        var sector = Assert.Single(report.By(ReportDimension.Sector));
        Assert.Equal(string.Empty, sector.Key);
        Assert.Equal("(sector not stated)", sector.Label);
        Assert.Equal("(term not known)", Assert.Single(report.By(ReportDimension.Term)).Label);
        Assert.Equal("summary:an-giang-2015-2021", Assert.Single(report.By(ReportDimension.Activity)).Key);
        var currency = Assert.Single(report.By(ReportDimension.Currency));
        Assert.Equal("VND", currency.Key);
        Assert.Equal([Vnd(91_000_000_000m)], currency.Originals);
        Assert.Equal(report.Total, currency.Amount);
    }

    [Fact]
    public void The_same_fact_in_VND_needs_no_rate_and_uses_none()
    {
        var ledger = AidLedger.Create();
        ledger.Post(AnGiangFact(), Today);

        var report = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd);

        Assert.Equal(Vnd(91_000_000_000m), report.Total);
        Assert.Empty(report.RatesUsed);
        Assert.True(report.Approximate);
    }

    [Fact]
    public void Sector_shares_split_each_entry_60_40()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000_000m), Today);

        var lines = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd).By(ReportDimension.Sector);

        Assert.Equal(["12220", "16010"], lines.Select(l => l.Key));
        Assert.Equal(["12220 Basic health care", "16010 Social protection"], lines.Select(l => l.Label));
        Assert.Equal([Vnd(600_000m), Vnd(400_000m)], lines.Select(l => l.Amount));
        Assert.Equal([Vnd(600_000m), Vnd(400_000m)], lines.Select(l => Assert.Single(l.Originals)));
        Assert.All(lines, l => Assert.Equal(1, l.Entries));
    }

    [Fact]
    public void An_odd_amount_is_split_by_largest_remainder_so_the_parts_sum_exactly()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_001m), Today);

        var inVnd = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd);
        Assert.Equal([Vnd(601m), Vnd(400m)], inVnd.By(ReportDimension.Sector).Select(l => l.Amount));
        Assert.Equal(Vnd(1_001m), Sum(inVnd.By(ReportDimension.Sector), Currency.Vnd));

        // VND 1,001 at 25,000 is USD 0.04004, rounded once to USD 0.04; the 4 cents split 2.4 / 1.6 become 2 / 2
        // (the larger remainder takes the cent left over), while the VND originals still split 601 / 400.
        var inUsd = AidReport.Build(ledger, Rates(UsdVnd(new LocalDate(2024, 5, 1), 25_000m)), InUsd);
        var sectors = inUsd.By(ReportDimension.Sector);
        Assert.Equal(Money.Of(0.04m, Currency.Usd), inUsd.Total);
        Assert.Equal([Money.Of(0.02m, Currency.Usd), Money.Of(0.02m, Currency.Usd)], sectors.Select(l => l.Amount));
        Assert.Equal(inUsd.Total, Sum(sectors, Currency.Usd));
        Assert.Equal([Vnd(601m), Vnd(400m)], sectors.Select(l => Assert.Single(l.Originals)));
    }

    [Fact]
    public void Sector_lines_follow_the_vocabulary_asked_for()
    {
        var ledger = AidLedger.Create();
        ledger.RegisterParty(DonorParty());
        var school = new AidActivity(ActivityId.Parse("school"), AnGiang, "School", AidKind.Project, Currency.Vnd, Proposed)
        {
            Sectors = [new(SectorVocabulary.Dac5, "11110", 33.33m), new(SectorVocabulary.Dac5, "41010", 66.67m), new(SectorVocabulary.Dac3, "111", 100m)],
            AllowsOverdraft = true,
        };
        ledger.ProposeActivity(school, Today);
        Implement(ledger, school.Id);
        ledger.Post(new AidTransaction(TransactionId.Parse("r1"), school.Id, TransactionType.IncomingFunds, Implementing, Vnd(100m), Implementing), Today);

        var five = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd).By(ReportDimension.Sector);
        var three = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { Vocabulary = SectorVocabulary.Dac3 }).By(ReportDimension.Sector);

        Assert.Equal([("41010", 67m), ("11110", 33m)], five.Select(l => (l.Key, l.Amount.Amount)));
        Assert.Equal(("111", "111 Education, level unspecified", 100m), (Assert.Single(three).Key, three[0].Label, three[0].Amount.Amount));
    }

    [Fact]
    public void The_donor_is_the_provider_of_incoming_funds_else_the_only_funder()
    {
        var ledger = Ledger();
        ledger.RegisterParty(new Party(OtherDonor, "Korea Friends", PartyKind.ForeignNgo, CountryCode.Parse("KR")));
        ledger.Post(Received("r1", 1_000m), Today);
        ledger.Post(Received("r2", 2_000m) with { Provider = OtherDonor }, Today);
        ledger.Post(Received("r3", 500m) with { Provider = null }, Today);
        ledger.Post(Disbursed("d1", 700m) with { Provider = Body }, Today);

        var incoming = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd).By(ReportDimension.Donor);
        var outgoing = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { Measure = TransactionType.Disbursement }).By(ReportDimension.Donor);

        Assert.Equal([("korea-friends", "Korea Friends", 2_000m, 1), ("green-mekong-fund", "Green Mekong Fund", 1_500m, 2)], incoming.Select(l => (l.Key, l.Label, l.Amount.Amount, l.Entries)));
        var paidOut = Assert.Single(outgoing); // the body that paid is not the donor: the activity's only funder is
        Assert.Equal(("green-mekong-fund", 700m), (paidOut.Key, paidOut.Amount.Amount));
    }

    [Fact]
    public void An_activity_with_two_funders_and_no_provider_has_no_stated_donor()
    {
        var ledger = AidLedger.Create();
        ledger.RegisterParty(DonorParty());
        ledger.RegisterParty(new Party(OtherDonor, "Korea Friends", PartyKind.ForeignNgo, CountryCode.Parse("KR")));
        var shared = new AidActivity(ActivityId.Parse("shared"), AnGiang, "Shared well", AidKind.Project, Currency.Vnd, Proposed)
        {
            Participants = [new Participant(Donor, ParticipantRole.Funding), new Participant(OtherDonor, ParticipantRole.Funding)],
        };
        ledger.ProposeActivity(shared, Today);
        Implement(ledger, shared.Id);
        var entry = new AidTransaction(TransactionId.Parse("r1"), shared.Id, TransactionType.IncomingFunds, Implementing, Vnd(10m), Implementing);
        ledger.Post(entry, Today);
        ledger.Post(new AidTransaction(TransactionId.Parse("r2"), shared.Id, TransactionType.IncomingFunds, Implementing, Vnd(20m), Implementing) { Provider = OtherDonor }, Today);

        var lines = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd).By(ReportDimension.Donor);

        Assert.Equal([("korea-friends", 20m), (string.Empty, 10m)], lines.Select(l => (l.Key, l.Amount.Amount)));
        Assert.Equal("(donor not stated)", lines[1].Label);
        Assert.Equal("(sector not stated)", Assert.Single(AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd).By(ReportDimension.Sector)).Label);
    }

    [Fact]
    public void A_missing_rate_is_refused_naming_each_entry()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m, new LocalDate(2024, 5, 1)), Today);
        ledger.Post(Received("r2", 2_000m, new LocalDate(2024, 6, 3)), Today);
        ledger.Post(Received("r3", 3_000m, new LocalDate(2024, 6, 4)), Today);
        var rates = Rates(UsdVnd(new LocalDate(2024, 5, 1), 25_000m));

        var thrown = Assert.Throws<RuleViolationException>(() => AidReport.Build(ledger, rates, InUsd));
        var report = AidReport.TryBuild(ledger, rates, InUsd, null, out var violations);

        Assert.Null(report);
        Assert.Equal(thrown.Violations, violations);
        Assert.Equal([RuleCodes.ReportRateAvailable, RuleCodes.ReportRateAvailable], Codes(violations));
        Assert.Equal(["r2", "r3"], violations.Select(v => v.Path));
        Assert.Equal(["2024-06-03", "2024-06-04"], violations.Select(v => v.OffendingValue));
        Assert.Contains("Entry 'r2'", violations[0].Message, StringComparison.Ordinal);
        Assert.NotNull(AidReport.TryBuild(ledger, rates, InVnd, null, out var none));
        Assert.Empty(none);

        // An entry the query leaves out needs no rate.
        var before = AidReport.Build(ledger, rates, InUsd with { To = new LocalDate(2024, 5, 31) });
        Assert.Equal(Money.Of(0.04m, Currency.Usd), before.Total);
    }

    [Fact]
    public void A_rate_policy_that_looks_back_fills_a_value_date_without_a_rate()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 254_000m, new LocalDate(2024, 5, 4)), Today);
        var rate = UsdVnd(new LocalDate(2024, 5, 1), 25_400m);

        var report = AidReport.Build(ledger, ExchangeRateTable.Create([rate], RatePolicy.LatestWithin(3)), InUsd);

        Assert.Equal(Money.Of(10m, Currency.Usd), report.Total);
        Assert.Same(rate, Assert.Single(report.RatesUsed).Rate);
        Assert.True(report.RatesUsed[0].Inverted); // recorded USD→VND, applied VND→USD by dividing
        Assert.Null(AidReport.TryBuild(ledger, ExchangeRateTable.Create([rate], RatePolicy.LatestWithin(2)), InUsd, null, out _));
    }

    [Fact]
    public void The_period_includes_entries_by_date_and_sets_aside_a_summary_only_partly_within_it()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1m, new LocalDate(2024, 5, 1)), Today);
        ledger.Post(Received("r2", 20m, new LocalDate(2024, 6, 15)), Today);
        ledger.Post(Received("r3", 300m, new LocalDate(2024, 8, 1)), Today);
        ledger.Post(AnGiangFact(), Today);
        var year2024 = Summary("an-giang-2024", AnGiang, 2024, 2024, 4_000m, new LocalDate(2025, 1, 10));
        ledger.Post(year2024, Today);

        var summer = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { From = new LocalDate(2024, 6, 15), To = new LocalDate(2024, 8, 1) });
        var wholeYear = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { From = new LocalDate(2024, 1, 1), To = new LocalDate(2024, 12, 31) });
        var since2018 = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { From = new LocalDate(2018, 1, 1) });
        var until2021 = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { To = new LocalDate(2021, 12, 31) });

        Assert.Equal((Vnd(320m), 2), (summer.Total, summer.EntryCount)); // both ends are inclusive
        Assert.Equal([year2024], summer.PartlyCovered); // 2024 reaches beyond the period; 2015–2021 lies wholly outside
        Assert.False(summer.Approximate);
        Assert.Equal((Vnd(4_321m), 4), (wholeYear.Total, wholeYear.EntryCount));
        Assert.Empty(wholeYear.PartlyCovered);
        Assert.Equal(["2024"], wholeYear.By(ReportDimension.Year).Select(l => l.Key)); // the 2024 summary joins the 2024 line
        Assert.Equal(Vnd(4_321m), since2018.Total);
        Assert.Equal([ledger.Transactions[3]], since2018.PartlyCovered);
        Assert.Equal((Vnd(91_000_000_000m), 1), (until2021.Total, until2021.EntryCount));
        Assert.Empty(until2021.PartlyCovered);
    }

    [Fact]
    public void Year_lines_run_in_time_order_with_a_summary_placed_by_the_last_day_it_covers()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 5m, new LocalDate(2024, 5, 1)), Today);
        ledger.Post(AnGiangFact(), Today);
        ledger.Post(Received("r2", 7m, new LocalDate(2025, 2, 1)), Today);

        var years = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd).By(ReportDimension.Year);

        Assert.Equal(["2015–2021", "2024", "2025"], years.Select(l => l.Key));
        Assert.Equal([true, false, false], years.Select(l => l.Approximate));
    }

    [Fact]
    public void The_union_filter_keeps_one_union_entries_and_summaries()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m), Today);
        var ngheAn = Summary("nghe-an-2020", NgheAnId, 2020, 2020, 5_000m, new LocalDate(2021, 3, 1));
        ledger.Post(ngheAn, Today);

        var anGiang = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { Union = AnGiang });
        var onlyNgheAn = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd with { Union = NgheAnId });
        var every = AidReport.Build(ledger, ExchangeRateTable.Empty, InVnd);

        Assert.Equal((Vnd(1_000m), 1), (anGiang.Total, anGiang.EntryCount));
        Assert.Equal("clinic", Assert.Single(anGiang.By(ReportDimension.Activity)).Key);
        Assert.Equal((Vnd(5_000m), 1), (onlyNgheAn.Total, onlyNgheAn.EntryCount));
        Assert.Equal("summary:nghe-an-2020", Assert.Single(onlyNgheAn.By(ReportDimension.Activity)).Key);
        Assert.Equal(Vnd(6_000m), every.Total);
        Assert.Equal(["summary:nghe-an-2020", "clinic"], every.By(ReportDimension.Activity).Select(l => l.Key)); // largest first
    }

    [Fact]
    public void The_measure_selects_one_type_and_a_reversed_entry_counts_zero()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000_000m), Today);
        ledger.Post(Received("r2", 500_000m), Today);
        ledger.Post(Disbursed("d1", 300_000m), Today);
        ledger.Post(Entry("c1", TransactionType.IncomingCommitment, 9_000_000m), Today);
        ledger.Reverse(TransactionId.Parse("r2"), TransactionId.Parse("r2-rev"), new LocalDate(2024, 6, 1), Today, "keyed twice");
        var rates = Rates(UsdVnd(new LocalDate(2024, 5, 1), 25_400m));

        var funds = AidReport.Build(ledger, rates, InVnd);
        var fundsInUsd = AidReport.Build(ledger, rates, InUsd);
        var paidOut = AidReport.Build(ledger, rates, InVnd with { Measure = TransactionType.Disbursement });
        var spent = AidReport.Build(ledger, rates, InVnd with { Measure = TransactionType.Expenditure });

        Assert.Equal((Vnd(1_000_000m), 3), (funds.Total, funds.EntryCount));
        Assert.Equal([Vnd(1_000_000m)], funds.OriginalTotals);
        Assert.Equal(Vnd(1_000_000m), Assert.Single(funds.By(ReportDimension.Year)).Amount);
        Assert.Equal([Vnd(600_000m), Vnd(400_000m)], funds.By(ReportDimension.Sector).Select(l => l.Amount));

        // 1,000,000 / 25,400 = 39.370… → 39.37; 500,000 / 25,400 = 19.685… → 19.69, and its reversal −19.69 at the same
        // value date's rate: the pair nets to exactly zero.
        Assert.Equal(Money.Of(39.37m, Currency.Usd), fundsInUsd.Total);
        Assert.Equal(rates.Convert(Vnd(1_000_000m), new LocalDate(2024, 5, 1), Currency.Usd).Result, fundsInUsd.Total);
        Assert.Equal(3, Assert.Single(fundsInUsd.RatesUsed).Entries);

        Assert.Equal((Vnd(300_000m), 1), (paidOut.Total, paidOut.EntryCount));
        Assert.Equal((Vnd(0m), 0), (spent.Total, spent.EntryCount));
        Assert.Empty(spent.OriginalTotals);
        Assert.All(Enum.GetValues<ReportDimension>(), d => Assert.Empty(spent.By(d)));
    }

    [Fact]
    public void Term_lines_name_the_union_term_through_the_dataset()
    {
        var dataset = NgheAn().Dataset;
        var ledger = dataset.Aid;
        ledger.RegisterParty(DonorParty());
        var wells = new AidActivity(ActivityId.Parse("wells"), NgheAnId, "Village wells", AidKind.Project, Currency.Vnd, Proposed)
        {
            Participants = [new Participant(Donor, ParticipantRole.Funding)],
        };
        ledger.ProposeActivity(wells, Today);
        Implement(ledger, wells.Id);
        ledger.Post(new AidTransaction(TransactionId.Parse("r1"), wells.Id, TransactionType.IncomingFunds, new LocalDate(2024, 5, 1), Vnd(100m), new LocalDate(2024, 5, 1)), Today);
        ledger.Post(new AidTransaction(TransactionId.Parse("r2"), wells.Id, TransactionType.IncomingFunds, new LocalDate(2024, 10, 1), Vnd(200m), new LocalDate(2024, 10, 1)), Today);
        ledger.Post(Summary("nghe-an-2015-2018", NgheAnId, 2015, 2018, 400m, new LocalDate(2019, 2, 1)), Today);
        ledger.Post(Summary("nghe-an-2023", NgheAnId, 2023, 2023, 800m, new LocalDate(2024, 2, 1)), Today);

        var report = dataset.ReportAid(InVnd);
        var terms = report.By(ReportDimension.Term);

        Assert.Equal(
            [
                (string.Empty, "(term not known)", 400m), // 2018 lies before the first congress on record
                ("nghe-an: 5th congress, term 2019–2024", "nghe-an: 5th congress, term 2019–2024", 900m), // the 2023 summary and May 2024
                ("nghe-an: 6th congress, term 2024–2029", "nghe-an: 6th congress, term 2024–2029", 200m),
            ],
            terms.Select(l => (l.Key, l.Label, l.Amount.Amount)));
        Assert.Equal(report.Total, Sum(terms, Currency.Vnd));
        var early = dataset.ReportAid(InVnd with { To = new LocalDate(2018, 12, 31) });
        Assert.Equal("(term not known)", Assert.Single(early.By(ReportDimension.Term)).Label);
    }

    [Fact]
    public void A_dataset_refuses_aid_of_a_union_it_does_not_hold()
    {
        var dataset = NgheAn().Dataset;
        dataset.Aid.RegisterParty(DonorParty());
        dataset.Aid.RegisterParty(BodyParty());

        var activity = Assert.Throws<RuleViolationException>(() => dataset.Aid.ProposeActivity(ClinicActivity(), Today));
        var summary = Assert.Throws<RuleViolationException>(() => dataset.Aid.Post(AnGiangFact(), Today));
        var closing = Assert.Throws<RuleViolationException>(() => dataset.Aid.CloseBooks(AnGiang, new LocalDate(2024, 1, 1), Today));

        Assert.Equal((RuleCodes.LedgerUnionExists, "union"), (activity.Code, activity.Violations[0].Path));
        Assert.Equal((RuleCodes.LedgerUnionExists, "summary.union"), (summary.Code, summary.Violations[0].Path));
        Assert.Equal(RuleCodes.LedgerUnionExists, closing.Code);
        Assert.Empty(dataset.Aid.Activities);
        Assert.Empty(dataset.Aid.Transactions);
        Assert.Empty(dataset.Aid.ClosedThrough);
        Assert.Equal(2, dataset.DomainEvents.Count);
    }

    // ---- Property: every dimension sums to the total, which is the sum of the entries converted one by one ----

    private static readonly string[] Dac5Codes = ["12220", "16010", "41010", "11110", "99810"];
    private static readonly UnionId[] Unions = [AnGiang, NgheAnId];
    private static readonly PartyId[] Funders = [Donor, OtherDonor];
    private static readonly LocalDate Start = new(2020, 1, 1);

    private sealed record ActivitySpec(bool Usd, int Union, int Parts, int[] Cuts, bool Dac3, int Funders);

    private sealed record EntrySpec(int Activity, TransactionType Type, int Minor, int Day, int ValueLag, int Provider, bool Reverse, int ReverseLag);

    private sealed record SummarySpec(int Union, int FromYear, int Span, bool Usd, int Minor, bool Approximate, bool Funds);

    private sealed record QuerySpec(bool Usd, TransactionType Measure, int Union, int? From, int? To, bool Dac3);

    private sealed record Scenario(ActivitySpec[] Activities, EntrySpec[] Entries, SummarySpec[] Summaries, QuerySpec Query, int[] RateCents, bool[] RateInverted, int DaysBack)
    {
        public override string ToString() =>
            $"{Activities.Length} activities [{string.Join("; ", Activities.Select(a => a.ToString()))}], entries [{string.Join("; ", Entries.Select(e => e.ToString()))}], " +
            $"summaries [{string.Join("; ", Summaries.Select(s => s.ToString()))}], {Query}";
    }

    private static readonly TransactionType[] Types = Enum.GetValues<TransactionType>();

    private static Gen<TransactionType> TypeGen() => Gen.Frequency(
        (5, Gen.Constant(TransactionType.IncomingFunds)),
        (3, Gen.Elements(Types)));

    private static Gen<ActivitySpec> ActivityGen() =>
        from usd in Gen.Elements(true, false)
        from union in Gen.Choose(0, 1)
        from parts in Gen.Choose(0, 5)
        from cuts in Gen.Choose(1, 9_999).ArrayOf(Math.Max(parts - 1, 0))
        from dac3 in Gen.Elements(true, false)
        from funders in Gen.Choose(0, 2)
        select new ActivitySpec(usd, union, parts, cuts, dac3, funders);

    private static Gen<EntrySpec> EntryGen(int activities) =>
        from activity in Gen.Choose(0, activities - 1)
        from type in TypeGen()
        from minor in Gen.Frequency((1, Gen.Choose(1, 1_000)), (3, Gen.Choose(1, int.MaxValue)))
        from day in Gen.Choose(4, 1_800)
        from lag in Gen.Choose(0, 5)
        from provider in Gen.Choose(0, 2)
        from reverse in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from reverseLag in Gen.Choose(0, 40)
        select new EntrySpec(activity, type, minor, day, lag, provider, reverse, reverseLag);

    private static Gen<SummarySpec> SummaryGen() =>
        from union in Gen.Choose(0, 1)
        from fromYear in Gen.Choose(2015, 2022)
        from span in Gen.Choose(0, 3)
        from usd in Gen.Elements(true, false)
        from minor in Gen.Choose(1, int.MaxValue)
        from approximate in Gen.Elements(true, false)
        from funds in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new SummarySpec(union, fromYear, span, usd, minor, approximate, funds);

    private static Gen<QuerySpec> QueryGen() =>
        from usd in Gen.Elements(true, false)
        from measure in TypeGen()
        from union in Gen.Choose(-1, 1)
        from hasFrom in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from fromDay in Gen.Choose(-1_000, 2_000)
        from hasTo in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from toDay in Gen.Choose(-1_000, 2_500)
        from dac3 in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select new QuerySpec(usd, measure, union, hasFrom ? fromDay : null, hasTo ? toDay : null, dac3);

    private static Gen<Scenario> ScenarioGen() =>
        from activityCount in Gen.Choose(1, 4)
        from activities in ActivityGen().ArrayOf(activityCount)
        from entryCount in Gen.Choose(0, 30)
        from entries in EntryGen(activities.Length).ArrayOf(entryCount)
        from summaryCount in Gen.Choose(0, 2)
        from summaries in SummaryGen().ArrayOf(summaryCount)
        from query in QueryGen()
        from rates in Gen.Choose(1_900_000, 2_700_000).ArrayOf(7)
        from inverted in Gen.Elements(true, false).ArrayOf(7)
        from daysBack in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 10)))
        select new Scenario(activities, entries, summaries, query, rates, inverted, daysBack);

    private static SectorShare[] SharesOf(ActivitySpec spec)
    {
        if (spec.Parts == 0)
        {
            return [];
        }

        var bounds = spec.Cuts.Distinct().Order().Prepend(0).Append(10_000).ToArray();
        var shares = new List<SectorShare>();
        for (var i = 1; i < bounds.Length; i++)
        {
            var percentage = (bounds[i] - bounds[i - 1]) / 100m;
            shares.Add(new SectorShare(SectorVocabulary.Dac5, Dac5Codes[i - 1], percentage));
            if (spec.Dac3)
            {
                shares.Add(new SectorShare(SectorVocabulary.Dac3, Dac5Codes[i - 1][..3], percentage));
            }
        }

        return [.. shares];
    }

    private static (AidLedger Ledger, ExchangeRateTable Rates) BuildScenario(Scenario s)
    {
        var ledger = AidLedger.Create();
        ledger.RegisterParty(DonorParty());
        ledger.RegisterParty(new Party(OtherDonor, "Korea Friends", PartyKind.ForeignNgo, CountryCode.Parse("KR")));
        ledger.RegisterParty(BodyParty());
        var activities = new List<AidActivity>();
        for (var i = 0; i < s.Activities.Length; i++)
        {
            var spec = s.Activities[i];
            var activity = new AidActivity(ActivityId.Parse($"a{i}"), Unions[spec.Union], $"Activity {i}", AidKind.Project, spec.Usd ? Currency.Usd : Currency.Vnd, Start)
            {
                Participants = [.. Funders.Take(spec.Funders).Select(f => new Participant(f, ParticipantRole.Funding)), new Participant(Body, ParticipantRole.Implementing)],
                Sectors = SharesOf(spec),
                AllowsOverdraft = true, // the limits are the ledger's business; here every random entry must post
            };
            ledger.ProposeActivity(activity, Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Appraised, Start.PlusDays(1), Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Approved, Start.PlusDays(2), Today);
            ledger.ChangeStatus(activity.Id, ActivityStatus.Implementing, Start.PlusDays(3), Today);
            activities.Add(activity);
        }

        var valueDates = new HashSet<LocalDate>();
        for (var i = 0; i < s.Entries.Length; i++)
        {
            var e = s.Entries[i];
            var activity = activities[e.Activity];
            var date = Start.PlusDays(e.Day);
            var incoming = e.Type is TransactionType.IncomingFunds or TransactionType.IncomingCommitment or TransactionType.IncomingPledge;
            var entry = new AidTransaction(TransactionId.Parse($"e{i}"), activity.Id, e.Type, date, Money.FromMinorUnits(e.Minor, activity.Currency), date.PlusDays(e.ValueLag))
            {
                Provider = e.Provider == 0 ? null : incoming ? Funders[e.Provider - 1] : Body,
            };
            ledger.Post(entry, Today);
            valueDates.Add(entry.ValueDate);
            if (e.Reverse)
            {
                ledger.Reverse(entry.Id, TransactionId.Parse($"e{i}-rev"), date.PlusDays(e.ReverseLag), Today);
            }
        }

        for (var i = 0; i < s.Summaries.Length; i++)
        {
            var spec = s.Summaries[i];
            var toYear = spec.FromYear + spec.Span;
            var date = new LocalDate(toYear + 1, 1, 21);
            var entry = AidTransaction.ForSummary(
                TransactionId.Parse($"s{i}"),
                new AidSummary(Unions[spec.Union], spec.FromYear, toYear) { Approximate = spec.Approximate },
                spec.Funds ? TransactionType.IncomingFunds : TransactionType.IncomingCommitment,
                date,
                Money.FromMinorUnits(spec.Minor, spec.Usd ? Currency.Usd : Currency.Vnd),
                date);
            ledger.Post(entry, Today);
            valueDates.Add(date);
        }

        // A rate for every value date, on the day itself or (when the policy looks back) up to DaysBack days before,
        // USD→VND with two decimals or the same rate recorded VND→USD (then divided by); one rate a day.
        var rateDays = valueDates.Select(d => d.PlusDays(-(d.Day % (s.DaysBack + 1)))).Distinct().Order();
        var rates = rateDays.Select(d =>
        {
            var k = d.DayOfYear % s.RateCents.Length;
            var usdToVnd = s.RateCents[k] / 100m;
            return s.RateInverted[k]
                ? new ExchangeRate(Currency.Vnd, Currency.Usd, d, decimal.Round(1m / usdToVnd, 12))
                : new ExchangeRate(Currency.Usd, Currency.Vnd, d, usdToVnd);
        });
        return (ledger, ExchangeRateTable.Create(rates, s.DaysBack == 0 ? RatePolicy.ExactDate : RatePolicy.LatestWithin(s.DaysBack)));
    }

    private static Dictionary<string, decimal> ByCurrency(IEnumerable<Money> amounts) =>
        amounts.GroupBy(m => m.Currency.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(m => m.Amount), StringComparer.Ordinal);

    private static bool SameTotals(Dictionary<string, decimal> left, Dictionary<string, decimal> right) =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var v) && v == p.Value);

    [Property(MaxTest = 150)]
    public Property The_report_is_line_for_line_the_one_the_library_built_before_it_summed_by_slots()
    {
        return Props.ForAll(ScenarioGen(), s =>
        {
            var (ledger, rates) = BuildScenario(s);
            var q = s.Query;
            var query = new AidReportQuery(q.Usd ? Currency.Usd : Currency.Vnd)
            {
                Measure = q.Measure,
                Union = q.Union < 0 ? null : Unions[q.Union],
                From = q.From is { } f ? new LocalDate(2021, 1, 1).PlusDays(f) : null,
                To = q.To is { } t ? new LocalDate(2021, 1, 1).PlusDays(t) : null,
                Vocabulary = q.Dac3 ? SectorVocabulary.Dac3 : SectorVocabulary.Dac5,
            };
            string? TermOf(UnionId union, LocalDate day) => day.Year % 2 == 0 ? $"{union} term {day.Year / 2}" : null;

            var report = AidReport.TryBuild(ledger, rates, query, TermOf, out _);
            var reference = ReferenceReport.Build(ledger, rates, query, TermOf);
            Assert.Equal(reference is null, report is null);
            if (report is null || reference is not { } r)
            {
                return true;
            }

            static string Line(ReportLine l) => $"{l.Key}|{l.Label}|{l.Amount}|{string.Join(",", l.Originals)}|{l.Entries}|{l.Approximate}";
            Assert.Equal((r.Total, r.Count, r.Approximate), (report.Total, report.EntryCount, report.Approximate));
            Assert.Equal(r.Originals, report.OriginalTotals);
            Assert.Equal(r.Rates, report.RatesUsed);
            Assert.Equal(r.Excluded, report.PartlyCovered);
            foreach (var dimension in Enum.GetValues<ReportDimension>())
            {
                Assert.Equal(r.Lines[dimension].Select(Line), report.By(dimension).Select(Line));
            }

            return true;
        });
    }

    [Property(MaxTest = 150)]
    public Property Every_dimension_sums_exactly_to_the_total_which_is_the_sum_of_the_entries_converted_one_by_one()
    {
        return Props.ForAll(ScenarioGen(), s =>
        {
            var (ledger, rates) = BuildScenario(s);
            var q = s.Query;
            var to = q.Usd ? Currency.Usd : Currency.Vnd;
            var query = new AidReportQuery(to)
            {
                Measure = q.Measure,
                Union = q.Union < 0 ? null : Unions[q.Union],
                From = q.From is { } f ? new LocalDate(2021, 1, 1).PlusDays(f) : null,
                To = q.To is { } t ? new LocalDate(2021, 1, 1).PlusDays(t) : null,
                Vocabulary = q.Dac3 ? SectorVocabulary.Dac3 : SectorVocabulary.Dac5,
            };

            var report = AidReport.Build(ledger, rates, query);

            // The entries the query covers, worked out here from the query's documented meaning.
            var included = new List<AidTransaction>();
            var partly = new List<AidTransaction>();
            foreach (var entry in ledger.Transactions)
            {
                var union = entry.Summary?.Union ?? ledger.FindActivity(entry.Activity!.Value)!.Union;
                if (entry.Type != query.Measure || (query.Union is { } only && only != union))
                {
                    continue;
                }

                var first = entry.Summary is { } sum ? new LocalDate(sum.FromYear, 1, 1) : entry.Date;
                var last = entry.Summary is { } sum2 ? new LocalDate(sum2.ToYear, 12, 31) : entry.Date;
                var afterFrom = query.From is not { } start || first >= start;
                var beforeTo = query.To is not { } end || last <= end;
                if (afterFrom && beforeTo)
                {
                    included.Add(entry);
                }
                else if (entry.Summary is not null && (query.From is not { } start2 || last >= start2) && (query.To is not { } end2 || first <= end2))
                {
                    partly.Add(entry);
                }
            }

            var expectedTotal = included.Aggregate(Money.Zero(to), (sum, e) => sum + rates.Convert(e.Value, e.ValueDate, to).Result);
            var originals = ByCurrency(included.Select(e => e.Value));
            Assert.Equal(expectedTotal, report.Total);
            Assert.Equal(included.Count, report.EntryCount);
            Assert.True(SameTotals(originals, ByCurrency(report.OriginalTotals)), "original totals");
            Assert.Equal(included.Any(e => e.Summary?.Approximate == true), report.Approximate);
            Assert.Equal(partly, report.PartlyCovered);
            Assert.Equal(included.Count(e => e.Value.Currency != to), report.RatesUsed.Sum(r => r.Entries));

            foreach (var dimension in Enum.GetValues<ReportDimension>())
            {
                var lines = report.By(dimension);
                Assert.Equal(report.Total, lines.Aggregate(Money.Zero(to), (sum, line) => sum + line.Amount));
                Assert.True(SameTotals(originals, ByCurrency(lines.SelectMany(l => l.Originals))), $"originals of {dimension}");
                Assert.All(lines, l => Assert.Equal(to, l.Amount.Currency));
                Assert.Equal(lines.Count, lines.Select(l => l.Key).Distinct(StringComparer.Ordinal).Count());
                if (dimension != ReportDimension.Sector)
                {
                    Assert.Equal(report.EntryCount, lines.Sum(l => l.Entries));
                }
            }

            return true;
        });
    }
}
