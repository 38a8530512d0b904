using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

using FriendshipUnion.Domain.Tests.Support;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>The aid ledger and exchange rates in the dataset format, version 4.</summary>
public sealed class AidJsonTests
{
    private const string Document = """
        {
          "schemaVersion": 4,
          "unions": [
            { "id": "vufo", "level": "central", "names": [ { "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam", "en": "VUFO" } ], "congresses": [] },
            { "id": "an-giang", "level": "provincial", "parent": "vufo", "names": [ { "vi": "An Giang", "en": "An Giang" } ], "congresses": [] }
          ],
          "exchangeRates": { "daysBack": 0, "rates": [ { "from": "USD", "to": "VND", "date": "2024-05-01", "rate": "25400.5" } ] },
          "aid": {
            "parties": [
              { "id": "donor", "name": "Donor", "kind": "foreignNgo", "country": "KR" },
              { "id": "union", "name": "Union", "kind": "vietnameseBody", "country": "VN" }
            ],
            "activities": [
              { "id": "clinic", "union": "an-giang", "title": "Clinic", "kind": "project", "currency": "USD", "proposed": "2024-01-10",
                "statuses": [ { "status": "appraised", "date": "2024-02-01" }, { "status": "approved", "date": "2024-03-01" }, { "status": "implementing", "date": "2024-04-01" } ],
                "participants": [ { "party": "donor", "role": "funding" } ],
                "sectors": [ { "vocabulary": "dac5", "code": "12220", "percentage": 100 } ] }
            ],
            "transactions": [
              { "id": "r1", "activity": "clinic", "type": "incomingFunds", "date": "2024-05-01", "value": { "amount": 1000.10, "currency": "USD", "valueDate": "2024-05-01" }, "provider": "donor" },
              { "id": "d1", "activity": "clinic", "type": "disbursement", "date": "2024-05-01", "value": { "amount": "400.00", "currency": "USD", "valueDate": "2024-05-01" } }
            ],
            "closedBooks": [ { "union": "an-giang", "through": "2024-04-30" } ]
          }
        }
        """;

    private static RuleViolation Single(string json) => Assert.Single(JsonText.TryRead(json, Today).Violations);

    [Fact]
    public void The_ledger_and_rates_are_read_with_amounts_from_numbers_and_strings()
    {
        var dataset = DatasetJson.Read(Document, Today);
        Assert.Equal(2, dataset.Aid.Transactions.Count);
        Assert.Equal(1000.10m, dataset.Aid.Transactions[0].Value.Amount);
        Assert.Equal(Money.Of(600.10m, Currency.Usd), dataset.Aid.BalanceOf(ActivityId.Parse("clinic")).Available);
        Assert.Equal(ActivityStatus.Implementing, dataset.Aid.StatusOf(ActivityId.Parse("clinic")));
        Assert.Equal(new LocalDate(2024, 4, 30), dataset.Aid.ClosedThrough[Id("an-giang")]);
        Assert.Equal(25400.5m, Assert.Single(dataset.Rates.Rates).Rate);
        Assert.Empty(dataset.Aid.DomainEvents);
    }

    [Fact]
    public void Amounts_are_written_as_strings_and_the_document_round_trips()
    {
        var dataset = DatasetJson.Read(Document, Today);
        var written = DatasetJson.Write(dataset);
        Assert.Contains("\"amount\": \"1000.10\"", written, StringComparison.Ordinal);
        Assert.Contains("\"rate\": \"25400.5\"", written, StringComparison.Ordinal);
        Assert.True(Same.Dataset(DatasetJson.Read(written, Today), dataset));
    }

    [Fact]
    public void A_large_amount_as_a_number_is_read_without_loss()
    {
        // 17 significant digits: more than a double holds, so a reader through double would lose the last ones.
        var json = ReplaceOnce(Document, "\"amount\": 1000.10", "\"amount\": 987654321098765.43");
        var dataset = DatasetJson.Read(json.Replace("\"400.00\"", "\"0.01\"", StringComparison.Ordinal), Today);
        Assert.Equal(987654321098765.43m, dataset.Aid.Transactions[0].Value.Amount);
    }

