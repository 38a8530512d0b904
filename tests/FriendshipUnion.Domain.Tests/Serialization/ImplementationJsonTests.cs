using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;
using FriendshipUnion.Domain.Tests.Support;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>Documents, work programmes, plans and reports in the dataset format (schema version 3).</summary>
public sealed class ImplementationJsonTests
{
    private const string Valid = """
        {
          "schemaVersion": 3,
          "documents": [
            { "symbol": "12-CT/TW", "issuedBy": "Secretariat", "issued": "2022-01-05", "titleEn": "People-to-people diplomacy" },
            { "symbol": "45/2010/NĐ-CP", "issuedBy": "Government", "issued": "2010", "inForceTo": "2024-11-25" },
            { "symbol": "126/2024/NĐ-CP", "issuedBy": "Government", "issued": "2024", "inForceFrom": "2024-11-26",
              "relations": [ { "kind": "replaces", "target": "45/2010/NĐ-CP" } ] }
          ],
          "unions": [
            { "id": "vufo", "level": "central", "names": [ { "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam", "en": "VUFO" } ], "congresses": [] },
            { "id": "nghe-an", "level": "provincial", "parent": "vufo",
              "names": [ { "vi": "Nghệ An", "en": "Nghe An" } ],
              "congresses": [ { "ordinal": 6, "held": "2024-09-17", "termLabel": "2024–2029" } ],
              "programmes": [
                { "term": 6, "itemKind": "keyTask", "declaredCount": 7, "tasks": [
                  { "number": 2, "text": "Implementing directives on people-to-people diplomacy", "carries": [ "12-CT/TW" ] } ] }
              ],
              "plans": [
                { "id": "ct-12", "term": 6, "document": "12-CT/TW", "recurrence": "annual", "adopted": "2024-10", "dueEachYear": "12-15", "lastYear": 2029,
                  "reports": [ { "date": "2025-01-10", "kind": "final", "year": 2024 } ] },
                { "id": "decree-126", "term": 6, "document": "126/2024/NĐ-CP", "recurrence": "once", "adopted": "2024-12-01", "due": "2025-06-30", "spansTerms": true }
              ] }
          ]
        }
        """;

