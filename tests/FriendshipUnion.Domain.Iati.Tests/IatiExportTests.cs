using System.Text;
using System.Xml.Linq;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FsCheck.Xunit;
using NodaTime;

namespace FriendshipUnion.Domain.Iati.Tests;

/// <summary>Writing a union's ledger as IATI 2.03, and reading it back.</summary>
public sealed class IatiExportTests
{
    private static readonly LocalDate Today = IatiImportTests.Today;
    private static readonly UnionId AnGiang = UnionId.Parse("an-giang");
    private static readonly UnionId NgheAn = UnionId.Parse("nghe-an");

    // The activity's children in the order of the 2.03 schema (iati-activities-schema.xsd), as far as the export
    // writes them.
    private static readonly string[] SchemaOrder =
    [
        "iati-identifier", "reporting-org", "title", "description", "participating-org", "other-identifier", "activity-status",
        "activity-date", "contact-info", "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag",
        "country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type",
        "default-finance-type", "default-aid-type", "default-tied-status", "budget", "planned-disbursement", "capital-spend",
        "transaction", "document-link", "related-activity", "legacy-data", "conditions", "result", "crs-add", "fss",
    ];

    private static readonly string[] TransactionOrder =
    [
        "transaction-type", "transaction-date", "value", "description", "provider-org", "receiver-org", "disbursement-channel",
        "sector", "recipient-country", "recipient-region", "flow-type", "finance-type", "aid-type", "tied-status",
    ];

    private static XDocument Export(UnionDataset dataset, UnionId union, out IatiExport export)
    {
        using var stream = new MemoryStream();
        export = IatiXml.Write(dataset, union, stream);
        stream.Position = 0;
        return XDocument.Load(stream, LoadOptions.SetLineInfo);
    }

    [Fact]
    public void The_export_puts_elements_in_the_schemas_order_with_a_currency_and_value_date_on_every_value()
    {
        var dataset = DefaultDataset.LoadWithExample(Today);
        var xml = Export(dataset, AnGiang, out var export);
        var root = xml.Root!;
        Assert.Equal(("iati-activities", "2.03"), (root.Name.LocalName, (string?)root.Attribute("version")));
        var activities = root.Elements("iati-activity").ToArray();
        Assert.Equal(dataset.Aid.Activities.Count(a => a.Union == AnGiang), activities.Length);
        Assert.Equal(export.Activities, activities.Length);
        foreach (var activity in activities)
        {
            var standard = activity.Elements().Where(e => e.Name.NamespaceName.Length == 0).Select(e => Array.IndexOf(SchemaOrder, e.Name.LocalName)).ToArray();
            Assert.DoesNotContain(-1, standard);
            Assert.Equal(standard.Order(), standard);

            // Extensions come after every element of the standard.
            var names = activity.Elements().Select(e => e.Name.NamespaceName.Length == 0).ToArray();
            Assert.Equal(names.OrderByDescending(standardFirst => standardFirst), names);
            Assert.Single(activity.Elements("iati-identifier"));
            Assert.Single(activity.Elements("activity-status"));
            Assert.NotEmpty(activity.Elements("activity-date"));
            Assert.NotEmpty(activity.Elements("participating-org"));
            Assert.NotNull(activity.Attribute("default-currency"));
            Assert.Equal(["vi", "en"], activity.Element("reporting-org")!.Elements("narrative").Select(n => (string?)n.Attribute(XNamespace.Xml + "lang")));

            foreach (var transaction in activity.Elements("transaction"))
            {
                var order = transaction.Elements().Select(e => Array.IndexOf(TransactionOrder, e.Name.LocalName)).ToArray();
                Assert.DoesNotContain(-1, order);
                Assert.Equal(order.Order(), order);
                var value = transaction.Element("value")!;
                Assert.NotNull(value.Attribute("currency"));
                Assert.NotNull(value.Attribute("value-date"));
                Assert.Contains((string)transaction.Element("transaction-type")!.Attribute("code")!, new[] { "1", "2", "3", "4", "11", "12", "13" });
            }
        }
    }

    [Theory]
    [InlineData("an-giang")]
    [InlineData("nghe-an")]
    public void Importing_the_export_of_the_example_ledger_gives_it_back(string union)
    {
        var source = DefaultDataset.LoadWithExample(Today);
        AssertRoundTrip(source, UnionId.Parse(union));
    }

