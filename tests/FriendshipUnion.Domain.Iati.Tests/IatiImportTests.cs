using System.Text;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace FriendshipUnion.Domain.Iati.Tests;

/// <summary>Reading and importing publishers' files: what is held, how the mapping applies, what is refused and
/// where, and that importing twice changes nothing.</summary>
public sealed class IatiImportTests
{
    internal static readonly LocalDate Today = new(2026, 11, 29);
    private static readonly UnionId NgheAn = UnionId.Parse("nghe-an");

    internal static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    internal static IatiImport ImportFixture(UnionDataset dataset, string name, IatiImportOptions options)
    {
        using var stream = File.OpenRead(Fixture(name));
        return IatiImporter.Import(dataset, [new IatiSource(stream, name)], options, Today);
    }

    [Fact]
    public void Reading_holds_every_language_the_default_currency_trimmed_refs_and_each_share()
    {
        using var stream = File.OpenRead(Fixture("ngo-publisher.xml"));
        var file = IatiXml.Read(stream, "ngo-publisher.xml");
        Assert.True(file.Log.Completed);
        Assert.Empty(file.Log.Violations);
        Assert.Equal("2.03", file.Log.Version);
        Assert.Equal(3, file.Activities.Count);

        var water = file.Activities[0];
        Assert.Equal("GB-CHC-1234567-VN-001", water.Identifier);
        Assert.Equal("GB-CHC-1234567", water.ReportingOrg!.Ref);
        Assert.Equal("Clean water for schools in Nghe An", water.Title.In("en"));
        Assert.Equal("Nước sạch cho trường học ở Nghệ An", water.Title.In("vi"));
        Assert.Equal("Nước sạch cho trường học ở Nghệ An", water.Title.Preferred("vi", "en"));
        Assert.Equal(["en", "vi"], water.Title.Narratives.Select(n => n.Language));
        Assert.Equal("Quỹ Viện trợ Ví dụ", water.ReportingOrg.Name.In("vi"));
        Assert.Equal("GBP", water.DefaultCurrency);
        Assert.Equal(IatiActivityStatus.Implementation, water.Status);
        Assert.Equal([IatiOrganisationRole.Funding, IatiOrganisationRole.Implementing], water.Participants.Select(p => p.Role!.Value));
        Assert.Equal(["1", "1", "2", "2"], water.Sectors.Select(s => s.Vocabulary));
        Assert.Equal(100m, water.ShareOf("VN"));
        Assert.Equal(4, water.Transactions.Count);
        Assert.Equal("GB-1-C1", water.Transactions[0].Ref);
        Assert.Null(water.Transactions[0].Currency);
        Assert.Equal("GBP", water.Transactions[2].Currency);
        Assert.Equal(IatiTransactionType.OutgoingCommitment, water.Transactions[0].Type);
        Assert.Equal(1_500_000.00m, water.Transactions[0].Value);
        Assert.Equal(new LocalDate(2023, 3, 20), water.Transactions[0].ValueDate);
        Assert.Equal("Thỏa thuận tài trợ", water.Transactions[0].Description.In("vi"));
        Assert.Equal([new IatiCode("1", "C01")], water.Transactions[1].AidTypes);
        Assert.Equal([new IatiCode("1", "C01")], water.DefaultAidTypes);
        Assert.Equal("30", water.DefaultFlowType);
        Assert.Equal("/iati-activities/iati-activity[1]/transaction[2]", water.Transactions[1].Position!.Path);

        var mekong = file.Activities[1];
        Assert.Equal(14.29m, mekong.ShareOf("VN"));
        Assert.Equal(7, mekong.RecipientCountries.Count);

        var korea = file.Activities[2];
        Assert.Equal("vi", korea.Language);
        Assert.Equal("vi", korea.Title.Narratives[0].Language);
        Assert.Equal("en", korea.ReportingOrg!.Name.Narratives[0].Language);
        Assert.Equal("1", korea.Sectors[0].Vocabulary);
    }

