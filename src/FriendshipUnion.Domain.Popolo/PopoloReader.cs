using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace FriendshipUnion.Domain.Popolo;

/// <content>Reading.</content>
public static partial class PopoloJson
{
    /// <summary>The largest file <see cref="Read"/> reads: 256 MiB.</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    /// <summary>The deepest nesting <see cref="Read"/> reads: 64.</summary>
    public const int MaxDepth = 64;

    private static readonly HashSet<string> PersonProperties = new(StringComparer.Ordinal) { "id", "name", "other_names", "identifiers", "links", "sources", "birth_date", "death_date", "birth_date_edtf", "death_date_edtf", "gender", "summary", "extras" };
    private static readonly HashSet<string> OrganizationProperties = new(StringComparer.Ordinal) { "id", "name", "classification", "parent_id", "founding_date", "dissolution_date", "founding_date_edtf", "dissolution_date_edtf", "other_names", "identifiers", "sources", "seats", "extras" };
    private static readonly HashSet<string> PostProperties = new(StringComparer.Ordinal) { "id", "label", "role", "organization_id", "maximum_memberships" };
    private static readonly HashSet<string> MembershipProperties = new(StringComparer.Ordinal) { "id", "person_id", "organization_id", "post_id", "on_behalf_of_id", "role", "start_date", "end_date", "start_date_edtf", "end_date_edtf", "legislative_period_id", "elected_at_id", "extras" };
    private static readonly HashSet<string> EventProperties = new(StringComparer.Ordinal) { "id", "name", "classification", "organization_id", "start_date", "end_date", "start_date_edtf", "end_date_edtf", "description", "sources", "extras" };

    /// <summary>Reads a Popolo JSON file: one object with the arrays <c>persons</c>, <c>organizations</c>, <c>posts</c>,
    /// <c>memberships</c> and <c>events</c> (any may be missing), as EveryPolitician and this package write it. Never
    /// throws for any content: what cannot be read is a violation with its JSON path, and the rest is read.</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <returns>The items, the violations and what the model does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read from.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PopoloFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read from.", nameof(stream));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + count > MaxDocumentBytes)
            {
                return Unreadable("popolo.limit", $"The file is larger than {MaxDocumentBytes} bytes.");
            }

