using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;
using FriendshipUnion.Domain.Tests.Support;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>People, bodies and leadership history in the dataset format (schema version 2), and version 1 documents
/// still read.</summary>
public sealed class LeadershipJsonTests
{
    private const string Valid = """
        {
          "schemaVersion": 2,
          "people": [
            { "id": "hoang-nghia-hieu", "name": "Hoàng Nghĩa Hiếu", "asciiName": "Hoang Nghia Hieu" },
            { "id": "nguyen-van-thong", "name": "Nguyễn Văn Thông" }
          ],
          "unions": [
            { "id": "vufo", "level": "central", "names": [ { "vi": "Liên hiệp các tổ chức hữu nghị Việt Nam", "en": "VUFO" } ], "congresses": [] },
            { "id": "nghe-an", "level": "provincial", "parent": "vufo", "founded": "1988-07-18",
              "names": [ { "vi": "Nghệ An", "en": "Nghe An" } ],
              "congresses": [
                { "ordinal": 5, "held": "2019-05-14", "termLabel": "2019–2024" },
                { "ordinal": 6, "held": "2024-09-17", "termLabel": "2024–2029" }
              ],
              "bodies": [ { "term": 6, "kind": "executiveCommittee", "declaredSize": 37 } ],
              "leadership": [
                { "term": 5, "date": "2019-05-14", "facts": [ { "kind": "electedAtCongress", "person": "nguyen-van-thong", "office": "president" } ] },
                { "term": 6, "date": "2024-09-17", "facts": [
                  { "kind": "electedAtCongress", "person": "hoang-nghia-hieu", "office": "executiveCommitteeMember" },
                  { "kind": "electedAtCongress", "person": "hoang-nghia-hieu", "office": "president" } ] }
              ] }
          ]
        }
        """;

    private static readonly LocalDate On = new(2024, 10, 1);

    [Fact]
    public void A_version_2_document_is_read_with_its_people_bodies_and_history()
    {
        var dataset = DatasetJson.Read(Valid, Today);

        var ngheAn = dataset.LeadershipOf(Id("nghe-an"));
        Assert.Equal("37 seats, 1 recorded", ngheAn.RosterOn(BodyKind.ExecutiveCommittee, On).Summary);
        Assert.Equal("Hoàng Nghĩa Hiếu", dataset.People.NameOf(ngheAn.HolderOn(Office.President, On).Value!.Person));
        Assert.Equal(2, dataset.RecordOf(Person("hoang-nghia-hieu")).Count);
    }

    [Fact]
    public void A_version_2_document_is_read_and_written_back_at_the_current_version()
    {
        var dataset = DatasetJson.Read(Valid, Today);

        var reread = DatasetJson.Read(DatasetJson.Write(dataset), Today);

        Assert.True(Same.Dataset(reread, dataset));
        Assert.Contains($"\"schemaVersion\": {DatasetJson.CurrentSchemaVersion}", DatasetJson.Write(dataset), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"office\": \"president\" } ] }", "\"office\": \"chairman\" } ] }", RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].facts[0].office")]
    [InlineData("\"person\": \"nguyen-van-thong\", \"office\": \"president\"", "\"person\": \"nguyen-van-thong\"", RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].facts[0]")]
    [InlineData("\"person\": \"nguyen-van-thong\"", "\"person\": \"Nguyen Van Thong\"", RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].facts[0].person")]
    [InlineData("\"date\": \"2019-05-14\"", "\"date\": \"14/05/2019\"", RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].date")]
    [InlineData("\"declaredSize\": 37", "\"declaredSize\": 0", RuleCodes.JsonInvalidValue, "$.unions[1].bodies[0]")]
    [InlineData("\"term\": 5, \"date\"", "\"term\": -1, \"date\"", RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].term")]
    [InlineData("\"facts\": [ { \"kind\": \"electedAtCongress\", \"person\": \"nguyen-van-thong\", \"office\": \"president\" } ]", "\"facts\": []", RuleCodes.JsonInvalidValue, "$.unions[1].leadership[0].facts")]
    [InlineData("\"asciiName\": \"Hoang Nghia Hieu\"", "\"asciiName\": \"Hoàng\"", RuleCodes.JsonInvalidValue, "$.people[0]")]
    public void Invalid_leadership_values_are_refused_with_their_path(string find, string replace, string code, string path)
    {
        var result = JsonText.TryRead(Replace(find, replace), Today);

        var violation = Assert.Single(result.Violations);
        Assert.Equal((code, path), (violation.Code, violation.Path));
    }

    [Theory]
    [InlineData("{ \"id\": \"nguyen-van-thong\", \"name\": \"Nguyễn Văn Thông\" }", "{ \"id\": \"hoang-nghia-hieu\", \"name\": \"Nguyễn Văn Thông\" }", RuleCodes.PersonUniqueId, "$.people[1].id")]
    [InlineData("\"person\": \"nguyen-van-thong\"", "\"person\": \"nobody\"", RuleCodes.PersonExists, "$.unions[1].leadership[0].facts[0].person")]
    [InlineData("\"term\": 5, \"date\": \"2019-05-14\"", "\"term\": 5, \"date\": \"2019-05-15\"", RuleCodes.MembershipWithinTerm, "$.unions[1].leadership[0].facts[0]")]
    [InlineData("{ \"kind\": \"electedAtCongress\", \"person\": \"hoang-nghia-hieu\", \"office\": \"president\" }", "{ \"kind\": \"resigned\", \"person\": \"hoang-nghia-hieu\", \"office\": \"president\" }", RuleCodes.LeadershipCurrentHolder, "$.unions[1].leadership[1].facts[1]")]
    public void Documents_that_break_a_leadership_rule_are_refused_with_code_and_path(string find, string replace, string code, string path)
    {
        var result = JsonText.TryRead(Replace(find, replace), Today);

        Assert.False(result.Success);
        Assert.Contains(result.Violations, v => v.Code == code && v.Path == path);
    }

    [Fact]
    public void More_recorded_members_than_declared_seats_are_refused_at_the_change_that_records_them()
    {
        var json = Replace("\"declaredSize\": 37", "\"declaredSize\": 1").Replace(
            "{ \"kind\": \"electedAtCongress\", \"person\": \"hoang-nghia-hieu\", \"office\": \"president\" }",
            "{ \"kind\": \"electedAtCongress\", \"person\": \"nguyen-van-thong\", \"office\": \"executiveCommitteeMember\" }",
            StringComparison.Ordinal);

        var violation = Assert.Single(JsonText.TryRead(json, Today).Violations);

        Assert.Equal((RuleCodes.CommitteeDeclaredSize, "$.unions[1].leadership[1]"), (violation.Code, violation.Path));
    }

    [Theory]
    [InlineData("\"schemaVersion\": 2", "\"schemaVersion\": 1", RuleCodes.JsonSchemaVersion, "$.people")]
    public void A_version_1_document_cannot_hold_what_version_2_added(string find, string replace, string code, string path)
    {
        var result = JsonText.TryRead(Replace(find, replace), Today);

        Assert.Contains(result.Violations, v => v.Code == code && v.Path == path);
        Assert.Contains(result.Violations, v => v.Code == code && v.Path == "$.unions[1].bodies");
        Assert.Contains(result.Violations, v => v.Code == code && v.Path == "$.unions[1].leadership");
    }

    private static string Replace(string find, string replace) => ReplaceOnce(Valid, find, replace);
}