    [Fact]
    public void What_the_model_does_not_hold_is_listed_by_element_and_count()
    {
        using var stream = File.OpenRead(Fixture("ngo-publisher.xml"));
        var notHeld = IatiXml.Read(stream).Log.NotHeld;
        Assert.Equal(1, notHeld["budget"]);
        Assert.Equal(1, notHeld["result"]);
        Assert.Equal(1, notHeld["document-link"]);
        Assert.Equal(1, notHeld["contact-info"]);
        Assert.Equal(1, notHeld["location"]);
        Assert.Equal(1, notHeld["iati-activity/@hierarchy"]);
        Assert.Equal(1, notHeld["iati-activity/@last-updated-datetime"]);
        Assert.False(notHeld.ContainsKey("transaction"));
        Assert.False(notHeld.ContainsKey("iati-activity/@default-currency"));
    }

    [Fact]
    public void From_the_recipients_view_a_donors_commitment_and_disbursement_are_the_unions_incoming_commitment_and_funds()
    {
        var dataset = DefaultDataset.Load(Today);
        var import = ImportFixture(dataset, "ngo-publisher.xml", new IatiImportOptions(NgheAn));
        Assert.Empty(import.Violations);
        Assert.Equal(3, import.ActivitiesRead);
        Assert.Equal(3, import.Imported.Count);
        Assert.NotSame(dataset, import.Dataset);
        Assert.Empty(dataset.Aid.Activities);

        var ledger = import.Dataset.Aid;
        var water = ledger.FindActivity(ActivityId.Parse("gb-chc-1234567-vn-001"))!;
        Assert.Equal("Nước sạch cho trường học ở Nghệ An", water.Title);
        Assert.Equal(NgheAn, water.Union);
        Assert.Equal("GBP", water.Currency.Code);
        Assert.Equal(new LocalDate(2023, 3, 1), water.Proposed);
        Assert.Equal([new SectorShare(SectorVocabulary.Dac5, "14030", 60), new SectorShare(SectorVocabulary.Dac5, "11220", 40), new SectorShare(SectorVocabulary.Dac3, "140", 60), new SectorShare(SectorVocabulary.Dac3, "112", 40)], water.Sectors);
        Assert.Equal([new PolicyMarking(PolicyMarker.ClimateChangeAdaptation, PolicySignificance.Significant)], water.PolicyMarkers);
        Assert.Equal("IATI activity GB-CHC-1234567-VN-001", water.Source);

        var donor = ledger.FindParty(PartyId.Parse("gb-chc-1234567"))!;
        Assert.Equal(("Quỹ Viện trợ Ví dụ", PartyKind.ForeignNgo, "GB", (IatiOrganisationType?)IatiOrganisationType.InternationalNgo), (donor.Name, donor.Kind, donor.Country.Value, donor.IatiType));
        var partner = ledger.FindParty(PartyId.Parse("lien-hiep-cac-to-chuc-huu-nghi-tinh-nghe-an"))!;
        Assert.Equal((PartyKind.VietnameseBody, "VN"), (partner.Kind, partner.Country.Value));
        Assert.Equal([new Participant(donor.Id, ParticipantRole.Funding), new Participant(partner.Id, ParticipantRole.Implementing)], water.Participants);

        var entries = ledger.Transactions.Where(t => t.Activity == water.Id).ToArray();
        Assert.Equal([TransactionType.IncomingCommitment, TransactionType.IncomingFunds, TransactionType.IncomingFunds], entries.Select(e => e.Type));
        Assert.Equal([1_500_000m, 750_000m, 500_000m], entries.Select(e => e.Value.Amount));
        Assert.All(entries, e => Assert.Equal(donor.Id, e.Provider));
        Assert.All(entries, e => Assert.Equal(partner.Id, e.Receiver));
        Assert.Equal("Thỏa thuận tài trợ", entries[0].Description);
        Assert.All(entries, e => Assert.Matches("^iati-[0-9a-f]{16}$", e.Id.Value));
        Assert.Equal(
            [new StatusChange(ActivityStatus.Proposed, new LocalDate(2023, 3, 1)), new StatusChange(ActivityStatus.Appraised, new LocalDate(2023, 3, 15)), new StatusChange(ActivityStatus.Approved, new LocalDate(2023, 3, 15)), new StatusChange(ActivityStatus.Implementing, new LocalDate(2023, 3, 15))],
            ledger.HistoryOf(water.Id));

        Assert.Equal(1, import.NotImported.Single(kv => kv.Key.StartsWith("transaction type 4 Expenditure", StringComparison.Ordinal)).Value);
        Assert.Equal(1, import.NotImported.Single(kv => kv.Key.StartsWith("policy-marker 1/1", StringComparison.Ordinal)).Value);

        var korea = ledger.FindActivity(ActivityId.Parse("kr-gov-010-vn-2024-03"))!;
        Assert.Equal(("KRW", "Học bổng cho sinh viên Nghệ An"), (korea.Currency.Code, korea.Title));
        Assert.Equal(ActivityStatus.Proposed, ledger.StatusOf(korea.Id));
        var pledge = Assert.Single(ledger.Transactions, t => t.Activity == korea.Id);
        Assert.Equal((TransactionType.IncomingPledge, 1_500_000_000m), (pledge.Type, pledge.Value.Amount));
        Assert.Equal((PartyKind.ForeignGovernment, "KR"), (ledger.FindParty(PartyId.Parse("kr-gov-010"))!.Kind, ledger.FindParty(PartyId.Parse("kr-gov-010"))!.Country.Value));
    }