    [Fact]
    public void A_version_3_document_is_read_and_round_trips()
    {
        var dataset = DatasetJson.Read(Valid, Today);

        var ngheAn = dataset.WorkOf(Id("nghe-an"));
        Assert.Equal(3, dataset.Documents.Documents.Count);
        Assert.Equal("126/2024/NĐ-CP", dataset.Documents.ReplacedBy(DocumentSymbol.Parse("45/2010/NĐ-CP"))!.Symbol.ToString());
        Assert.Equal(7, ngheAn.ProgrammeOf(6)!.Count);
        Assert.Equal(new AnnualDate(12, 15), ngheAn.FindPlan(PlanId.Parse("ct-12"))!.Schedule.DueEachYear);
        Assert.True(ngheAn.FindPlan(PlanId.Parse("decree-126"))!.SpansTerms);
        Assert.Equal(PlanStatus.Overdue, ngheAn.FindPlan(PlanId.Parse("ct-12"))!.StatusOn(new LocalDate(2024, 12, 20)));
        Assert.Equal(PlanStatus.InProgress, ngheAn.FindPlan(PlanId.Parse("ct-12"))!.StatusOn(new LocalDate(2025, 1, 10)));

        var written = DatasetJson.Write(dataset);
        Assert.True(Same.Dataset(DatasetJson.Read(written, Today), dataset));
        Assert.Contains("\"symbol\": \"126/2024/NĐ-CP\"", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"document\": \"12-CT/TW\"", "\"document\": \"12-ct/tw\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].document")]
    [InlineData("\"carries\": [ \"12-CT/TW\" ]", "\"carries\": [ \"12/TW\" ]", RuleCodes.JsonInvalidValue, "$.unions[1].programmes[0].tasks[0].carries[0]")]
    [InlineData("\"dueEachYear\": \"12-15\"", "\"dueEachYear\": \"13-40\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].dueEachYear")]
    [InlineData("\"recurrence\": \"once\"", "\"recurrence\": \"weekly\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[1].recurrence")]
    [InlineData("\"recurrence\": \"annual\"", "\"recurrence\": \"once\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].dueEachYear")]
    [InlineData("\"due\": \"2025-06-30\"", "\"due\": \"2025-06-30\", \"dueEachYear\": \"06-30\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[1].dueEachYear")]
    [InlineData("\"recurrence\": \"once\"", "\"recurrence\": \"annual\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[1].due")]
    [InlineData("\"number\": 2", "\"number\": 0", RuleCodes.JsonInvalidValue, "$.unions[1].programmes[0].tasks[0].number")]
    [InlineData("\"id\": \"ct-12\"", "\"id\": \"CT 12\"", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].id")]
    [InlineData("\"lastYear\": 2029", "\"lastYear\": 1800", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].lastYear")]
    [InlineData("\"year\": 2024", "\"year\": -5", RuleCodes.JsonInvalidValue, "$.unions[1].plans[0].reports[0]")]
    [InlineData("\"target\": \"45/2010/NĐ-CP\"", "\"target\": \"46/2010/NĐ-CP\"", RuleCodes.DocumentRelationTarget, "$.documents[2].relations[0].target")]
    [InlineData("\"carries\": [ \"12-CT/TW\" ]", "\"carries\": [ \"13-CT/TW\" ]", RuleCodes.DocumentExists, "$.unions[1].programmes[0].tasks[0].carries[0]")]
    [InlineData("\"adopted\": \"2024-12-01\"", "\"adopted\": \"2024-10-01\"", RuleCodes.PlanDocumentInForce, "$.unions[1].plans[1].document")]
    [InlineData("\"date\": \"2025-01-10\"", "\"date\": \"2024-09-30\"", RuleCodes.PlanReportAfterPlan, "$.unions[1].plans[0].reports[0].date")]
    public void Invalid_values_and_broken_rules_are_refused_with_their_path(string find, string replace, string code, string path)
    {
        var result = JsonText.TryRead(ReplaceOnce(Valid, find, replace), Today);

        Assert.False(result.Success);
        Assert.Contains(result.Violations, v => v.Code == code && v.Path == path);
    }

    [Fact]
    public void Broken_document_rules_are_reported_with_other_errors_at_once()
    {
        var json = ReplaceOnce(ReplaceOnce(Valid, "\"target\": \"45/2010/NĐ-CP\"", "\"target\": \"46/2010/NĐ-CP\""), "\"names\": [ { \"vi\": \"Nghệ An\"", "\"names\": [ { \"vi\": \" \"");

        var codes = JsonText.TryRead(json, Today).Violations.Select(v => v.Code).ToArray();

        Assert.Contains(RuleCodes.DocumentRelationTarget, codes);
        Assert.Contains(RuleCodes.JsonInvalidValue, codes);
    }

    [Fact]
    public void A_non_canonical_symbol_is_refused_with_the_canonical_spelling()
    {
        var result = JsonText.TryRead(ReplaceOnce(Valid, "\"symbol\": \"12-CT/TW\"", "\"symbol\": \"12-CT / TW\""), Today);

        var violation = Assert.Single(result.Violations);
        Assert.Equal((RuleCodes.JsonInvalidValue, "$.documents[0].symbol"), (violation.Code, violation.Path));
        Assert.Contains("write '12-CT/TW'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_2_document_cannot_hold_what_version_3_added()
    {
        var result = JsonText.TryRead(ReplaceOnce(Valid, "\"schemaVersion\": 3", "\"schemaVersion\": 2"), Today);

        string[] expected = ["$.documents", "$.unions[1].programmes", "$.unions[1].plans"];
        Assert.Equal(expected, result.Violations.Where(v => v.Code == RuleCodes.JsonSchemaVersion).Select(v => v.Path ?? string.Empty).ToArray());
    }
}