    [Theory]
    [InlineData("1e3", "1000")]
    [InlineData("1.5E+3", "1500")]
    [InlineData("42525e-2", "425.25")]
    [InlineData("1000.100", "1000.100")]
    [InlineData("0.1000000e4", "1000.000")]
    public void An_amount_as_a_number_with_an_exponent_is_read_exactly(string amount, string expected)
    {
        var dataset = DatasetJson.Read(ReplaceOnce(Document, "1000.10", amount), Today);
        var read = dataset.Aid.Transactions[0].Value.Amount;
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read);
        Assert.Equal(expected, read.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1e-5")]
    [InlineData("1e15")]
    [InlineData("\"1e3\"")]
    [InlineData("\"1,000\"")]
    [InlineData("\"1000000000000000\"")]
    [InlineData("\"0.00001\"")]
    [InlineData("\"\"")]
    [InlineData("\"12.\"")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("true")]
    public void An_amount_that_is_not_a_plain_decimal_is_refused_with_its_path(string amount)
    {
        var violation = Single(ReplaceOnce(Document, "1000.10", amount));
        Assert.Equal(RuleCodes.JsonInvalidValue, violation.Code);
        Assert.Equal("$.aid.transactions[0].value.amount", violation.Path);
    }

    [Fact]
    public void An_amount_finer_than_the_currency_minor_unit_is_refused()
    {
        var violation = Single(ReplaceOnce(Document, "1000.10", "1000.105"));
        Assert.Equal(RuleCodes.MoneyMinorUnit, violation.Code);
        Assert.Equal("$.aid.transactions[0].value.amount", violation.Path);
        Assert.Contains("minor units", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_currency_is_refused()
    {
        var violation = Single(ReplaceOnce(Document, "\"currency\": \"USD\", \"proposed\"", "\"currency\": \"XYZ\", \"proposed\""));
        Assert.Equal(RuleCodes.CurrencyKnown, violation.Code);
        Assert.Equal("$.aid.activities[0].currency", violation.Path);
    }

    [Fact]
    public void A_broken_ledger_rule_is_reported_with_its_code_and_JSON_path()
    {
        var violation = Single(ReplaceOnce(Document, "\"400.00\"", "\"1000.11\""));
        Assert.Equal(RuleCodes.LedgerDisbursementLimit, violation.Code);
        Assert.Equal("$.aid.transactions[1].value", violation.Path);
    }

    [Fact]
    public void A_status_out_of_order_is_reported_with_its_path()
    {
        var violation = Single(ReplaceOnce(Document, "{ \"status\": \"appraised\", \"date\": \"2024-02-01\" }, ", string.Empty));
        Assert.Equal(RuleCodes.ActivityTransition, violation.Code);
        Assert.Equal("$.aid.activities[0].statuses[0].status", violation.Path);
    }

    [Fact]
    public void An_activity_of_a_union_not_in_the_dataset_is_refused()
    {
        var violation = Single(ReplaceOnce(Document, "\"union\": \"an-giang\", \"title\"", "\"union\": \"ha-noi\", \"title\""));
        Assert.Equal(RuleCodes.LedgerUnionExists, violation.Code);
        Assert.Equal("$.aid.activities[0].union", violation.Path);
    }

    [Fact]
    public void Closed_books_apply_to_entries_posted_after_the_closing()
    {
        // The file lists closings after the entries: entries already recorded stay, later posts are refused.
        var dataset = DatasetJson.Read(ReplaceOnce(Document, "\"through\": \"2024-04-30\"", "\"through\": \"2024-05-01\""), Today);
        var late = new AidTransaction(TransactionId.Parse("r2"), ActivityId.Parse("clinic"), TransactionType.IncomingFunds, new LocalDate(2024, 5, 1), Money.Of(1m, Currency.Usd), new LocalDate(2024, 5, 1));
        Assert.Equal(RuleCodes.LedgerPeriodClosed, Assert.Throws<RuleViolationException>(() => dataset.Aid.Post(late, Today)).Code);
    }

    [Fact]
    public void An_entry_names_an_activity_or_a_summary_not_both()
    {
        var violation = Single(ReplaceOnce(Document, "\"id\": \"d1\", \"activity\": \"clinic\",", "\"id\": \"d1\", \"activity\": \"clinic\", \"summary\": { \"union\": \"an-giang\", \"fromYear\": 2015, \"toYear\": 2021 },"));
        Assert.Equal(RuleCodes.JsonInvalidValue, violation.Code);
        Assert.Equal("$.aid.transactions[1]", violation.Path);
    }

    [Fact]
    public void A_version_3_document_cannot_hold_the_ledger()
    {
        var violations = JsonText.TryRead(ReplaceOnce(Document, "\"schemaVersion\": 4", "\"schemaVersion\": 3"), Today).Violations;
        Assert.Equal(["$.exchangeRates", "$.aid"], violations.Select(v => v.Path));
        Assert.All(violations, v => Assert.Equal(RuleCodes.JsonSchemaVersion, v.Code));
    }

    [Fact]
    public void The_embedded_dataset_holds_the_An_Giang_summary_and_reproduces_USD_4_million()
    {
        var dataset = DefaultDataset.Load(Today);
        var entry = Assert.Single(dataset.Aid.Transactions);
        Assert.Empty(dataset.Aid.Parties);
        Assert.Empty(dataset.Aid.Activities);
        Assert.Equal(Money.Of(91_000_000_000m, Currency.Vnd), entry.Value);
        Assert.True(entry.Summary!.Approximate);
        Assert.Equal((2015, 2021), (entry.Summary.FromYear, entry.Summary.ToYear));
        var report = dataset.ReportAid(new AidReportQuery(Currency.Usd) { Union = Id("an-giang") });
        Assert.Equal(Money.Of(4_000_000m, Currency.Usd), report.Total);
        Assert.True(report.Approximate);
        var rate = Assert.Single(report.RatesUsed);
        Assert.Equal("1 USD = 22,750 VND on 2022-01-21", rate.Rate.ToString());
        Assert.True(rate.Inverted);
        Assert.Equal("2015–2021", Assert.Single(report.By(ReportDimension.Year)).Key);
    }

    [Fact]
    public void The_synthetic_example_is_labelled_loads_and_round_trips()
    {
        var dataset = DefaultDataset.LoadWithExample(Today);
        Assert.True(dataset.Aid.Activities.Count >= 3);
        Assert.All(dataset.Aid.Parties, p => Assert.Contains("Synthetic", p.Note, StringComparison.Ordinal));
        Assert.All(dataset.Aid.Activities, a => Assert.Contains("Synthetic", a.Note, StringComparison.Ordinal));
        Assert.All(dataset.Aid.Transactions.Where(t => t.Summary is null), t => Assert.Contains("ynthetic", t.Description, StringComparison.Ordinal));
        Assert.All(dataset.Rates.Rates.Skip(1), r => Assert.Contains("Synthetic", r.Source, StringComparison.Ordinal));
        Assert.Contains(dataset.Aid.Activities, a => dataset.Aid.StatusOf(a.Id) == ActivityStatus.Revoked);
        Assert.Contains(dataset.Aid.Transactions, t => t.IsReversal);
        foreach (var currency in new[] { Currency.Vnd, Currency.Usd })
        {
            var report = dataset.ReportAid(new AidReportQuery(currency));
            Assert.Equal(report.Total.Amount, report.By(ReportDimension.Sector).Sum(l => l.Amount.Amount));
        }

        Assert.True(Same.Dataset(DatasetJson.Read(DatasetJson.Write(dataset), Today), dataset));
        Assert.True(DefaultDataset.Load(Today).Aid.Transactions.Count < dataset.Aid.Transactions.Count);
    }
}