    [Fact]
    public void A_country_share_is_recorded_by_default_and_scales_the_amounts_when_applied()
    {
        var dataset = DefaultDataset.Load(Today);
        var mekong = ActivityId.Parse("ca-cra-acr-9876543210-mekong-7");
        var recorded = ImportFixture(dataset, "ngo-publisher.xml", new IatiImportOptions(NgheAn)).Dataset.Aid;
        Assert.Equal([2_500_000_000.00m, 700_000_000.00m], recorded.Transactions.Where(t => t.Activity == mekong).Select(t => t.Value.Amount));

        var applied = ImportFixture(dataset, "ngo-publisher.xml", new IatiImportOptions(NgheAn) { CountryShare = CountryShareHandling.Apply }).Dataset.Aid;
        Assert.Equal([357_250_000.00m, 100_030_000.00m], applied.Transactions.Where(t => t.Activity == mekong).Select(t => t.Value.Amount));
        Assert.Equal(
            [ActivityStatus.Proposed, ActivityStatus.Appraised, ActivityStatus.Approved, ActivityStatus.Implementing, ActivityStatus.Closed],
            applied.HistoryOf(mekong).Select(h => h.Status));
        Assert.Equal(new LocalDate(2024, 12, 31), applied.HistoryOf(mekong)[^1].Date);
    }

