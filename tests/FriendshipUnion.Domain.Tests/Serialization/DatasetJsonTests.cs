using System.Text;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>The JSON reader against hostile input: every failure names its rule code and JSON path, and nothing is
/// materialised.</summary>
public sealed class DatasetJsonTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "unions": [
            { "id": "vufo", "level": "central", "names": [ { "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam", "en": "VUFO" } ], "congresses": [] },
            { "id": "nghe-an", "level": "provincial", "parent": "vufo", "founded": "1988-07-18",
              "names": [ { "vi": "Nghệ An", "en": "Nghe An" } ],
              "congresses": [
                { "ordinal": 5, "held": "2019-05-14", "termLabel": "2019–2024" },
                { "ordinal": 6, "held": "2024-09-17", "termLabel": "2024–2029" }
              ] }
          ]
        }
        """;

    [Fact]
    public void A_valid_document_is_read()
    {
        var result = JsonText.TryRead(Valid, Today);

        Assert.True(result.Success, string.Join("; ", result.Violations));
        Assert.Equal(2, result.Dataset!.Find(Id("nghe-an"))!.Terms.Count);
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "schemaVersion": 1, "unions": []}""", RuleCodes.JsonMalformed, "$")]
    [InlineData("""{"schemaVersion": 1, "unions": [], "extra": true}""", RuleCodes.JsonMalformed, "$")]
    [InlineData("""{"schemaVersion": 1}""", RuleCodes.JsonMalformed, "$")]
    [InlineData("""{"schemaVersion": 1, "unions": null}""", RuleCodes.JsonMalformed, "$.unions")]
    [InlineData("""{"schemaVersion": 1, "unions": [null]}""", RuleCodes.JsonMalformed, "$.unions[0]")]
    [InlineData("""{"schemaVersion": 7, "unions": []}""", RuleCodes.JsonSchemaVersion, "$.schemaVersion")]
    [InlineData("""{"schemaVersion": 1, "people": [], "unions": []}""", RuleCodes.JsonSchemaVersion, "$.people")]
    [InlineData("""{"schemaVersion": 1, "unions": [""", RuleCodes.JsonMalformed, "$.unions")]
    [InlineData("""not json""", RuleCodes.JsonMalformed, "$")]
    [InlineData("""[]""", RuleCodes.JsonMalformed, "$")]
    [InlineData("""null""", RuleCodes.JsonMalformed, "$")]
    [InlineData("", RuleCodes.JsonMalformed, "$")]
    public void Malformed_documents_are_refused_with_a_code_and_path(string json, string code, string path)
    {
        var result = JsonText.TryRead(json, Today);

        Assert.False(result.Success);
        Assert.Null(result.Dataset);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(code, violation.Code);
        Assert.StartsWith(path, violation.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": \"2024-09-31\"", RuleCodes.JsonInvalidValue, "$.unions[1].congresses[1].held")]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": 20240917", RuleCodes.JsonInvalidValue, "$.unions[1].congresses[1].held")]
    [InlineData("\"founded\": \"1988-07-18\"", "\"founded\": \"18/07/1988\"", RuleCodes.JsonInvalidValue, "$.unions[1].founded")]
    [InlineData("\"id\": \"nghe-an\"", "\"id\": \"Nghe An\"", RuleCodes.JsonInvalidValue, "$.unions[1].id")]
    [InlineData("\"level\": \"provincial\"", "\"level\": \"district\"", RuleCodes.JsonInvalidValue, "$.unions[1].level")]
    [InlineData("\"level\": \"provincial\"", "\"level\": 1", RuleCodes.JsonInvalidValue, "$.unions[1].level")]
    [InlineData("\"level\": \"provincial\"", "\"level\": \"Provincial\"", RuleCodes.JsonInvalidValue, "$.unions[1].level")]
    [InlineData("\"level\": \"provincial\"", "\"level\": \"PROVINCIAL\"", RuleCodes.JsonInvalidValue, "$.unions[1].level")]
    [InlineData("\"level\": \"provincial\"", "\"level\": \"provincial, central\"", RuleCodes.JsonInvalidValue, "$.unions[1].level")]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": \"0000-09-17\"", RuleCodes.JsonInvalidValue, "$.unions[1].congresses[1].held")]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": \"-0001-09-17\"", RuleCodes.JsonInvalidValue, "$.unions[1].congresses[1].held")]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": \"+2024-09-17\"", RuleCodes.JsonInvalidValue, "$.unions[1].congresses[1].held")]
    [InlineData("\"ordinal\": 5,", "\"ordinal\": 0,", RuleCodes.JsonInvalidValue, "$.unions[1].congresses[0].ordinal")]
    [InlineData("\"termLabel\": \"2019–2024\"", "\"termLabel\": \"2024–2019\"", RuleCodes.TermLabelOrder, "$.unions[1].congresses[0].termLabel")]
    [InlineData("\"termLabel\": \"2019–2024\"", "\"termLabel\": null", RuleCodes.JsonMalformed, "$.unions[1].congresses[0].termLabel")]
    [InlineData("{ \"ordinal\": 5, \"held\": \"2019-05-14\",", "{ \"ordinal\": 5,", RuleCodes.JsonMalformed, "$.unions[1].congresses[0]")]
    [InlineData("\"en\": \"Nghe An\"", "\"en\": \"   \"", RuleCodes.JsonInvalidValue, "$.unions[1].names[0]")]
    [InlineData("\"names\": [ { \"vi\": \"Nghệ An\", \"en\": \"Nghe An\" } ]", "\"names\": []", RuleCodes.JsonInvalidValue, "$.unions[1].names")]
    public void Invalid_values_are_refused_with_their_path(string find, string replace, string code, string path)
    {
        var result = JsonText.TryRead(Replace(find, replace), Today);

        Assert.False(result.Success);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(code, violation.Code);
        Assert.Equal(path, violation.Path);
    }

    [Theory]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": \"2019-01-01\"", RuleCodes.TermNoOverlap, "$.unions[1].congresses[1].held")]
    [InlineData("\"ordinal\": 6", "\"ordinal\": 7", RuleCodes.CongressOrdinalSequence, "$.unions[1].congresses[1].ordinal")]
    [InlineData("\"termLabel\": \"2024–2029\"", "\"termLabel\": \"2024–2030\"", RuleCodes.TermMaxSpan, "$.unions[1].congresses[1].termLabel")]
    [InlineData("\"held\": \"2024-09-17\"", "\"held\": \"2027-01-01\"", RuleCodes.CongressNotInFuture, "$.unions[1].congresses[1].held")]
    [InlineData("\"parent\": \"vufo\"", "\"parent\": \"hanoi\"", RuleCodes.UnionParentExists, "$.unions[1].parent")]
    [InlineData("\"id\": \"nghe-an\"", "\"id\": \"vufo\"", RuleCodes.UnionUniqueId, "$.unions[1].id")]
    public void Documents_that_break_a_domain_rule_are_refused_with_code_and_path(string find, string replace, string code, string path)
    {
        var result = JsonText.TryRead(Replace(find, replace), Today);

        Assert.False(result.Success);
        Assert.Contains(result.Violations, v => v.Code == code && v.Path == path);
        Assert.Throws<RuleViolationException>(() => DatasetJson.Read(Replace(find, replace), Today));
    }

    [Fact]
    public void Every_violation_in_a_document_is_reported_at_once()
    {
        var json = Replace("\"ordinal\": 6", "\"ordinal\": 8").Replace("\"termLabel\": \"2019–2024\"", "\"termLabel\": \"2019–2026\"", StringComparison.Ordinal);

        var result = JsonText.TryRead(json, Today);

        Assert.Equal([RuleCodes.TermMaxSpan, RuleCodes.CongressOrdinalSequence], Codes(result.Violations));
    }

    [Fact]
    public void An_invalid_value_in_one_union_does_not_hide_a_broken_rule_in_another()
    {
        var json = Replace("\"names\": [ { \"vi\": \"Liên hiệp các tổ chức hữu nghị Việt Nam\"", "\"names\": [ { \"vi\": \" \"")
            .Replace("\"ordinal\": 6", "\"ordinal\": 8", StringComparison.Ordinal);

        var result = JsonText.TryRead(json, Today);

        Assert.Equal(
            [(RuleCodes.JsonInvalidValue, "$.unions[0].names[0]"), (RuleCodes.CongressOrdinalSequence, "$.unions[1].congresses[1].ordinal")],
            result.Violations.Select(v => (v.Code, v.Path!)));
    }

    [Fact]
    public void The_default_dataset_round_trips_through_JSON()
    {
        var dataset = DefaultDataset.Load(Today);

        var written = DatasetJson.Write(dataset);
        var reread = DatasetJson.Read(written, Today);

        Assert.True(Same.Dataset(dataset, reread));
        Assert.Equal(written, DatasetJson.Write(reread));
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        Assert.Equal(written, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void An_unknown_congress_date_is_written_as_null_not_omitted()
    {
        var written = DatasetJson.Write(DefaultDataset.Load(Today));

        Assert.Contains("\"held\": null", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_JSON_Schema_matches_the_serializer_contract()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "FriendshipUnion.Domain", "Serialization", "dataset.schema.json");
        var exported = DatasetJson.ExportSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, exported);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_SCHEMA=1 to export it.");
        Assert.True(exported == File.ReadAllText(path), "dataset.schema.json has drifted from the serializer contract; run the tests with UPDATE_SCHEMA=1 and commit the file.");
    }

    [Fact]
    public void The_schema_is_strict_and_describes_the_value_types()
    {
        var schema = DatasetJson.ExportSchema();

        Assert.Contains("\"additionalProperties\": false", schema, StringComparison.Ordinal);
        Assert.Contains("\"required\"", schema, StringComparison.Ordinal);
        Assert.Contains(FriendshipUnion.Domain.Kernel.PartialDatePattern.RegexPattern.Replace("\\", "\\\\", StringComparison.Ordinal), schema, StringComparison.Ordinal);
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", schema, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        // The test assembly runs from bin/<configuration>/<framework> inside the clone; CI builds map source paths
        // (ContinuousIntegrationBuild), so the caller's file path cannot be used.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FriendshipUnion.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    private static string Replace(string find, string replace) => ReplaceOnce(Valid, find, replace);
}
