using System.Text.Json.Nodes;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>What the reader says, word for word, and where: each refusal names the member by its path and tells what
/// the member takes, in the format's words.</summary>
public sealed class ReaderMessagesTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static JsonObject Complete() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Documents", "complete.json")))!.AsObject();

    private static RuleViolation Refused(string json, string code)
    {
        var result = JsonText.TryRead(json, Today);
        Assert.False(result.Success);
        return Assert.Single(result.Violations, v => v.Code == code);
    }

    private static RuleViolation Refused(Action<JsonObject> edit, string code)
    {
        var document = Complete();
        edit(document);
        return Refused(document.ToJsonString(), code);
    }

    private static JsonObject NgheAn(JsonObject document) => document["unions"]![1]!.AsObject();

    public static TheoryData<string, Action<JsonObject>, string, string, string> Edits => new()
    {
        { "a blank description", d => d["description"] = "  ", RuleCodes.JsonInvalidValue, "$.description", "The text must not be blank; omit the member instead." },
        { "a blank $schema", d => d["$schema"] = " ", RuleCodes.JsonInvalidValue, "$['$schema']", "The text must not be blank; omit the member instead." },
        { "a rate from a currency to itself", d => d["exchangeRates"]!["rates"]![0]!["to"] = "USD", RuleCodes.RateCurrencies, "$.exchangeRates.rates[0].to", "A rate converts between two different currencies, not USD to itself." },
        { "a rate from a currency not in the table", d => d["exchangeRates"]!["rates"]![0]!["from"] = "XAU", RuleCodes.CurrencyKnown, "$.exchangeRates.rates[0].from", "'XAU' is not a currency of the table (VND, KRW, JPY, USD, EUR, GBP, AUD, CAD, CHF, CNY, SGD, THB, LAK, KHR)." },
        { "a rate to a currency not in the table", d => d["exchangeRates"]!["rates"]![0]!["to"] = "XAU", RuleCodes.CurrencyKnown, "$.exchangeRates.rates[0].to", "'XAU' is not a currency of the table (VND, KRW, JPY, USD, EUR, GBP, AUD, CAD, CHF, CNY, SGD, THB, LAK, KHR)." },
        { "an entry in a currency not in the table", d => d["aid"]!["transactions"]![0]!["value"]!["currency"] = "XAU", RuleCodes.CurrencyKnown, "$.aid.transactions[0].value.currency", "'XAU' is not a currency of the table (VND, KRW, JPY, USD, EUR, GBP, AUD, CAD, CHF, CNY, SGD, THB, LAK, KHR)." },
        { "an entry with an activity and a summary", d => d["aid"]!["transactions"]![0]!["summary"] = new JsonObject { ["union"] = "an-giang", ["fromYear"] = 2015, ["toYear"] = 2021 }, RuleCodes.JsonInvalidValue, "$.aid.transactions[0]", "An entry names an activity or a summary, not both." },
        { "a summary whose years run backwards at the edges of the range", d => Summary(d)["fromYear"] = 9999, RuleCodes.LedgerSummaryYears, "$.aid.transactions[3].summary.toYear", "A summary's last year (2021) is not before its first (9999)." },
        { "a summary from 2021 back to 1900", d => { Summary(d)["fromYear"] = 2021; Summary(d)["toYear"] = 1900; }, RuleCodes.LedgerSummaryYears, "$.aid.transactions[3].summary.toYear", "A summary's last year (1900) is not before its first (2021)." },
        { "a union without a name", d => NgheAn(d)["names"] = new JsonArray(), RuleCodes.JsonInvalidValue, "$.unions[1].names", "A union has at least one name." },
        { "a congress numbered 0", d => NgheAn(d)["congresses"]![0]!["ordinal"] = 0, RuleCodes.JsonInvalidValue, "$.unions[1].congresses[0].ordinal", "A congress ordinal is 1 or more; found 0." },
        { "a leadership change without a fact", d => NgheAn(d)["leadership"]![0]!["facts"] = new JsonArray(), RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].facts", "A change has at least one fact." },
        { "a leadership change of term -1", d => NgheAn(d)["leadership"]![0]!["term"] = -1, RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].term", "A term is numbered by its congress, or 0 for the interim before the first congress; found -1." },
        { "an election in term 0, the interim", d => NgheAn(d)["leadership"]![0]!["term"] = 0, RuleCodes.MembershipWithinTerm, "$.unions[1].leadership[0].facts[0]", "No congress on record opens term 0, the interim before the first congress: its leaders are appointed or attested, not elected." },
        { "a programme of term 0", d => NgheAn(d)["programmes"]![0]!["term"] = 0, RuleCodes.JsonInvalidValue, "$.unions[1].programmes[0].term", "A term is numbered by its congress, 1 or more; found 0." },
        { "a programme declaring no item", d => NgheAn(d)["programmes"]![0]!["declaredCount"] = 0, RuleCodes.JsonInvalidValue, "$.unions[1].programmes[0].declaredCount", "A declared count counts the items, 1 or more; found 0." },
        { "a task numbered 0", d => NgheAn(d)["programmes"]![0]!["tasks"]![0]!["number"] = 0, RuleCodes.JsonInvalidValue, "$.unions[1].programmes[0].tasks[0].number", "A task is numbered, 1 or more; found 0." },
        { "a plan of term 0", d => NgheAn(d)["plans"]![1]!["term"] = 0, RuleCodes.JsonInvalidValue, "$.unions[1].plans[1].term", "A term is numbered by its congress, 1 or more; found 0." },
        { "a one-off plan with a last year", d => NgheAn(d)["plans"]![1]!["lastYear"] = 2029, RuleCodes.JsonInvalidValue, "$.unions[1].plans[1].lastYear", "'lastYear' belongs to an annual plan; a one-off plan has 'due'." },
        { "a one-off plan due each year", d => NgheAn(d)["plans"]![1]!["dueEachYear"] = "12-15", RuleCodes.JsonInvalidValue, "$.unions[1].plans[1].dueEachYear", "'dueEachYear' belongs to an annual plan; a one-off plan has 'due'." },
        { "an annual plan with a due day", d => NgheAn(d)["plans"]![0]!["due"] = "2025-06-30", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].due", "'due' belongs to a one-off plan; an annual plan has 'dueEachYear' and 'lastYear'." },
        { "a days-back window at its limit and beyond", d => d["exchangeRates"]!["daysBack"] = 3661, RuleCodes.JsonInvalidValue, "$.exchangeRates.daysBack", string.Empty },
    };

    private static JsonObject Summary(JsonObject document) => document["aid"]!["transactions"]![SummaryIndex]!["summary"]!.AsObject();

    private const int SummaryIndex = 3;

    [Theory]
    [MemberData(nameof(Edits))]
    public void Each_refusal_says_what_is_wrong_and_where(string what, Action<JsonObject> edit, string code, string path, string message)
    {
        var violation = Refused(edit, code);
        Assert.True(path == violation.Path, $"{what}: {violation}");
        if (message.Length > 0)
        {
            Assert.Equal(message, violation.Message);
        }
    }

    public static TheoryData<string, Action<JsonObject>, string, string> Values => new()
    {
        { "an id given as a number", d => d["people"]![0]!["id"] = 5, "$.people[0].id", "Expected a string (an id such as nghe-an), found Number." },
        { "an id with capitals and spaces", d => d["people"]![0]!["id"] = "Bad Id", "$.people[0].id", "'Bad Id' is not an id: use lower-case letters and digits in hyphen-separated words, at most 64 characters." },
        { "a founding in month 13", d => NgheAn(d)["founded"] = "1988-13", "$.unions[1].founded", "'1988-13' is not a date (yyyy, yyyy-MM or yyyy-MM-dd): " },
        { "a partial date given as a number", d => NgheAn(d)["founded"] = 1988, "$.unions[1].founded", "Expected a string (a date as yyyy, yyyy-MM or yyyy-MM-dd), found Number." },
        { "a lower-case country", d => d["aid"]!["parties"]![0]!["country"] = "kr", "$.aid.parties[0].country", "'kr' is not an ISO 3166-1 alpha-2 country code (two upper-case letters)." },
        { "a country given as a number", d => d["aid"]!["parties"]![0]!["country"] = 84, "$.aid.parties[0].country", "Expected a string (an ISO 3166-1 alpha-2 code such as KR), found Number." },
        { "an annual day that does not exist", d => NgheAn(d)["plans"]![0]!["dueEachYear"] = "13-40", "$.unions[1].plans[0].dueEachYear", "'13-40' is not a day of the year: write MM-dd, such as 12-15." },
        { "a currency partly in lower case", d => d["aid"]!["transactions"]![0]!["value"]!["currency"] = "USd", "$.aid.transactions[0].value.currency", "'USd' is not an ISO 4217 currency code: three upper-case letters." },
        { "an entry id starting with a dash", d => d["aid"]!["transactions"]![0]!["id"] = "-r1", "$.aid.transactions[0].id", "'-r1' is not a transaction id: use 1 to 64 ASCII letters, digits and the marks . _ : -, starting with a letter or digit." },
        { "an entry on 30 February", d => d["aid"]!["transactions"]![0]!["date"] = "2024-02-30", "$.aid.transactions[0].date", "'2024-02-30' is not a date: write yyyy-MM-dd, a day that exists in the years 0001–9999." },
        { "an entry date given as a number", d => d["aid"]!["transactions"]![0]!["date"] = 20240501, "$.aid.transactions[0].date", "Expected a string (a date as yyyy-MM-dd), found Number." },
        { "a symbol with a foreign issuer", d => d["documents"]![0]!["symbol"] = "12-CT/日本", "$.documents[0].symbol", "'12-CT/日本' is not a document symbol: " },
        { "a symbol given as a number", d => d["documents"]![0]!["symbol"] = 12, "$.documents[0].symbol", "Expected a string (a document symbol such as 12-CT/TW or 80/2020/NĐ-CP), found Number." },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_that_is_not_of_its_form_is_told_with_the_form_it_takes(string what, Action<JsonObject> edit, string path, string message)
    {
        var document = Complete();
        edit(document);
        var violation = Assert.Single(JsonText.TryRead(document.ToJsonString(), Today).Violations);
        Assert.True(path == violation.Path && violation.Code == RuleCodes.JsonInvalidValue, $"{what}: {violation}");
        Assert.StartsWith(message, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_member_newer_than_the_declared_version_is_named_at_its_path()
    {
        var document = Complete();
        document["schemaVersion"] = 1;
        var refused = JsonText.TryRead(document.ToJsonString(), Today).Violations.Where(v => v.Code == RuleCodes.JsonSchemaVersion).ToArray();
        Assert.Equal("'bodies' belongs to schema version 2; this document declares version 1.", refused.Single(v => v.Path == "$.unions[1].bodies").Message);
        Assert.Equal("'plans' belongs to schema version 3; this document declares version 1.", refused.Single(v => v.Path == "$.unions[1].plans").Message);
        var paths = refused.Select(v => v.Path!).ToArray();
        Assert.Equal(["$.people", "$.documents", "$.exchangeRates", "$.aid", "$.provinces", "$.people[0].birthDate", "$.people[0].deathDate", "$.people[0].otherNames", "$.people[0].identifiers", "$.people[0].links", "$.people[0].affiliations", "$.unions[1].bodies", "$.unions[1].leadership", "$.unions[1].programmes", "$.unions[1].plans", "$.unions[1].foundedClaims", "$.unions[1].recordedTo", "$.unions[1].provinces", "$.unions[1].foundedClaims[0].link", "$.unions[2].leadership", "$.unions[2].succession.decision", "$.unions[2].leadership[0].decision", "$.unions[2].leadership[0].term", "$.unions[2].leadership[0].facts[0].kind"], paths);
        Assert.Equal("'otherNames' belongs to schema version 5; this document declares version 1.", refused.Single(v => v.Path == "$.people[0].otherNames").Message);
    }

    [Fact]
    public void The_days_back_window_is_at_most_its_maximum()
    {
        var document = Complete();
        document["exchangeRates"]!["daysBack"] = RatePolicy.MaxDaysBack;
        Assert.True(JsonText.TryRead(document.ToJsonString(), Today).Success);
        document["exchangeRates"]!["daysBack"] = 0;
        var exact = JsonText.TryRead(document.ToJsonString(), Today).Dataset!;
        Assert.Equal(RatePolicy.ExactDate, exact.Rates.Policy);
        document["exchangeRates"]!["daysBack"] = 30;
        Assert.Equal(RatePolicy.LatestWithin(30), JsonText.TryRead(document.ToJsonString(), Today).Dataset!.Rates.Policy);
    }

    [Fact]
    public void A_null_document_and_members_of_the_wrong_type_are_told_in_the_formats_words()
    {
        var nothing = Refused("null", RuleCodes.JsonMalformed);
        Assert.Equal(("The document is null: expected an object.", "$"), (nothing.Message, nothing.Path));

        var document = Complete();
        document["description"] = 5;
        var text = Refused(document.ToJsonString(), RuleCodes.JsonMalformed);
        Assert.DoesNotContain("System.", text.Message, StringComparison.Ordinal);
        Assert.Equal("$.description", text.Path);

        document = Complete();
        NgheAn(document)["congresses"]![0]!["ordinal"] = "five";
        var number = JsonText.TryRead(document.ToJsonString(), Today).Violations.Single();
        Assert.Contains("whole number", number.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", number.Message, StringComparison.Ordinal);
        Assert.Equal("$.unions[1].congresses[0].ordinal", number.Path);
    }

    [Fact]
    public void What_the_writer_leaves_empty_it_leaves_out()
    {
        var dataset = JsonText.TryRead("""{"schemaVersion": 4, "unions": []}""", Today).Dataset!;
        var json = DatasetJson.Write(dataset);
        foreach (var member in new[] { "\"people\"", "\"documents\"", "\"exchangeRates\"", "\"aid\"" })
        {
            Assert.DoesNotContain(member, json, StringComparison.Ordinal);
        }

        dataset.Aid.RegisterParty(new Party(PartyId.Parse("donor"), "Donor", PartyKind.ForeignNgo, CountryCode.Parse("GB")));
        json = DatasetJson.Write(dataset);
        Assert.Contains("\"parties\"", json, StringComparison.Ordinal);
        foreach (var member in new[] { "\"activities\"", "\"transactions\"", "\"closedBooks\"", "\"exchangeRates\"" })
        {
            Assert.DoesNotContain(member, json, StringComparison.Ordinal);
        }

        dataset = JsonText.TryRead(Complete().ToJsonString(), Today).Dataset!;
        dataset.Aid.ProposeActivity(new AidActivity(ActivityId.Parse("bare"), UnionId.Parse("nghe-an"), "Bare", AidKind.Project, Currency.Usd, new LocalDate(2024, 1, 1)), Today);
        var bare = JsonNode.Parse(DatasetJson.Write(dataset))!["aid"]!["activities"]!.AsArray().Single(a => (string)a!["id"]! == "bare")!.AsObject();
        Assert.Equal(["id", "union", "title", "kind", "currency", "proposed"], bare.Select(m => m.Key));
    }

    [Fact]
    public void Closed_books_are_written_in_the_order_of_the_unions_ids()
    {
        var document = Complete();
        document["aid"]!["closedBooks"] = new JsonArray();
        var dataset = JsonText.TryRead(document.ToJsonString(), Today).Dataset!;
        dataset.Aid.CloseBooks(UnionId.Parse("vufo"), new LocalDate(2023, 12, 31), Today);
        dataset.Aid.CloseBooks(UnionId.Parse("an-giang"), new LocalDate(2023, 12, 31), Today);
        var closed = JsonNode.Parse(DatasetJson.Write(dataset))!["aid"]!["closedBooks"]!.AsArray().Select(c => (string)c!["union"]!).ToArray();
        Assert.Equal(["an-giang", "vufo"], closed);
    }
}