    /// <summary>Ledgers built by random operations through the ledger's own checks, exported and imported back.</summary>
    [Property(MaxTest = 60)]
    public void Importing_an_export_gives_back_the_same_ledger(int seed) => AssertRoundTrip(RandomLedger(seed), NgheAn);

    [Fact]
    public void The_random_ledgers_hold_entries_of_every_kind_reversals_and_every_status()
    {
        var ledgers = Enumerable.Range(0, 40).Select(seed => RandomLedger(seed).Aid).ToArray();
        Assert.True(ledgers.Sum(l => l.Transactions.Count) > 100);
        Assert.Contains(ledgers, l => l.Transactions.Any(t => t.Summary is not null && t.Provider is not null));
        Assert.Contains(ledgers, l => l.Transactions.Any(t => t.Summary is not null && t.IsReversal));
        Assert.Contains(ledgers, l => l.Transactions.Any(t => t.IsReversal));
        Assert.Equal(Enum.GetValues<TransactionType>(), ledgers.SelectMany(l => l.Transactions).Select(t => t.Type).Distinct().Order());
        Assert.Equal(Enum.GetValues<ActivityStatus>(), ledgers.SelectMany(l => l.Activities.SelectMany(a => l.HistoryOf(a.Id)).Select(h => h.Status)).Distinct().Order());
    }

    [Fact]
    public void The_export_reads_back_without_a_violation_with_its_summary_entries()
    {
        var dataset = DefaultDataset.LoadWithExample(Today);
        using var stream = new MemoryStream();
        var export = IatiXml.Write(dataset, AnGiang, stream);
        stream.Position = 0;
        var file = IatiXml.Read(stream);
        Assert.True(file.Log.Completed);
        Assert.Empty(file.Log.Violations);
        Assert.Empty(file.Log.NotHeld);
        var summaries = dataset.Aid.Transactions.Where(t => t.Summary?.Union == AnGiang).ToArray();
        Assert.NotEmpty(summaries);
        Assert.Equal(summaries.Length, export.SummaryEntries);
        Assert.Equal(summaries.Select(t => (t.Id.Value, (int)t.Type, t.Date, t.Value.Amount, t.Value.Currency.Code, t.ValueDate, t.Summary!.FromYear, t.Summary.ToYear, t.Summary.Approximate, t.Description)),
            file.Log.Summaries.Select(s => (s.Id, s.Type, s.Date, s.Value, s.Currency, s.ValueDate, s.FromYear, s.ToYear, s.Approximate, s.Description)));
        Assert.Equal(dataset.Aid.Transactions.Count(t => t.Activity is { } a && dataset.Aid.FindActivity(a)!.Union == AnGiang), export.Transactions);
        Assert.Throws<KeyNotFoundException>(() => IatiXml.Write(dataset, UnionId.Parse("ha-noi"), new MemoryStream()));
    }

    [Theory]
    [InlineData("currency", "XYZ", "currency.known", "/@currency")]
    [InlineData("value", "9.1e10", "iati.value", "/@value")]
    [InlineData("value", "0.5", "money.minor-unit", "/@value")]
    [InlineData("date", "2022-02-30", "iati.value", "/@date")]
    [InlineData("from-year", "1800", "iati.value", "/@from-year")]
    [InlineData("to-year", "2014", "ledger.summary-years", "/@to-year")]
    [InlineData("type", "99", "iati.code", "/@type")]
    [InlineData("value-date", "", "iati.value-date", "/@value-date")]
    [InlineData("id", "", "iati.required", "/@id")]
    [InlineData("id", "Not An Id", "iati.value", "/@id")]
    public void A_summary_entry_that_breaks_a_rule_is_refused_with_its_code_and_place(string attribute, string value, string code, string suffix)
    {
        var dataset = DefaultDataset.LoadWithExample(Today);
        using var stream = new MemoryStream();
        IatiXml.Write(dataset, AnGiang, stream);
        var xml = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var summary = xml.Root!.Elements(System.Xml.Linq.XName.Get("summary", IatiXml.ExtensionNamespace)).Single();
        summary.SetAttributeValue("id", "test-summary");
        summary.SetAttributeValue(attribute, value.Length == 0 ? null : value);
        var target = DefaultDataset.Load(Today);
        var import = IatiImporter.Import(target, [new IatiSource(new MemoryStream(Encoding.UTF8.GetBytes(xml.ToString())), "x.xml")], new IatiImportOptions(AnGiang), Today);
        var violation = Assert.Single(import.Violations, v => v.Position?.Path.StartsWith("/iati-activities/fu:summary[1]", StringComparison.Ordinal) == true);
        Assert.Equal(code, violation.Code);
        if (suffix.Length > 0)
        {
            Assert.Equal("/iati-activities/fu:summary[1]" + suffix, violation.Position!.Path);
        }

        Assert.Contains("fu:summary " + (attribute == "id" ? value : "test-summary"), import.Refused);
        Assert.DoesNotContain(import.Dataset.Aid.Transactions, t => t.Id.Value == "test-summary");
    }

