using System.Globalization;
using System.Text.Json;
using FriendshipUnion.Domain.Committees;

namespace FriendshipUnion.Domain.Popolo;

/// <summary>The persons' affiliations as Popolo writes them: an organization for each organization named (by name
/// and classification; one on whose behalf a person sat is found by name), a post for each post named, a membership
/// for each affiliation. Ids: <c>organization/SLUG</c>, <c>post/organization/SLUG/SLUG</c>,
/// <c>membership/affiliation/N</c>.</summary>
internal sealed class PopoloAffiliations
{
    private readonly List<(string Id, string Name, string? Classification)> organizations = [];
    private readonly List<(string Id, string Label, string Organization)> posts = [];
    private readonly List<(PersonId Person, PersonAffiliation Affiliation, string Organization, string? Post, string? OnBehalfOf)> memberships = [];

    public PopoloAffiliations(IEnumerable<Person> people)
    {
        foreach (var person in people)
        {
            foreach (var affiliation in person.Affiliations)
            {
                var organization = Organization(affiliation.Organization, affiliation.Classification, byNameOnly: false);
                var post = affiliation.Post is { } label ? Post(organization, label) : null;
                var behalf = affiliation.OnBehalfOf is { } party ? Organization(party, null, byNameOnly: true) : null;
                memberships.Add((person.Id, affiliation, organization, post, behalf));
            }
        }
    }

    public int Organizations => organizations.Count;

    public int Posts => posts.Count;

    public int Memberships => memberships.Count;

    public void WriteOrganizations(Utf8JsonWriter json)
    {
        foreach (var (id, name, classification) in organizations)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            if (classification is not null)
            {
                json.WriteString("classification", classification);
            }

            json.WriteEndObject();
        }
    }

    public void WritePosts(Utf8JsonWriter json)
    {
        foreach (var (id, label, organization) in posts)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("label", label);
            json.WriteString("organization_id", organization);
            json.WriteEndObject();
        }
    }

    public void WriteMemberships(Utf8JsonWriter json)
    {
        for (var i = 0; i < memberships.Count; i++)
        {
            var (person, affiliation, organization, post, behalf) = memberships[i];
            json.WriteStartObject();
            json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"membership/affiliation/{i + 1}"));
            json.WriteString("person_id", PopoloJson.PersonOrgId(person));
            json.WriteString("organization_id", organization);
            Optional(json, "post_id", post);
            Optional(json, "on_behalf_of_id", behalf);
            Optional(json, "role", affiliation.Role);
            PopoloJson.WriteDate(json, "start_date", affiliation.From);
            PopoloJson.WriteDate(json, "end_date", affiliation.To);
            json.WriteEndObject();
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    // The id of the organization of that name and classification (or, by name only, of any classification), made
    // when first named; ids stay distinct when slugs meet.
    private string Organization(string name, string? classification, bool byNameOnly)
    {
        var found = organizations.FindIndex(o => o.Name == name && (byNameOnly || o.Classification == classification));
        if (found >= 0)
        {
            return organizations[found].Id;
        }

        var id = Unique("organization/" + SlugId.Make(name), id => organizations.Exists(o => o.Id == id));
        organizations.Add((id, name, classification));
        return id;
    }

    private string Post(string organization, string label)
    {
        var found = posts.FindIndex(p => p.Organization == organization && p.Label == label);
        if (found >= 0)
        {
            return posts[found].Id;
        }

        var id = Unique($"post/{organization}/{SlugId.Make(label)}", id => posts.Exists(p => p.Id == id));
        posts.Add((id, label, organization));
        return id;
    }

    private static string Unique(string id, Func<string, bool> taken)
    {
        var candidate = id;
        for (var n = 2; taken(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return candidate;
    }
}
