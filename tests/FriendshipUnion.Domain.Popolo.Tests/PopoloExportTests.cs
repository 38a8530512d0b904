using System.Text.Json;
using System.Text.RegularExpressions;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Data;
using NodaTime;

namespace FriendshipUnion.Domain.Popolo.Tests;

/// <summary>The Popolo export: shape, links between items, dates in Popolo's pattern, and the leadership it carries.</summary>
public sealed partial class PopoloExportTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}){0,2}$")]
    private static partial Regex PopoloDate();

    private static JsonElement Export(UnionId? union, out PopoloExport export)
    {
        using var stream = new MemoryStream();
        export = PopoloJson.Write(DefaultDataset.Load(Today), stream, union);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static JsonElement[] Items(JsonElement root, string collection) => [.. root.GetProperty(collection).EnumerateArray()];

    private static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Fact]
    public void Every_link_names_an_item_of_the_file_and_every_id_is_unique()
    {
        var root = Export(null, out var export);
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var collection in new[] { "persons", "organizations", "posts", "memberships", "events" })
        {
            var list = Items(root, collection).Select(i => Text(i, "id")!).ToList();
            Assert.Equal(list.Count, list.Distinct().Count());
            ids[collection] = [.. list];
        }

        Assert.Equal((export.Persons, export.Organizations, export.Posts, export.Memberships, export.Events), (ids["persons"].Count, ids["organizations"].Count, ids["posts"].Count, ids["memberships"].Count, ids["events"].Count));
        foreach (var membership in Items(root, "memberships"))
        {
            Assert.Contains(Text(membership, "person_id")!, ids["persons"]);
            Assert.Contains(Text(membership, "organization_id")!, ids["organizations"]);
            Assert.Contains(Text(membership, "post_id")!, ids["posts"]);
            // Only term 0, the interim before the first congress on record, has no event.
            if (Text(membership, "legislative_period_id") is { } period)
            {
                Assert.Contains(period, ids["events"]);
            }
            else
            {
                Assert.Equal("attested", Text(membership.GetProperty("extras"), "start"));
            }
            if (Text(membership, "elected_at_id") is { } congress)
            {
                Assert.Contains(congress, ids["events"]);
            }
        }

        Assert.All(Items(root, "posts"), p => Assert.Contains(Text(p, "organization_id")!, ids["organizations"]));
        Assert.All(Items(root, "events"), e => Assert.Contains(Text(e, "organization_id")!, ids["organizations"]));
        Assert.All(Items(root, "organizations").Where(o => Text(o, "parent_id") is not null), o => Assert.Contains(Text(o, "parent_id")!, ids["organizations"]));
    }

    [Fact]
    public void Dates_follow_Popolos_pattern_at_the_precision_known()
    {
        var root = Export(null, out _);
        var dates = new[] { "persons", "organizations", "posts", "memberships", "events" }
            .SelectMany(c => Items(root, c))
            .SelectMany(i => i.EnumerateObject().Where(p => p.Name.EndsWith("_date", StringComparison.Ordinal)).Select(p => p.Value.GetString()!))
            .ToArray();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(PopoloDate(), d));
        Assert.Contains(dates, d => d.Length < 10); // a date not known to the day is not written as a day
        var edtf = new[] { "memberships", "events" }.SelectMany(c => Items(root, c))
            .SelectMany(i => i.EnumerateObject().Where(p => p.Name.EndsWith("_date_edtf", StringComparison.Ordinal)).Select(p => p.Value.GetString()!))
            .ToArray();
        Assert.Contains("2013-12-30?", edtf); // the 5th National Congress: December 2013, probably the 30th
        Assert.Contains("2023-07-11/2023-09-14", edtf); // Phan Anh Sơn President from a day of that range
    }

    [Fact]
    public void A_range_or_a_qualified_date_is_written_as_Popolo_can_and_whole_beside_it()
    {
        var root = Export(UnionId.Parse("vufo"), out _);
        var son = Items(root, "memberships").Single(m => Text(m, "person_id") == "person/phan-anh-son" && Text(m, "role") == "President");
        Assert.Equal(("2023", "2023-07-11/2023-09-14"), (Text(son, "start_date"), Text(son, "start_date_edtf")));
        var congress = Items(root, "events").Single(e => Text(e, "id") == "congress/vufo/5");
        Assert.Equal(("2013-12-30", "2013-12-30?"), (Text(congress, "start_date"), Text(congress, "start_date_edtf")));
    }

    [Fact]
    public void Each_tenure_is_a_membership_with_its_post_role_dates_and_term()
    {
        var dataset = DefaultDataset.Load(Today);
        var vufo = UnionId.Parse("vufo");
        var root = Export(vufo, out var export);
        var tenures = dataset.LeadershipOf(vufo).Tenures;
        var memberships = Items(root, "memberships").ToArray();
        Assert.Equal(tenures.Count, memberships.Length);
        for (var i = 0; i < tenures.Count; i++)
        {
            var tenure = tenures[i];
            Assert.Equal("person/" + tenure.Person.Value, Text(memberships[i], "person_id"));
            Assert.Equal(Offices.Title(tenure.Office), Text(memberships[i], "role"));
            Assert.Equal(tenure.From.ToString(), Text(memberships[i], "start_date_edtf") ?? Text(memberships[i], "start_date"));
            Assert.Equal(tenure.To?.ToString(), Text(memberships[i], "end_date_edtf") ?? Text(memberships[i], "end_date"));
            Assert.Equal($"term/vufo/{tenure.Term}", Text(memberships[i], "legislative_period_id"));
        }

        var president = Assert.Single(Items(root, "posts"), p => Text(p, "id") == "post/vufo/president");
        Assert.Equal(1, president.GetProperty("maximum_memberships").GetInt32());
        var person = Items(root, "persons").First();
        Assert.Contains(person.GetProperty("other_names").EnumerateArray(), n => Text(n, "lang") == "vi");
        Assert.Equal(export.Persons, tenures.Select(t => t.Person).Distinct().Count());
    }

    [Fact]
    public void A_union_has_its_names_by_date_in_both_languages_and_its_founding()
    {
        var dataset = DefaultDataset.Load(Today);
        var ngheAn = dataset.Find(UnionId.Parse("nghe-an"))!;
        var root = Export(ngheAn.Id, out _);
        var union = Assert.Single(Items(root, "organizations"), o => Text(o, "id") == "union/nghe-an");
        Assert.Equal(ngheAn.Name.Vietnamese, Text(union, "name"));
        Assert.Equal(ngheAn.Founded?.ToString(), Text(union, "founding_date"));
        var names = union.GetProperty("other_names").EnumerateArray().ToArray();
        Assert.Equal(ngheAn.Names.Count * 2, names.Length);
        Assert.Contains(names, n => Text(n, "lang") == "en" && Text(n, "name") == ngheAn.Name.English);
        Assert.Throws<KeyNotFoundException>(() => PopoloJson.Write(dataset, new MemoryStream(), UnionId.Parse("ha-noi")));
    }
}
