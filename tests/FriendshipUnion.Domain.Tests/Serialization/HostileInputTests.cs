using System.Globalization;
using System.Text;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>The documents that once made the reader throw, kill the process or accept what its schema refuses
/// (issue: every input, hostile or human). Each is read on a 1 MB stack and gives a result: a dataset, or
/// violations with codes and paths.</summary>
public sealed class HostileInputTests
{
    private static readonly LocalDate Later = new(9999, 12, 31);

    private const string Unions = """
        { "id": "vufo", "level": "central", "names": [ { "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam", "en": "VUFO" } ], "congresses": [] },
        { "id": "an-giang", "level": "provincial", "parent": "vufo", "names": [ { "vi": "An Giang", "en": "An Giang" } ], "congresses": [] }
        """;

    private static ReadResult Read(string json, LocalDate? today = null) => SmallStack.Run(() => JsonText.TryRead(json, today ?? Today));

    private static RuleViolation Refused(string json, string code)
    {
        var result = Read(json);
        Assert.False(result.Success);
        Assert.Throws<RuleViolationException>(() => SmallStack.Run(() => DatasetJson.Read(json, Today)));
        return Assert.Single(result.Violations, v => v.Code == code);
    }

    [Theory]
    [InlineData("9995–9999")]
    [InlineData("9999–9999")]
    [InlineData("9000–9999")]
    public void A_term_label_that_ends_in_9999_is_read_and_its_schedule_computed(string label)
    {
        var json = $$"""
            { "schemaVersion": 4, "unions": [ { "id": "vufo", "level": "central", "names": [ { "vi": "V", "en": "V" } ],
              "congresses": [ { "ordinal": 1, "held": "2024-09-17", "termLabel": "{{label}}" } ] } ] }
            """;
        var result = Read(json, Later);

        // Read, or refused by a rule (a term cannot span so long); either way, a result and no exception.
        if (result.Dataset is { } dataset)
        {
            var term = dataset.Unions[0].Terms[0];
            foreach (var on in new[] { new LocalDate(2024, 9, 17), new LocalDate(9998, 1, 1), Later })
            {
                _ = term.DueStatusOn(on);
                var progress = term.ProgressOn(on);
                Assert.True(progress.ElapsedDays is not { } elapsed || elapsed.Min <= elapsed.Max);
            }
        }
        else
        {
            Assert.All(result.Violations, v => Assert.False(string.IsNullOrEmpty(v.Code)));
        }
    }

    [Fact]
    public void A_document_in_force_until_9999_12_31_is_read_and_asked_about()
    {
        var json = $$"""
            { "schemaVersion": 4,
              "documents": [ { "symbol": "12-CT/TW", "issuedBy": "Secretariat", "issued": "2022-01-05", "inForceTo": "9999-12-31" } ],
              "unions": [ {{Unions}} ] }
            """;
        var dataset = Read(json).Dataset!;
        var document = Assert.Single(dataset.Documents.Documents);
        Assert.Equal(Answer.Yes, Assert.Single(dataset.Documents.InForceOn(Later)).Answer);
        Assert.Equal(Answer.Yes, dataset.Documents.InForceDuring(document, new LocalDate(2022, 1, 5), Later));
    }

    [Fact]
    public void Five_thousand_documents_each_replacing_the_next_are_read_on_a_small_stack()
    {
        const int count = 5_000;
        var documents = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            documents.Append(CultureInfo.InvariantCulture, $"{{ \"symbol\": \"{i:00}/QĐ-TTg\", \"issuedBy\": \"Prime Minister\", \"issued\": \"2024\"");
            if (i < count)
            {
                documents.Append(CultureInfo.InvariantCulture, $", \"relations\": [ {{ \"kind\": \"replaces\", \"target\": \"{i + 1:00}/QĐ-TTg\" }} ]");
            }

            documents.Append(i < count ? " },\n" : " }\n");
        }

        var json = $$"""{ "schemaVersion": 4, "documents": [ {{documents}} ], "unions": [ {{Unions}} ] }""";
        Assert.True(json.Length > 500_000);
        var result = Read(json);
        Assert.True(result.Success, string.Join("; ", result.Violations.Take(3)));
        Assert.Equal(count, result.Dataset!.Documents.Documents.Count);

