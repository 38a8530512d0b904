using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;

namespace FriendshipUnion.Domain.Popolo;

/// <summary>What a Popolo export wrote.</summary>
/// <param name="Persons">The persons written.</param>
/// <param name="Organizations">The organizations written: unions and their bodies.</param>
/// <param name="Posts">The posts written.</param>
/// <param name="Memberships">The memberships written, one per tenure.</param>
/// <param name="Events">The events written: congresses and terms.</param>
public sealed record PopoloExport(int Persons, int Organizations, int Posts, int Memberships, int Events);

/// <summary>Writes a dataset's unions and their leadership as Popolo JSON (<see href="https://www.popoloproject.com/"/>),
/// the format of EveryPolitician and Open Civic Data.</summary>
/// <remarks>
/// <para>One JSON object with the arrays <c>persons</c>, <c>organizations</c>, <c>posts</c>, <c>memberships</c> and
/// <c>events</c>, linked by id (<c>person/ID</c>, <c>union/ID</c>, <c>body/UNION/TERM/KIND</c>, <c>post/UNION/OFFICE</c>,
/// <c>membership/UNION/N</c>, <c>congress/UNION/N</c>, <c>term/UNION/N</c>). Dates follow Popolo's pattern
/// (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>): a date known to the month is written to the month.</para>
/// <para>Persons have their Vietnamese name as <c>name</c>, and in <c>other_names</c> the same with <c>lang</c>
/// <c>vi</c>, the ASCII form and their other names in every language; their identifiers, links and partial birth and
/// death dates. Organizations are each union (classification <c>friendship union</c>, its names by
/// date in Vietnamese and English, founding and dissolution dates, parent) and each body a congress elected
/// (<c>executive committee</c>, <c>standing committee</c>, <c>inspection committee</c>, <c>presidium</c>, with the
/// term's dates and its declared size as <c>seats</c>). Posts carry the number of holders the charter allows as Open
/// Civic Data's <c>maximum_memberships</c>. Each tenure is a membership: person, body (or union), post, role, start and
/// end dates, the term as <c>legislative_period_id</c> (as EveryPolitician does) and, when a congress elected the
/// holder, that congress as <c>elected_at_id</c>. Congresses are events of classification <c>congress</c>, terms events
/// of classification <c>legislative period</c>.</para>
/// <para>What Popolo has no member for goes in <c>extras</c> (Open Civic Data's free-form member), so that
/// <see cref="PopoloImporter"/> gives back the same unions: a union's <c>level</c>, <c>tradition_day</c>,
/// <c>succession</c> and <c>successor</c>; a congress's and a term's <c>ordinal</c> and the term's <c>term_label</c>; a
/// tenure's <c>start</c> and <c>end</c> (how it began and ended), its <c>suspensions</c>, and the numbers of the changes
/// of the history that recorded them (<c>start_change</c>, <c>end_change</c>); a source that is not a URL, as
/// <c>source</c>.</para>
/// </remarks>
public static partial class PopoloJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a dataset, or one union of it, as Popolo JSON (UTF-8, no byte-order mark).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="union">The union to write (with the persons who held its offices), or <see langword="null"/> for
    /// every union and every person of the dataset.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no union <paramref name="union"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static PopoloExport Write(UnionDataset dataset, Stream stream, UnionId? union = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        var unions = union is { } only
            ? [dataset.Find(only) ?? throw new KeyNotFoundException($"The dataset has no union '{only}'.")]
            : dataset.Unions.ToArray();
        var leaderships = unions.Select(u => dataset.LeadershipOf(u.Id)).ToArray();
        var people = union is null
            ? dataset.People.People.ToArray()
            : leaderships.SelectMany(l => l.Tenures).Select(t => t.Person).Distinct().Select(id => dataset.People.Find(id)).OfType<Person>().ToArray();
        var affiliations = new PopoloAffiliations(people);
        int organizations = affiliations.Organizations, posts = affiliations.Posts, memberships = affiliations.Memberships, events = 0;

        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();

        json.WriteStartArray("persons");
        foreach (var person in people)
        {
            WritePerson(json, person);
        }

        json.WriteEndArray();

        json.WriteStartArray("organizations");
        for (var i = 0; i < unions.Length; i++)
        {
            organizations++;
            WriteUnion(json, unions[i], dataset);
            foreach (var body in leaderships[i].Bodies)
            {
                organizations++;
                WriteBody(json, unions[i], body);
            }
        }

        affiliations.WriteOrganizations(json);
        json.WriteEndArray();

        json.WriteStartArray("posts");
        foreach (var u in unions)
        {
            foreach (var office in Offices.All.Where(o => leaderships[Array.IndexOf(unions, u)].HistoryOf(o).Count > 0))
            {
                posts++;
                json.WriteStartObject();
                json.WriteString("id", PostId(u.Id, office));
                json.WriteString("label", $"{Offices.Title(office)}, {u.Name.English}");
                json.WriteString("role", Offices.Title(office));
                json.WriteString("organization_id", UnionOrgId(u.Id));
                if (Offices.MaxHolders(office, u.Level) is { } seats)
                {
                    json.WriteNumber("maximum_memberships", seats);
                }

                json.WriteEndObject();
            }
        }

        affiliations.WritePosts(json);
        json.WriteEndArray();

        json.WriteStartArray("memberships");
        for (var i = 0; i < unions.Length; i++)
        {
            var u = unions[i];
            var n = 0;
            var changes = new ChangeNumbers(leaderships[i].History);
            foreach (var tenure in leaderships[i].Tenures)
            {
                memberships++;
                n++;
                json.WriteStartObject();
                json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"membership/{u.Id}/{n}"));
                json.WriteString("person_id", PersonOrgId(tenure.Person));
                var body = Offices.BodyOf(tenure.Office) is { } kind && leaderships[i].BodyOf(tenure.Term, kind) is { } declared ? declared : null;
                json.WriteString("organization_id", body is null ? UnionOrgId(u.Id) : BodyId(u.Id, body));
                json.WriteString("post_id", PostId(u.Id, tenure.Office));
                json.WriteString("role", Offices.Title(tenure.Office));
                WriteDate(json, "start_date", tenure.From);
                if (tenure.To is { } to)
                {
                    WriteDate(json, "end_date", to);
                }

                // Term 0, the interim before the first congress on record, has no event.
                if (tenure.Term > 0)
                {
                    json.WriteString("legislative_period_id", TermId(u.Id, tenure.Term));
                }

                if (tenure.StartKind == OfficeChangeKind.ElectedAtCongress)
                {
                    json.WriteString("elected_at_id", CongressId(u.Id, tenure.Term));
                }

                WriteTenureExtras(json, tenure, changes);
                json.WriteEndObject();
            }
        }

        affiliations.WriteMemberships(json);
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var u in unions)
        {
            foreach (var term in u.Terms)
            {
                events += 2;
                json.WriteStartObject();
                json.WriteString("id", CongressId(u.Id, term.Ordinal));
                json.WriteString("name", $"{term.Congress.OrdinalText} Congress, {u.Name.English}");
                json.WriteString("classification", "congress");
                json.WriteString("organization_id", UnionOrgId(u.Id));
                if (term.Congress.Held is { } held)
                {
                    WriteDate(json, "start_date", held);
                }

                if (term.Congress.Note is { } note)
                {
                    json.WriteString("description", note);
                }

                WriteSources(json, term.Congress.Source);
                json.WriteStartObject("extras");
                json.WriteNumber("ordinal", term.Ordinal);
                WriteSourceNote(json, term.Congress.Source);
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartObject();
                json.WriteString("id", TermId(u.Id, term.Ordinal));
                json.WriteString("name", $"{term.Congress.OrdinalText} term ({term.Label.Text}), {u.Name.English}");
                json.WriteString("classification", "legislative period");
                json.WriteString("organization_id", UnionOrgId(u.Id));
                if (term.Start is { } start)
                {
                    WriteDate(json, "start_date", start);
                }

                if ((term.End ?? (term.IsOpen ? u.Succession?.Date : null)) is { } end)
                {
                    WriteDate(json, "end_date", end);
                }

                json.WriteStartObject("extras");
                json.WriteNumber("ordinal", term.Ordinal);
                json.WriteString("term_label", term.Label.Text);
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return new PopoloExport(people.Length, organizations, posts, memberships, events);
    }

    private static void WritePerson(Utf8JsonWriter json, Person person)
    {
        json.WriteStartObject();
        json.WriteString("id", PersonOrgId(person.Id));
        json.WriteString("name", person.Name);
        json.WriteStartArray("other_names");
        json.WriteStartObject();
        json.WriteString("name", person.Name);
        json.WriteString("lang", "vi");
        json.WriteString("note", "multilingual");
        json.WriteEndObject();
        if (person.AsciiName is { } ascii)
        {
            json.WriteStartObject();
            json.WriteString("name", ascii);
            json.WriteString("note", "ASCII");
            json.WriteEndObject();
        }

        foreach (var other in person.OtherNames)
        {
            json.WriteStartObject();
            json.WriteString("name", other.Name);
            WriteIfSet(json, "lang", other.Language);
            WriteIfSet(json, "note", other.Note);
            WriteDate(json, "start_date", other.From);
            WriteDate(json, "end_date", other.To);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteIdentifier(json, person.Id.Value, person.Identifiers);
        WriteDate(json, "birth_date", person.BirthDate);
        WriteDate(json, "death_date", person.DeathDate);
        if (person.Note is { } note)
        {
            json.WriteString("summary", note);
        }

        if (person.Links.Count > 0)
        {
            json.WriteStartArray("links");
            foreach (var link in person.Links)
            {
                json.WriteStartObject();
                json.WriteString("url", link.Url);
                WriteIfSet(json, "note", link.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteSources(json, person.Source);
        WriteSourceExtras(json, person.Source);
        json.WriteEndObject();
    }

    private static void WriteUnion(Utf8JsonWriter json, Union union, UnionDataset dataset)
    {
        json.WriteStartObject();
        json.WriteString("id", UnionOrgId(union.Id));
        json.WriteString("name", union.Name.Vietnamese);
        json.WriteString("classification", "friendship union");
        if (union.Parent is { } parent && dataset.Find(parent) is not null)
        {
            json.WriteString("parent_id", UnionOrgId(parent));
        }

        if (union.Founded is { } founded)
        {
            WriteDate(json, "founding_date", founded);
        }

        if (union.Succession is { } succession)
        {
            WriteDate(json, "dissolution_date", succession.Date);
        }

        json.WriteStartArray("other_names");
        for (var i = 0; i < union.Names.Count; i++)
        {
            var name = union.Names[i];
            var until = i + 1 < union.Names.Count ? union.Names[i + 1].From : null;
            foreach (var (text, language) in new[] { (name.Vietnamese, "vi"), (name.English, "en") })
            {
                json.WriteStartObject();
                json.WriteString("name", text);
                json.WriteString("lang", language);
                json.WriteString("note", "multilingual");
                if (name.From is { } from)
                {
                    WriteDate(json, "start_date", from);
                }

                if (until is { } end)
                {
                    WriteDate(json, "end_date", end);
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        WriteIdentifier(json, union.Id.Value);
        WriteSources(json, union.Source);
        json.WriteStartObject("extras");
        json.WriteString("level", Kebab(union.Level.ToString()));
        WriteSourceNote(json, union.Source);
        if (union.TraditionDay is { } day)
        {
            json.WriteString("tradition_day", day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        if (union.Succession is { } ended)
        {
            json.WriteString("succession", Kebab(ended.Kind.ToString()));
            if (ended.Successor is { } successor)
            {
                json.WriteString("successor", UnionOrgId(successor));
            }

            if (ended.Decision is { } decision)
            {
                json.WriteString("succession_decision", decision);
            }
        }

        if (union.RecordedTo is { } recorded)
        {
            json.WriteString("recorded_to", recorded.ToString());
        }

        // A disputed founding: the dates other sources give, beside the preferred founding_date.
        for (var i = 0; i < union.OtherFoundingClaims.Count; i++)
        {
            var claim = union.OtherFoundingClaims[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"founding_claim_{i + 1}");
            json.WriteString(key, claim.Date.ToString());
            json.WriteString(key + "_source", claim.Source);
            if (claim.Link is { } link)
            {
                json.WriteString(key + "_link", link);
            }

            if (claim.Note is { } note)
            {
                json.WriteString(key + "_note", note);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, Union union, CommitteeBody body)
    {
        var term = union.Terms.FirstOrDefault(t => t.Ordinal == body.Term);
        json.WriteStartObject();
        json.WriteString("id", BodyId(union.Id, body));
        json.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"{Offices.Title(body.Kind)}, {Terms.Congress.FormatOrdinal(body.Term)} term, {union.Name.English}"));
        json.WriteString("classification", Offices.Title(body.Kind).ToLowerInvariant());
        json.WriteString("parent_id", UnionOrgId(union.Id));
        if (term?.Start is { } start)
        {
            WriteDate(json, "founding_date", start);
        }

        if (term?.End is { } end)
        {
            WriteDate(json, "dissolution_date", end);
        }

        if (body.DeclaredSize is { } seats)
        {
            json.WriteNumber("seats", seats);
        }

        WriteSources(json, body.Source);
        WriteSourceExtras(json, body.Source);
        json.WriteEndObject();
    }

    // How the tenure began and ended, its suspensions, and the number (from 0, in the union's history) of the change
    // that recorded each: what Popolo has no member for.
    private static void WriteTenureExtras(Utf8JsonWriter json, Tenure tenure, ChangeNumbers changes)
    {
        json.WriteStartObject("extras");
        json.WriteString("start", Kebab(tenure.StartKind.ToString()));
        changes.Write(json, "start_change", tenure.Term, tenure.From, tenure.StartKind, tenure.Person, tenure.Office);
        if (tenure.EndReason is { } reason)
        {
            json.WriteString("end", Kebab(reason.ToString()));
            if (tenure.To is { } to && reason is TenureEnd.Resigned or TenureEnd.Dismissed or TenureEnd.Died)
            {
                var kind = reason switch { TenureEnd.Resigned => OfficeChangeKind.Resigned, TenureEnd.Dismissed => OfficeChangeKind.Dismissed, _ => OfficeChangeKind.Died };
                changes.Write(json, "end_change", tenure.Term, to, kind, tenure.Person, kind == OfficeChangeKind.Died ? null : tenure.Office);
            }
        }

        if (tenure.Suspensions.Count > 0)
        {
            json.WriteStartArray("suspensions");
            foreach (var suspension in tenure.Suspensions)
            {
                json.WriteStartObject();
                WriteDate(json, "start_date", suspension.From);
                changes.Write(json, "start_change", tenure.Term, suspension.From, OfficeChangeKind.Suspended, tenure.Person, tenure.Office);
                if (suspension.To is { } to)
                {
                    WriteDate(json, "end_date", to);
                    changes.Write(json, "end_change", tenure.Term, to, OfficeChangeKind.Reinstated, tenure.Person, tenure.Office);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    // The number of the change that holds a fact, so that an import can record the facts in the order and grouping
    // of the history (changes whose partial dates overlap may come in either order); each number is taken once.
    private sealed class ChangeNumbers
    {
        private readonly Dictionary<(int, PartialDate, OfficeChangeKind, PersonId, Office?), Queue<int>> numbers = [];
        private readonly IReadOnlyList<LeadershipChange> history;

        public ChangeNumbers(IReadOnlyList<LeadershipChange> history)
        {
            this.history = history;
            for (var i = 0; i < history.Count; i++)
            {
                foreach (var fact in history[i].Facts)
                {
                    var key = (history[i].Term, history[i].Date, fact.Kind, fact.Person, fact.Office);
                    (numbers.TryGetValue(key, out var queue) ? queue : numbers[key] = new Queue<int>()).Enqueue(i);
                }
            }
        }

        public void Write(Utf8JsonWriter json, string name, int term, PartialDate date, OfficeChangeKind kind, PersonId person, Office? office)
        {
            if (numbers.TryGetValue((term, date, kind, person, office), out var queue) && queue.Count > 0)
            {
                var number = kind == OfficeChangeKind.Died ? queue.Peek() : queue.Dequeue();
                json.WriteNumber(name, number);
                if (history[number].Decision is { } decision)
                {
                    json.WriteString(name == "start_change" ? "start_decision" : "end_decision", decision);
                }
            }
        }
    }

    // The library's own id as an identifier of scheme friendship-union, then the others.
    private static void WriteIdentifier(Utf8JsonWriter json, string id, IReadOnlyList<PersonIdentifier>? others = null)
    {
        json.WriteStartArray("identifiers");
        json.WriteStartObject();
        json.WriteString("identifier", id);
        json.WriteString("scheme", OwnScheme);
        json.WriteEndObject();
        foreach (var other in others ?? [])
        {
            json.WriteStartObject();
            json.WriteString("identifier", other.Identifier);
            WriteIfSet(json, "scheme", other.Scheme);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // A date in Popolo's pattern (YYYY, YYYY-MM, YYYY-MM-DD). A date the source gives as probable or approximate is
    // written as stated, a range of days as the month or year that holds it (nothing when none does); either is also
    // written whole, in EDTF, as NAME_edtf, which the reader prefers.
    internal static void WriteDate(Utf8JsonWriter json, string name, PartialDate? value)
    {
        if (value is not { } date)
        {
            return;
        }

        var (earliest, latest) = (date.Earliest, date.Latest);
        var reduced = date.Precision switch
        {
            DatePrecision.Range when earliest.Year == latest.Year && earliest.Month == latest.Month => new PartialDate(earliest.Year, earliest.Month),
            DatePrecision.Range when earliest.Year == latest.Year => new PartialDate(earliest.Year),
            DatePrecision.Range => (PartialDate?)null,
            _ when date.Qualifier != DateQualifier.None => date.WithQualifier(DateQualifier.None),
            _ => date,
        };
        if (reduced is { } written)
        {
            json.WriteString(name, written.ToString());
        }

        if (reduced != date)
        {
            json.WriteString(name + EdtfSuffix, date.ToString());
        }
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    // A source that is an absolute http(s) URI is a Popolo link; any other text (a citation) cannot be a link, whose
    // url Popolo requires, and is written as extras.source.
    private static void WriteSources(Utf8JsonWriter json, string? source)
    {
        if (IsLink(source))
        {
            json.WriteStartArray("sources");
            json.WriteStartObject();
            json.WriteString("url", source);
            json.WriteEndObject();
            json.WriteEndArray();
        }
    }

    private static bool IsLink([NotNullWhen(true)] string? source) =>
        source is not null && Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    // A source that is not a link, as a member of the extras being written.
    private static void WriteSourceNote(Utf8JsonWriter json, string? source)
    {
        if (source is not null && !IsLink(source))
        {
            json.WriteString("source", source);
        }
    }

    // A source that is not a link, as the item's extras.
    private static void WriteSourceExtras(Utf8JsonWriter json, string? source)
    {
        if (source is not null && !IsLink(source))
        {
            json.WriteStartObject("extras");
            json.WriteString("source", source);
            json.WriteEndObject();
        }
    }

    // The suffix of the member that holds a date whole, in EDTF, when Popolo's pattern cannot.
    internal const string EdtfSuffix = "_edtf";

    // The scheme of this library's own ids among an item's identifiers.
    internal const string OwnScheme = "friendship-union";

    internal static string PersonOrgId(PersonId id) => "person/" + id.Value;

    internal static string UnionOrgId(UnionId id) => "union/" + id.Value;

    internal static string BodyId(UnionId union, CommitteeBody body) => string.Create(CultureInfo.InvariantCulture, $"body/{union}/{body.Term}/{Kebab(body.Kind.ToString())}");

    internal static string PostId(UnionId union, Office office) => $"post/{union}/{Kebab(office.ToString())}";

    internal static string CongressId(UnionId union, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"congress/{union}/{ordinal}");

    internal static string TermId(UnionId union, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"term/{union}/{ordinal}");

    internal static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