    private static void AssertRoundTrip(UnionDataset source, UnionId union)
    {
        using var stream = new MemoryStream();
        IatiXml.Write(source, union, stream);
        stream.Position = 0;
        var target = DefaultDataset.Load(Today);
        var import = IatiImporter.Import(target, [new IatiSource(stream, "export.xml")], new IatiImportOptions(union) { Perspective = IatiPerspective.Recipient }, Today);
        Assert.Empty(import.Violations);

        var before = source.Aid;
        var after = import.Dataset.Aid;
        var activities = before.Activities.Where(a => a.Union == union).ToArray();
        Assert.Equal(activities, after.Activities.Where(a => a.Union == union));
        foreach (var activity in activities)
        {
            Assert.Equal(before.HistoryOf(activity.Id), after.HistoryOf(activity.Id));
            Assert.Equal(before.Transactions.Where(t => t.Activity == activity.Id), after.Transactions.Where(t => t.Activity == activity.Id));
            Assert.Equal(before.BalanceOf(activity.Id), after.BalanceOf(activity.Id));
        }

        var parties = activities.SelectMany(a => a.Participants.Select(p => p.Party))
            .Concat(before.Transactions.Where(t => t.Activity is { } id && activities.Any(a => a.Id == id)).SelectMany(t => new[] { t.Provider, t.Receiver }).OfType<PartyId>())
            .Distinct()
            .ToArray();
        Assert.Equal(parties.Select(before.FindParty), parties.Select(after.FindParty));
        Assert.Equal(before.Transactions.Where(t => t.Summary?.Union == union), after.Transactions.Where(t => t.Summary?.Union == union));
    }