        // A cycle closed at the far end is found, also on a small stack.
        var cycle = json.Replace("\"issued\": \"2024\" }\n", $"\"issued\": \"2024\", \"relations\": [ {{ \"kind\": \"replaces\", \"target\": \"01/QĐ-TTg\" }} ] }}\n", StringComparison.Ordinal);
        Assert.Contains(Read(cycle).Violations, v => v.Code == RuleCodes.DocumentNoCycle);
    }

    private static string Ledger(string transactions, string exchangeRates = "") => $$"""
        { "schemaVersion": 4, "unions": [ {{Unions}} ],
          {{exchangeRates}}
          "aid": { "transactions": [ {{transactions}} ] } }
        """;

    private static string Summary(string id, string amount) =>
        $$"""{ "id": "{{id}}", "summary": { "union": "an-giang", "fromYear": 2015, "toYear": 2021 }, "type": "incomingFunds", "date": "2022-01-21", "value": { "amount": {{amount}}, "currency": "VND", "valueDate": "2021-12-31" } }""";

    [Fact]
    public void Two_entries_of_5e28_are_refused_by_their_form()
    {
        // A value that is not of its form stops the read there: the first is reported.
        Assert.Equal("$.aid.transactions[0].value.amount", Refused(Ledger(Summary("a", "\"50000000000000000000000000000\"") + "," + Summary("b", "\"50000000000000000000000000000\"")), RuleCodes.JsonInvalidValue).Path);
        Assert.Equal("$.aid.transactions[1].value.amount", Refused(Ledger(Summary("a", "\"1\"") + "," + Summary("b", "50000000000000000000000000000")), RuleCodes.JsonInvalidValue).Path);
    }

    [Fact]
    public void Nine_28_digit_summary_entries_are_refused_by_their_form()
    {
        var entries = string.Join(",", Enumerable.Range(0, 9).Select(i => Summary($"s{i}", "\"9999999999999999999999999999\"")));
        Assert.Equal("$.aid.transactions[0].value.amount", Refused(Ledger(entries), RuleCodes.JsonInvalidValue).Path);
    }

    [Theory]
    [InlineData("\"12345678901234567890123456789\"")]
    [InlineData("12345678901234567890123456789")]
    [InlineData("\"1000000000000000\"")]
    public void An_amount_beyond_the_form_is_refused_with_its_path(string amount)
    {
        var violation = Refused(Ledger(Summary("a", amount)), RuleCodes.JsonInvalidValue);
        Assert.Equal("$.aid.transactions[0].value.amount", violation.Path);
    }

    [Theory]
    [InlineData("\"0.0000000000000000000000000001\"")]
    [InlineData("\"79228162514264337593543950335\"")]
    [InlineData("0.00000000001")]
    [InlineData("10000000000")]
    [InlineData("\"0\"")]
    public void A_rate_out_of_range_is_refused_with_its_path(string rate)
    {
        var json = Ledger(string.Empty, $$"""
            "exchangeRates": { "daysBack": 0, "rates": [ { "from": "USD", "to": "VND", "date": "2024-05-01", "rate": {{rate}} } ] },
            """);
        Assert.Equal("$.exchangeRates.rates[0].rate", Refused(json, RuleCodes.JsonInvalidValue).Path);
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(3661)]
    [InlineData(-1)]
    public void A_look_back_out_of_range_is_refused_with_its_path(int days)
    {
        var json = Ledger(string.Empty, $$"""
            "exchangeRates": { "daysBack": {{days}}, "rates": [] },
            """);
        Assert.Equal("$.exchangeRates.daysBack", Refused(json, RuleCodes.JsonInvalidValue).Path);
    }

    [Fact]
    public void The_largest_entries_and_rates_a_ledger_accepts_still_report()
    {
        // 1,000 entries of just under 10^15 each, converted at the largest rate: every total fits a decimal.
        var ledger = AidLedger.Create();
        var entries = Enumerable.Range(0, 1_000).Select(i => AidTransaction.ForSummary(
            TransactionId.Parse($"s{i}"), new AidSummary(AidBuild.AnGiang, 2015, 2021), TransactionType.IncomingFunds, new LocalDate(2022, 1, 21), Money.Of(999_999_999_999_999m, Currency.Usd), new LocalDate(2021, 12, 31)));
        ledger.PostBatch(entries.ToArray(), Today);
        var rates = ExchangeRateTable.Create([new ExchangeRate(Currency.Usd, Currency.Vnd, new LocalDate(2021, 12, 31), ExchangeRate.MaxRate)], RatePolicy.ExactDate);

        var report = AidReport.Build(ledger, rates, new AidReportQuery(Currency.Vnd));
        Assert.True(report.Total.Amount > 9e27m);
        var inverted = AidReport.Build(ledger, ExchangeRateTable.Create([new ExchangeRate(Currency.Vnd, Currency.Usd, new LocalDate(2021, 12, 31), ExchangeRate.MinRate)], RatePolicy.ExactDate), new AidReportQuery(Currency.Vnd));
        Assert.Equal(report.Total.Amount / 10m, inverted.Total.Amount / 10m, 0);

        // The next entry would take the ledger past 10^18: refused by its rule, and nothing changes.
        var next = AidTransaction.ForSummary(TransactionId.Parse("over"), new AidSummary(AidBuild.AnGiang, 2015, 2021), TransactionType.IncomingFunds, new LocalDate(2022, 1, 21), Money.Of(1_001m, Currency.Usd), new LocalDate(2021, 12, 31));
        Assert.False(ledger.TryPost(next, Today, out _, out var violations));
        Assert.Equal(RuleCodes.LedgerAmountLimit, Assert.Single(violations).Code);
        Assert.Equal(1_000, ledger.Transactions.Count);
    }

    [Fact]
    public void An_entry_of_10_to_the_15_is_refused_by_the_ledger_rule()
    {
        var ledger = AidLedger.Create();
        var entry = AidTransaction.ForSummary(TransactionId.Parse("big"), new AidSummary(AidBuild.AnGiang, 2015, 2021), TransactionType.IncomingFunds, new LocalDate(2022, 1, 21), Money.Of(1_000_000_000_000_000m, Currency.Vnd), new LocalDate(2021, 12, 31));
        Assert.False(ledger.TryPost(entry, Today, out _, out var violations));
        Assert.Equal(RuleCodes.LedgerAmountLimit, Assert.Single(violations).Code);
        Assert.Empty(ledger.Transactions);
    }

    [Fact]
    public void A_schema_member_at_the_root_is_read_and_written_back()
    {
        var json = $$"""{ "$schema": "https://example.org/dataset.schema.json", "schemaVersion": 4, "description": "Two unions.", "unions": [ {{Unions}} ] }""";
        var dataset = Read(json).Dataset!;
        Assert.Equal("https://example.org/dataset.schema.json", dataset.SchemaReference);
        Assert.Equal("Two unions.", dataset.Description);
        var written = DatasetJson.Write(dataset);
        Assert.StartsWith($"{{\n  \"$schema\": \"https://example.org/dataset.schema.json\",\n  \"schemaVersion\": {DatasetJson.CurrentSchemaVersion},", written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(Same.Dataset(DatasetJson.Read(written, Today), dataset));
        Assert.Equal(RuleCodes.JsonInvalidValue, Refused(json.Replace("https://example.org/dataset.schema.json", "  ", StringComparison.Ordinal), RuleCodes.JsonInvalidValue).Code);
    }

    [Fact]
    public void A_document_that_lapses_before_it_was_issued_breaks_the_dates_order()
    {
        var json = $$"""
            { "schemaVersion": 4,
              "documents": [ { "symbol": "12-CT/TW", "issuedBy": "Secretariat", "issued": "2025-03-01", "inForceTo": "2025-01-31" } ],
              "unions": [ {{Unions}} ] }
            """;
        Assert.Equal("$.documents[0].inForceTo", Refused(json, RuleCodes.DocumentDatesOrder).Path);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_with_the_limit_code()
    {
        var json = "{\"schemaVersion\": 4, \"unions\": [], \"description\": " + new string('[', 10_000) + new string(']', 10_000) + "}";
        Assert.Contains("64", Refused(json, RuleCodes.JsonLimit).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused_without_being_read_whole()
    {
        using var huge = new EndlessStream();
        Assert.False(DatasetJson.TryRead(huge, Today, null, out _, out var violations));
        Assert.Equal(RuleCodes.JsonLimit, Assert.Single(violations).Code);
        Assert.True(huge.Position <= DatasetJson.MaxDocumentBytes + 1);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var json = $$"""{ "schemaVersion": 4, "unions": [ {{Unions}} ] }""";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        Assert.True(JsonText.TryRead(bytes, Today).Success);
    }

    /// <summary>A stream of spaces that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