    [Fact]
    public void From_the_publishers_view_types_are_kept_and_the_ledgers_limits_apply_to_them()
    {
        var import = ImportFixture(DefaultDataset.Load(Today), "ngo-publisher.xml", new IatiImportOptions(NgheAn) { Perspective = IatiPerspective.Publisher });

        // The publisher disburses what the file shows it never received: the ledger's limit refuses the activity.
        Assert.Contains("GB-CHC-1234567-VN-001", import.Refused);
        Assert.Contains(import.Violations, v => v.Code == RuleCodes.LedgerDisbursementLimit && v.Position!.Path.StartsWith("/iati-activities/iati-activity[1]/transaction[", StringComparison.Ordinal));
        Assert.Null(import.Dataset.Aid.FindActivity(ActivityId.Parse("gb-chc-1234567-vn-001")));
        Assert.DoesNotContain(import.Dataset.Aid.Transactions, t => t.Activity == ActivityId.Parse("gb-chc-1234567-vn-001"));

        var pledge = Assert.Single(import.Dataset.Aid.Transactions, t => t.Activity == ActivityId.Parse("kr-gov-010-vn-2024-03"));
        Assert.Equal(TransactionType.OutgoingPledge, pledge.Type);
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing()
    {
        var first = ImportFixture(DefaultDataset.Load(Today), "ngo-publisher.xml", new IatiImportOptions(NgheAn));
        var second = ImportFixture(first.Dataset, "ngo-publisher.xml", new IatiImportOptions(NgheAn));
        Assert.Empty(second.Violations);
        Assert.Empty(second.Imported);
        Assert.Equal(3, second.Unchanged.Count);
        Assert.Empty(second.Posted);
        Assert.Same(first.Dataset, second.Dataset);
        Assert.Equal(DatasetJson.Write(first.Dataset), DatasetJson.Write(second.Dataset));
    }

    [Theory]
    [InlineData("XM-EXAMPLE-BAD-1", IatiRules.ValueDate, "/iati-activities/iati-activity[1]/transaction[1]/value[1]/@value-date")]
    [InlineData("XM-EXAMPLE-BAD-2", RuleCodes.ActivitySectors, "/iati-activities/iati-activity[2]/sector[1]")]
    [InlineData("XM-EXAMPLE-BAD-3", IatiRules.RecipientShares, "/iati-activities/iati-activity[3]/recipient-country")]
    [InlineData("XM-EXAMPLE-BAD-4", RuleCodes.CurrencyKnown, "/iati-activities/iati-activity[4]/@default-currency")]
    [InlineData("XM-EXAMPLE-BAD-5", IatiRules.Code, "/iati-activities/iati-activity[5]/transaction[1]/transaction-type[1]/@code")]
    [InlineData("XM-EXAMPLE-BAD-6", IatiRules.Value, "/iati-activities/iati-activity[6]/transaction[1]/transaction-date[1]/@iso-date")]
    [InlineData("XM-EXAMPLE-BAD-7", IatiRules.Value, "/iati-activities/iati-activity[7]/transaction[1]/value[1]")]
    [InlineData("XM-EXAMPLE-BAD-8", IatiRules.Currency, "/iati-activities/iati-activity[8]/transaction[1]/value/@currency")]
    [InlineData("XM-EXAMPLE-BAD-9", RuleCodes.LedgerPositiveValue, "/iati-activities/iati-activity[9]/transaction[1]")]
    [InlineData("", IatiRules.Required, "/iati-activities/iati-activity[10]/iati-identifier")]
    public void Each_broken_rule_is_reported_with_its_code_line_column_and_location_and_only_its_activity_is_refused(string identifier, string code, string path)
    {
        var import = ImportFixture(DefaultDataset.Load(Today), "rule-breaking.xml", new IatiImportOptions(NgheAn));
        Assert.Contains(identifier, import.Refused);
        var violation = Assert.Single(import.Violations, v => v.Position!.Path.StartsWith(path, StringComparison.Ordinal));
        Assert.Equal(code, violation.Code);
        Assert.Equal("rule-breaking.xml", violation.Position!.Source);

        // The comment naming the rule is on the line the violation gives.
        var lines = File.ReadAllLines(Fixture("rule-breaking.xml"));
        Assert.Contains($"<!-- {code} -->", lines[violation.Position.Line - 1], StringComparison.Ordinal);
        Assert.True(violation.Position.Column > 0);
        Assert.StartsWith($"rule-breaking.xml:{violation.Position.Line}:{violation.Position.Column}: {code}: ", violation.ToString(), StringComparison.Ordinal);

        // The rule-abiding activity is imported; the broken ones are not.
        Assert.Equal([ActivityId.Parse("xm-example-good-1")], import.Imported);
        Assert.Equal(10, import.Refused.Count);
        Assert.Equal(10, import.Violations.Count);
    }

    [Theory]
    [InlineData("truncated.xml", IatiRules.Xml)]
    [InlineData("entities.xml", IatiRules.Xml)]
    [InlineData("version-1.xml", IatiRules.Version)]
    public void A_file_that_is_not_well_formed_or_of_a_readable_version_refuses_the_whole_import_with_one_error(string name, string code)
    {
        var dataset = DefaultDataset.Load(Today);
        using var good = File.OpenRead(Fixture("ngo-publisher.xml"));
        using var bad = File.OpenRead(Fixture(name));
        var import = IatiImporter.Import(dataset, [new IatiSource(good, "ngo-publisher.xml"), new IatiSource(bad, name)], new IatiImportOptions(NgheAn), Today);
        var violation = Assert.Single(import.Violations);
        Assert.Equal(code, violation.Code);
        Assert.Equal(name, violation.Position!.Source);
        Assert.True(violation.Position.Line > 0);
        Assert.Same(dataset, import.Dataset);
        Assert.Empty(import.Imported);
        Assert.Empty(import.Posted);
    }

    [Fact]
    public void An_unknown_union_is_refused_before_anything_is_read()
    {
        var dataset = DefaultDataset.Load(Today);
        var import = ImportFixture(dataset, "ngo-publisher.xml", new IatiImportOptions(UnionId.Parse("ha-noi")));
        Assert.Equal(RuleCodes.LedgerUnionExists, Assert.Single(import.Violations).Code);
        Assert.Same(dataset, import.Dataset);
    }

    [Fact]
    public void The_same_identifier_with_other_content_is_a_duplicate()
    {
        var text = File.ReadAllText(Fixture("ngo-publisher.xml"));
        var changed = text.Replace("Clean water for schools in Nghe An", "Other title", StringComparison.Ordinal).Replace("Nước sạch cho trường học ở Nghệ An", "Tên khác", StringComparison.Ordinal);
        using var first = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var second = new MemoryStream(Encoding.UTF8.GetBytes(changed));
        var import = IatiImporter.Import(DefaultDataset.Load(Today), [new IatiSource(first, "a.xml"), new IatiSource(second, "b.xml")], new IatiImportOptions(NgheAn), Today);
        var duplicate = Assert.Single(import.Violations);
        Assert.Equal(IatiRules.DuplicateActivity, duplicate.Code);
        Assert.Equal("b.xml", duplicate.Position!.Source);
        Assert.Equal(3, import.Imported.Count);
    }

    [Fact]
    public void A_changed_activity_is_not_overwritten_by_a_later_import()
    {
        var first = ImportFixture(DefaultDataset.Load(Today), "ngo-publisher.xml", new IatiImportOptions(NgheAn));
        var text = File.ReadAllText(Fixture("ngo-publisher.xml")).Replace("Nước sạch cho trường học ở Nghệ An", "Tên khác", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var second = IatiImporter.Import(first.Dataset, [new IatiSource(stream, "b.xml")], new IatiImportOptions(NgheAn), Today);
        Assert.Equal(RuleCodes.ActivityUniqueId, Assert.Single(second.Violations).Code);
        Assert.Equal("Nước sạch cho trường học ở Nghệ An", second.Dataset.Aid.FindActivity(ActivityId.Parse("gb-chc-1234567-vn-001"))!.Title);
    }

    [Fact]
    public void The_rules_of_the_package_are_listed_with_statements_and_sources()
    {
        var codes = typeof(IatiRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(codes.Order(), IatiRules.Catalog.Select(r => r.Code).Order());
        Assert.All(IatiRules.Catalog, r => Assert.False(string.IsNullOrWhiteSpace(r.Statement) || string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void A_currency_outside_the_dataset_table_is_refused_and_the_table_can_be_extended()
    {
        var xml = File.ReadAllText(Fixture("ngo-publisher.xml")).Replace("default-currency=\"CAD\"", "default-currency=\"NOK\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var options = DatasetOptions.Default with { Currencies = CurrencyTable.Default.With(new Currency("NOK", 2)) };
        var dataset = DatasetJson.Read(DatasetJson.Write(DefaultDataset.Load(Today)), Today, options);
        var import = IatiImporter.Import(dataset, [new IatiSource(stream)], new IatiImportOptions(NgheAn), Today);
        Assert.Empty(import.Violations);
        Assert.Equal(3, import.Imported.Count);
    }
}