    // A ledger made by random operations, each tried through the ledger's checks: what is refused is left out.
    private static UnionDataset RandomLedger(int seed)
    {
        var random = new Random(seed);
        var dataset = DefaultDataset.Load(Today);
        var ledger = dataset.Aid;
        var kinds = Enum.GetValues<PartyKind>();
        var parties = new List<PartyId>();
        for (var i = 0; i < random.Next(1, 5); i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var country = kind == PartyKind.VietnameseBody ? "VN" : new[] { "GB", "JP", "KR", "US", "XX" }[random.Next(5)];
            var party = new Party(PartyId.Parse($"party-{i}"), $"Party {i} {Pick(random, "Quỹ", "Fund", "Hội")}", kind, CountryCode.Parse(country))
            {
                Note = random.Next(3) == 0 ? "a note & <more>" : null,
                Source = random.Next(3) == 0 ? "https://example.org/source?a=1&b=2" : null,
            };
            if (random.Next(5) == 0)
            {
                party = party with { IatiType = null };
            }

            if (ledger.TryRegisterParty(party, out _))
            {
                parties.Add(party.Id);
            }
        }

        var currencies = new[] { Currency.Vnd, Currency.Usd, CurrencyTable.Default.Currencies.Single(c => c.Code == "KRW"), CurrencyTable.Default.Currencies.Single(c => c.Code == "EUR") };
        var statuses = Enum.GetValues<ActivityStatus>();
        var types = Enum.GetValues<TransactionType>();
        var entry = 0;
        for (var a = 0; a < random.Next(1, 4); a++)
        {
            var proposed = new LocalDate(2015, 1, 1).PlusDays(random.Next(3000));
            var currency = currencies[random.Next(currencies.Length)];
            var activity = new AidActivity(ActivityId.Parse($"activity-{a}"), NgheAn, $"Activity {a}: {Pick(random, "Nước sạch", "Scholarships", "Rừng ngập mặn")}", (AidKind)random.Next(3), currency, proposed)
            {
                Participants = parties.Count == 0 ? [] : [new Participant(parties[random.Next(parties.Count)], (ParticipantRole)random.Next(1, 5))],
                Sectors = random.Next(2) == 0 ? [] : [new SectorShare(SectorVocabulary.Dac5, "12220", 60), new SectorShare(SectorVocabulary.Dac5, "11110", 40)],
                PolicyMarkers = random.Next(2) == 0 ? [] : [new PolicyMarking(PolicyMarker.ClimateChangeAdaptation, (PolicySignificance)random.Next(3))],
                RecipientProvince = random.Next(2) == 0 ? null : "Nghệ An",
                AllowsOverdraft = random.Next(3) == 0,
                Note = random.Next(2) == 0 ? null : "Ghi chú",
                Source = random.Next(2) == 0 ? null : "Report 2024",
            };
            if (!ledger.TryProposeActivity(activity, Today, out _))
            {
                continue;
            }

            var day = proposed;
            for (var step = 0; step < 30; step++)
            {
                day = day.PlusDays(random.Next(0, 60));
                if (day > Today)
                {
                    break;
                }

                if (random.Next(3) == 0)
                {
                    // Mostly a status that may follow; now and then any, which the ledger refuses.
                    var next = ActivityLifecycle.Next(ledger.StatusOf(activity.Id));
                    var status = next.Count > 0 && random.Next(4) > 0 ? next[random.Next(next.Count)] : statuses[random.Next(statuses.Length)];
                    var on = status == ActivityStatus.Revoked ? day.PlusDays(190) : day;
                    if (on <= Today && ledger.TryChangeStatus(activity.Id, status, on, Today, out _))
                    {
                        day = on;
                    }
                }
                else
                {
                    // Spending small beside funding, so that the limits let some of it through.
                    var type = types[random.Next(types.Length)];
                    var amount = currency.Round((decimal)random.NextDouble() * (type is TransactionType.Disbursement or TransactionType.Expenditure ? 10_000m : 1_000_000m));
                    var transaction = new AidTransaction(TransactionId.Parse($"entry-{entry++}"), activity.Id, type, day, Money.Of(amount, currency), day.PlusDays(-random.Next(0, 5)))
                    {
                        Provider = parties.Count == 0 || random.Next(2) == 0 ? null : parties[random.Next(parties.Count)],
                        Receiver = parties.Count == 0 || random.Next(2) == 0 ? null : parties[random.Next(parties.Count)],
                        Description = random.Next(2) == 0 ? null : "Khoản viện trợ",
                        Source = random.Next(2) == 0 ? null : "Bank statement",
                    };
                    if (ledger.TryPost(transaction, Today, out _, out _) && random.Next(6) == 0)
                    {
                        ledger.TryReverse(transaction.Id, TransactionId.Parse($"entry-{entry++}"), day, Today, "Correction", out _, out _);
                    }
                }
            }
        }

        // Summary entries: totals over whole years, some approximate, some with parties, now and then reversed.
        for (var i = 0; i < random.Next(0, 3); i++)
        {
            var from = random.Next(2005, 2020);
            var summary = new AidSummary(NgheAn, from, from + random.Next(0, 5)) { Approximate = random.Next(2) == 0 };
            var date = summary.LastDay.PlusDays(random.Next(1, 200));
            var currency = currencies[random.Next(currencies.Length)];
            var total = AidTransaction.ForSummary(TransactionId.Parse($"summary-{i}"), summary, random.Next(2) == 0 ? TransactionType.IncomingFunds : TransactionType.IncomingCommitment, date, Money.Of(currency.Round((decimal)random.NextDouble() * 9_000_000m) + 1, currency), date) with
            {
                Provider = parties.Count == 0 || random.Next(2) == 0 ? null : parties[random.Next(parties.Count)],
                Description = random.Next(2) == 0 ? null : "Tổng viện trợ \"phi chính phủ\" & <khác>",
                Source = random.Next(2) == 0 ? null : "Báo cáo tổng kết",
            };
            if (ledger.TryPost(total, Today, out _, out _) && random.Next(4) == 0)
            {
                ledger.TryReverse(total.Id, TransactionId.Parse($"summary-{i}-reversal"), date.PlusDays(3), Today, "Sửa số liệu", out _, out _);
            }
        }

        return dataset;
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