            buffer.Write(chunk, 0, count);
        }

        // JsonDocument checks the UTF-8 of a string only when it is read; a file is checked whole first.
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Unreadable("popolo.json", string.Create(CultureInfo.InvariantCulture, $"The file is not UTF-8: the bytes at offset {InvalidUtf8At(bytes)} are not a character."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return Unreadable("popolo.json", $"The file is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Unreadable("popolo.json", $"A Popolo file is a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var reader = new ItemReader();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("persons" or "organizations" or "posts" or "memberships" or "events"))
                {
                    reader.NotHeld[property.Name] = reader.NotHeld.GetValueOrDefault(property.Name) + 1;
                }
            }

            return new PopoloFile
            {
                Persons = reader.Collection(root, "persons", PersonProperties, reader.Person),
                Organizations = reader.Collection(root, "organizations", OrganizationProperties, reader.Organization),
                Posts = reader.Collection(root, "posts", PostProperties, reader.Post),
                Memberships = reader.Collection(root, "memberships", MembershipProperties, reader.Membership),
                Events = reader.Collection(root, "events", EventProperties, reader.Event),
                Violations = reader.Violations.AsReadOnly(),
                NotHeld = reader.NotHeld.AsReadOnly(),
                IsReadable = true,
            };
        }
    }

    // The offset of the first byte that does not begin a well-formed UTF-8 sequence.
    private static int InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var length) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += length;
        }

        return at;
    }

    private static PopoloFile Unreadable(string code, string message) => new() { Violations = [new PopoloViolation(code, message, "$")] };

    // Reads the items of the known collections; every problem is a violation with a path, and the item (or the value)
    // is left out. The depth of the code follows Popolo's structure, not the input's.
    private sealed class ItemReader
    {
        public List<PopoloViolation> Violations { get; } = [];

        public SortedDictionary<string, int> NotHeld { get; } = new(StringComparer.Ordinal);

        public ReadOnlyCollection<T> Collection<T>(JsonElement root, string name, HashSet<string> known, Func<JsonElement, string, T?> read)
            where T : class
        {
            if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            {
                return ReadOnlyCollection<T>.Empty;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Violations.Add(new PopoloViolation("popolo.json", $"'{name}' is an array, not {array.ValueKind.ToString().ToLowerInvariant()}.", "$." + name));
                return ReadOnlyCollection<T>.Empty;
            }

            var items = new List<T>();
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.{name}[{i++}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Violations.Add(new PopoloViolation("popolo.json", $"An item of '{name}' is an object, not {item.ValueKind.ToString().ToLowerInvariant()}.", path));
                    continue;
                }

                foreach (var property in item.EnumerateObject())
                {
                    if (!known.Contains(property.Name))
                    {
                        var key = $"{name}[].{property.Name}";
                        NotHeld[key] = NotHeld.GetValueOrDefault(key) + 1;
                    }
                }

                if (read(item, path) is { } value)
                {
                    items.Add(value);
                }
            }

            return items.AsReadOnly();
        }

        public PopoloPerson? Person(JsonElement item, string path)
        {
            var id = Id(item, path);
            var name = String(item, "name", path);
            if (id is null || name is null)
            {
                return null;
            }

            return new PopoloPerson(id, name)
            {
                OtherNames = Names(item, path),
                Identifiers = Identifiers(item, path),
                Links = Links(item, "links", path),
                Sources = Links(item, "sources", path),
                BirthDate = Date(item, "birth_date", path),
                DeathDate = Date(item, "death_date", path),
                Gender = String(item, "gender", path),
                Summary = String(item, "summary", path),
                Extras = Extras(item, path),
                Path = path,
            };
        }

        public PopoloOrganization? Organization(JsonElement item, string path)
        {
            var id = Id(item, path);
            var name = String(item, "name", path);
            return id is null || name is null ? null : new PopoloOrganization(id, name)
            {
                Classification = String(item, "classification", path),
                ParentId = String(item, "parent_id", path),
                FoundingDate = Date(item, "founding_date", path),
                DissolutionDate = Date(item, "dissolution_date", path),
                OtherNames = Names(item, path),
                Identifiers = Identifiers(item, path),
                Sources = Links(item, "sources", path),
                Seats = Count(item, "seats", path),
                Extras = Extras(item, path),
                Path = path,
            };
        }

        public PopoloPost? Post(JsonElement item, string path)
        {
            var id = Id(item, path);
            var seats = Count(item, "maximum_memberships", path);
            return id is null ? null : new PopoloPost(id, String(item, "label", path))
            {
                Role = String(item, "role", path),
                OrganizationId = String(item, "organization_id", path),
                MaximumMemberships = seats,
                Path = path,
            };
        }

        public PopoloMembership? Membership(JsonElement item, string path) => new()
        {
            Id = String(item, "id", path),
            PersonId = String(item, "person_id", path),
            OrganizationId = String(item, "organization_id", path),
            PostId = String(item, "post_id", path),
            OnBehalfOfId = String(item, "on_behalf_of_id", path),
            Role = String(item, "role", path),
            StartDate = Date(item, "start_date", path),
            EndDate = Date(item, "end_date", path),
            LegislativePeriodId = String(item, "legislative_period_id", path),
            ElectedAtId = String(item, "elected_at_id", path),
            Suspensions = item.TryGetProperty("extras", out var extras) && extras.ValueKind == JsonValueKind.Object
                ? Objects(extras, "suspensions", path + ".extras", (o, p) => Date(o, "start_date", p) is { } from ? new PopoloPeriod(from, Date(o, "end_date", p)) { StartChange = Number(o, "start_change", p), EndChange = Number(o, "end_change", p) } : null)
                : ReadOnlyCollection<PopoloPeriod>.Empty,
            Extras = Extras(item, path, "suspensions"),
            Path = path,
        };

        public PopoloEvent? Event(JsonElement item, string path)
        {
            var id = Id(item, path);
            return id is null ? null : new PopoloEvent(id, String(item, "name", path))
            {
                Classification = String(item, "classification", path),
                OrganizationId = String(item, "organization_id", path),
                StartDate = Date(item, "start_date", path),
                EndDate = Date(item, "end_date", path),
                Description = String(item, "description", path),
                Sources = Links(item, "sources", path),
                Extras = Extras(item, path),
                Path = path,
            };
        }

        // A positive whole number; a violation when of another type or value.
        private int? Count(JsonElement item, string name, string path) => Whole(item, name, path, 1);

        // A whole number from 0; a violation when of another type or value.
        private int? Number(JsonElement item, string name, string path) => Whole(item, name, path, 0);

        private int? Whole(JsonElement item, string name, string path, int least)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= least)
            {
                return n;
            }

            Violations.Add(new PopoloViolation("popolo.json", $"{name} is a whole number from {least}.", $"{path}.{name}"));
            return null;
        }

        // The scalar members of extras, as text; a member that is an array or an object (but the one named) is not
        // held and is counted.
        private IReadOnlyDictionary<string, string> Extras(JsonElement item, string path, string? structured = null)
        {
            if (!item.TryGetProperty("extras", out var extras) || extras.ValueKind == JsonValueKind.Null)
            {
                return PopoloExtras.None;
            }

            if (extras.ValueKind != JsonValueKind.Object)
            {
                Violations.Add(new PopoloViolation("popolo.json", $"'extras' is an object, not {extras.ValueKind.ToString().ToLowerInvariant()}.", path + ".extras"));
                return PopoloExtras.None;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in extras.EnumerateObject())
            {
                switch (member.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        values[member.Name] = member.Value.GetString()!.Trim();
                        break;
                    case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                        values[member.Name] = member.Value.GetRawText();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        if (member.Name != structured)
                        {
                            var key = $"{path[2..path.IndexOf('[', StringComparison.Ordinal)]}[].extras.{member.Name}";
                            NotHeld[key] = NotHeld.GetValueOrDefault(key) + 1;
                        }

                        break;
                }
            }

            return values.AsReadOnly();
        }

        private string? Id(JsonElement item, string path)
        {
            var id = String(item, "id", path);
            if (id is null)
            {
                Violations.Add(new PopoloViolation("popolo.json", "The item has no id; it cannot be linked to and is left out.", path + ".id"));
            }

            return id;
        }

        // A string member, trimmed; null when absent, null or blank; a violation when of another type.
        private string? String(JsonElement item, string name, string path)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Violations.Add(new PopoloViolation("popolo.json", $"'{name}' is a string, not {value.ValueKind.ToString().ToLowerInvariant()}.", $"{path}.{name}"));
                return null;
            }

            var text = value.GetString()!.Trim();
            return text.Length == 0 ? null : text;
        }

        // A date in Popolo's pattern (YYYY, YYYY-MM, YYYY-MM-DD; a time after the day is allowed and dropped) that exists;
        // or, when the item has NAME_edtf (this package's export of a range or a qualified date), that, in EDTF.
        private PartialDate? Date(JsonElement item, string name, string path)
        {
            if (String(item, name + PopoloJson.EdtfSuffix, path) is { } edtf)
            {
                if (PartialDate.TryParse(edtf, out var whole))
                {
                    return whole;
                }

                Violations.Add(new PopoloViolation("popolo.date", $"'{Kernel.Printable.Escape(edtf, 100)}' is not a date in EDTF (YYYY, YYYY-MM or YYYY-MM-DD, with ?, ~ or %; or a range of days).", $"{path}.{name}{PopoloJson.EdtfSuffix}"));
                return null;
            }

            if (String(item, name, path) is not { } text)
            {
                return null;
            }

            var day = text.Length > 10 && text[10] == 'T' ? text[..10] : text;
            if (PartialDate.TryParse(day, out var date) && date.Precision != DatePrecision.Range && date.Qualifier == DateQualifier.None)
            {
                return date;
            }

            Violations.Add(new PopoloViolation("popolo.date", $"'{Kernel.Printable.Escape(text, 100)}' is not a date in Popolo's pattern (YYYY, YYYY-MM or YYYY-MM-DD, a day that exists).", $"{path}.{name}"));
            return null;
        }

        private ReadOnlyCollection<PopoloName> Names(JsonElement item, string path) => Objects(item, "other_names", path, (o, p) =>
            String(o, "name", p) is { } name
                ? new PopoloName(name) { Language = String(o, "lang", p), Note = String(o, "note", p), From = Date(o, "start_date", p), To = Date(o, "end_date", p) }
                : null);

        private ReadOnlyCollection<PopoloIdentifier> Identifiers(JsonElement item, string path) => Objects(item, "identifiers", path, (o, p) =>
            String(o, "identifier", p) is { } identifier ? new PopoloIdentifier(String(o, "scheme", p), identifier) : null);

        private ReadOnlyCollection<PopoloLink> Links(JsonElement item, string name, string path) => Objects(item, name, path, (o, p) =>
            String(o, "url", p) is { } url ? new PopoloLink(url, String(o, "note", p)) : null);

        private ReadOnlyCollection<T> Objects<T>(JsonElement item, string name, string path, Func<JsonElement, string, T?> read)
            where T : class
        {
            if (!item.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            {
                return ReadOnlyCollection<T>.Empty;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Violations.Add(new PopoloViolation("popolo.json", $"'{name}' is an array, not {array.ValueKind.ToString().ToLowerInvariant()}.", $"{path}.{name}"));
                return ReadOnlyCollection<T>.Empty;
            }

            var list = new List<T>();
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{i++}]");
                if (element.ValueKind == JsonValueKind.Object && read(element, at) is { } value)
                {
                    list.Add(value);
                }
                else if (element.ValueKind != JsonValueKind.Object)
                {
                    Violations.Add(new PopoloViolation("popolo.json", $"An item of '{name}' is an object, not {element.ValueKind.ToString().ToLowerInvariant()}.", at));
                }
            }

            return list.AsReadOnly();
        }
    }
}
