using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Serialization;

/// <summary>
/// Reads and writes datasets in the library's one JSON format: versioned (<c>schemaVersion</c>), strict (duplicate
/// keys, unknown members, missing required members and misplaced nulls are refused) and checked on read with every
/// domain rule, so that no invalid union can be materialised from JSON. Every error names its rule code and JSON
/// path. Whatever a <see cref="UnionDataset"/> holds is written so that it reads back equal, with the same options.
/// </summary>
public static class DatasetJson
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 6;

    /// <summary>The largest document read by default: 64 MiB. A larger one is refused (<c>json.limit</c>) without being
    /// read whole; <see cref="DatasetOptions.MaxDocumentBytes"/> raises or lowers the limit.</summary>
    public const int MaxDocumentBytes = DatasetOptions.DefaultMaxDocumentBytes;

    /// <summary>The deepest nesting of objects and arrays read: 64 levels (the format itself needs fewer than ten).
    /// A deeper document is refused (<c>json.limit</c>).</summary>
    public const int MaxDepth = 64;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Gets the schema versions this library reads: 1 (unions, congresses and terms), 2 (adds people,
    /// committees and leadership history) and 3 (adds documents, work programmes and implementation plans).</summary>
    public static IReadOnlyList<int> SupportedSchemaVersions { get; } = [1, 2, 3, 4, 5, 6];

    /// <summary>Reads a dataset, collecting every violation instead of throwing.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock (a congress is not held in the future).</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <param name="dataset">The dataset, or <see langword="null"/> when the document is malformed or breaks a rule.</param>
    /// <param name="violations">Every violation, each with its code and JSON path; empty on success.</param>
    /// <returns><see langword="true"/> when the dataset was read and every rule holds.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, LocalDate today, DatasetOptions? options, [NotNullWhen(true)] out UnionDataset? dataset, out IReadOnlyList<RuleViolation> violations)
    {
        options ??= DatasetOptions.Default;
        dataset = null;
        if (utf8Json.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8ByteOrderMark.Length..];
        }

        if (Prescan(utf8Json, options.MaxDocumentBytes) is { } problem)
        {
            violations = [problem];
            return false;
        }

        DatasetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, DatasetJsonContext.Files.DatasetDocument);
        }
        catch (JsonException ex)
        {
            violations = [FromJsonException(ex)];
            return false;
        }

        if (document is null)
        {
            violations = [new RuleViolation(RuleCodes.JsonMalformed, "The document is null: expected an object.", "$")];
            return false;
        }

        if (!SupportedSchemaVersions.Contains(document.SchemaVersion))
        {
            violations = [new RuleViolation(RuleCodes.JsonSchemaVersion, $"Schema version {document.SchemaVersion} is not one this library reads ({string.Join(", ", SupportedSchemaVersions)}).", "$.schemaVersion", document.SchemaVersion.ToString(CultureInfo.InvariantCulture))];
            return false;
        }

        var found = new List<RuleViolation>();
        CheckMembersOfVersion(document, found);
        var beforePeople = found.Count;
        var people = DatasetMapper.ToPeople(document.People ?? [], found);
        var peopleComplete = found.Count == beforePeople;
        var beforeDocuments = found.Count;
        var documents = DatasetMapper.ToLegalDocuments(document.Documents ?? [], found);
        var provinces = DatasetMapper.ToProvinces(document.Provinces ?? [], found);
        var documentsComplete = found.Count == beforeDocuments;
        var drafts = new List<UnionDraft>();
        var positions = new List<int>();
        for (var i = 0; i < document.Unions.Count; i++)
        {
            if (DatasetMapper.ToDraft(document.Unions[i], $"$.unions[{i}]", found) is { } draft)
            {
                drafts.Add(draft);
                positions.Add(i);
            }
        }

        var described = new DatasetDraft
        {
            Description = DatasetMapper.OptionalText(document.Description, "$.description", found),
            SchemaReference = DatasetMapper.OptionalText(document.Schema, "$['$schema']", found),
            People = people,
            Provinces = provinces,
            Documents = documents,
            Unions = drafts,
        };
        var rules = new List<RuleViolation>();
        UnionDataset? read = null;
        if (found.Count > 0)
        {
            // Something could not be read: still check each union that could, on its own, so that one invalid value
            // does not hide the broken rules elsewhere.
            UnionDataset.CheckPartly(described, positions, today, options.Rules, rules, peopleComplete, documentsComplete);
        }
        else if (!UnionDataset.TryCreate(described, today, options, out read, out var refused))
        {
            rules.AddRange(refused);
        }

        found.AddRange(rules.Select(v => v.Under("$")));
        var rates = DatasetMapper.ToRates(document.ExchangeRates, options.Currencies, found);
        if (read is not null && rates is not null && !read.TrySetExchangeRates(rates, out var ratesRefused))
        {
            found.AddRange(ratesRefused.Select(v => v.Under("$.exchangeRates")));
        }

        // A ledger is checked on its own when the unions it names could not be read.
        DatasetMapper.ToLedger(document.Aid, read?.Aid ?? AidLedger.Create(options.Rules), options.Currencies, today, found);
        violations = found;
        if (found.Count > 0 || read is null)
        {
            return false;
        }

        read.TakeDomainEvents();
        dataset = read;
        return true;
    }

    /// <summary>Reads a dataset from a stream, collecting every violation instead of throwing.</summary>
    /// <param name="utf8Json">The stream, UTF-8 encoded; read to its end, not closed.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <param name="dataset">The dataset, or <see langword="null"/> when the document is malformed or breaks a rule.</param>
    /// <param name="violations">Every violation, each with its code and JSON path; empty on success.</param>
    /// <returns><see langword="true"/> when the dataset was read and every rule holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static bool TryRead(Stream utf8Json, LocalDate today, DatasetOptions? options, [NotNullWhen(true)] out UnionDataset? dataset, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(utf8Json);
        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Json));
        }

        // Read at most one byte more than the limit, so that a huge stream is refused without being read whole.
        var limit = (options ?? DatasetOptions.Default).MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limit && (read = utf8Json.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1L - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return TryRead(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), today, options, out dataset, out violations);
    }

    /// <summary>Reads a dataset from a string, collecting every violation instead of throwing.</summary>
    /// <param name="json">The document.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <param name="dataset">The dataset, or <see langword="null"/> when the document is malformed or breaks a rule.</param>
    /// <param name="violations">Every violation, each with its code and JSON path; empty on success.</param>
    /// <returns><see langword="true"/> when the dataset was read and every rule holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryRead(string json, LocalDate today, DatasetOptions? options, [NotNullWhen(true)] out UnionDataset? dataset, out IReadOnlyList<RuleViolation> violations)
    {
        Guard.Against.Null(json);
        return TryRead(System.Text.Encoding.UTF8.GetBytes(json), today, options, out dataset, out violations);
    }

    /// <summary>Reads a dataset from a stream.</summary>
    /// <param name="utf8Json">The stream, UTF-8 encoded; read to its end, not closed.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="RuleViolationException">The document is malformed or breaks a rule; every violation is listed with its JSON path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static UnionDataset Read(Stream utf8Json, LocalDate today, DatasetOptions? options = null)
    {
        Outcome.ThrowIfRefused(TryRead(utf8Json, today, options, out var dataset, out var violations), violations);
        return dataset!;
    }

    /// <summary>Reads a dataset from a stream, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="utf8Json">The stream, UTF-8 encoded; read to its end, not closed.</param>
    /// <param name="clock">The clock that tells today (in Vietnam).</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="RuleViolationException">The document is malformed or breaks a rule; every violation is listed with its JSON path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static UnionDataset Read(Stream utf8Json, IClock clock, DatasetOptions? options = null) => Read(utf8Json, VietnamTime.Today(clock), options);

    /// <summary>Reads a dataset from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RuleViolationException">The document is malformed or breaks a rule; every violation is listed with its JSON path.</exception>
    public static UnionDataset Read(string json, LocalDate today, DatasetOptions? options = null)
    {
        Outcome.ThrowIfRefused(TryRead(json, today, options, out var dataset, out var violations), violations);
        return dataset!;
    }

    /// <summary>Reads a dataset from a string, reading today from a clock in Vietnam's time zone.</summary>
    /// <param name="json">The document.</param>
    /// <param name="clock">The clock that tells today (in Vietnam).</param>
    /// <param name="options">The rules and currencies to read with; <see cref="DatasetOptions.Default"/> when null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">The document is malformed or breaks a rule; every violation is listed with its JSON path.</exception>
    public static UnionDataset Read(string json, IClock clock, DatasetOptions? options = null) => Read(json, VietnamTime.Today(clock), options);

    /// <summary>Writes a dataset as indented UTF-8 JSON at the current schema version.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(UnionDataset dataset, Stream utf8Json)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(utf8Json);
        JsonSerializer.Serialize(utf8Json, DatasetMapper.ToDocument(dataset), DatasetJsonContext.Files.DatasetDocument);
    }

    /// <summary>Writes a dataset as an indented JSON string at the current schema version.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string Write(UnionDataset dataset)
    {
        Guard.Against.Null(dataset);
        return JsonSerializer.Serialize(DatasetMapper.ToDocument(dataset), DatasetJsonContext.Files.DatasetDocument);
    }

    // An older document is read as it is; what later versions added is refused in it, so a file cannot claim an
    // older version than its content.
    private static void CheckMembersOfVersion(DatasetDocument document, List<RuleViolation> sink)
    {
        void Refuse(bool present, string member, int since, string path)
        {
            if (present && document.SchemaVersion < since)
            {
                sink.Add(new RuleViolation(
                    RuleCodes.JsonSchemaVersion,
                    string.Create(CultureInfo.InvariantCulture, $"'{member}' belongs to schema version {since}; this document declares version {document.SchemaVersion}."),
                    path));
            }
        }

        Refuse(document.People is not null, "people", 2, "$.people");
        Refuse(document.Documents is not null, "documents", 3, "$.documents");
        Refuse(document.ExchangeRates is not null, "exchangeRates", 4, "$.exchangeRates");
        Refuse(document.Aid is not null, "aid", 4, "$.aid");
        Refuse(document.Provinces is not null, "provinces", 6, "$.provinces");
        for (var i = 0; i < (document.People?.Count ?? 0); i++)
        {
            if (document.People![i] is { } person)
            {
                Refuse(person.BirthDate is not null, "birthDate", 5, $"$.people[{i}].birthDate");
                Refuse(person.DeathDate is not null, "deathDate", 5, $"$.people[{i}].deathDate");
                Refuse(person.OtherNames is not null, "otherNames", 5, $"$.people[{i}].otherNames");
                Refuse(person.Identifiers is not null, "identifiers", 5, $"$.people[{i}].identifiers");
                Refuse(person.Links is not null, "links", 5, $"$.people[{i}].links");
                Refuse(person.Affiliations is not null, "affiliations", 5, $"$.people[{i}].affiliations");
            }
        }

        for (var i = 0; i < document.Unions.Count; i++)
        {
            var union = document.Unions[i];
            Refuse(union?.Bodies is not null, "bodies", 2, $"$.unions[{i}].bodies");
            Refuse(union?.Leadership is not null, "leadership", 2, $"$.unions[{i}].leadership");
            Refuse(union?.Programmes is not null, "programmes", 3, $"$.unions[{i}].programmes");
            Refuse(union?.Plans is not null, "plans", 3, $"$.unions[{i}].plans");
            Refuse(union?.FoundedClaims is not null, "foundedClaims", 5, $"$.unions[{i}].foundedClaims");
            Refuse(union?.RecordedTo is not null, "recordedTo", 5, $"$.unions[{i}].recordedTo");
            Refuse(union?.Provinces is not null, "provinces", 6, $"$.unions[{i}].provinces");
            for (var j = 0; j < (union?.FoundedClaims?.Count ?? 0); j++)
            {
                Refuse(union!.FoundedClaims![j]?.Link is not null, "link", 6, $"$.unions[{i}].foundedClaims[{j}].link");
            }

            Refuse(union?.Succession?.Decision is not null, "decision", 6, $"$.unions[{i}].succession.decision");
            for (var j = 0; j < (union?.Leadership?.Count ?? 0); j++)
            {
                var change = union!.Leadership![j];
                Refuse(change?.Decision is not null, "decision", 6, $"$.unions[{i}].leadership[{j}].decision");
                Refuse(change is { Term: 0 }, "term 0", 6, $"$.unions[{i}].leadership[{j}].term");
                for (var k = 0; k < (change?.Facts?.Count ?? 0); k++)
                {
                    Refuse(change!.Facts[k]?.Kind == OfficeChangeKind.Appointed, "appointed", 6, $"$.unions[{i}].leadership[{j}].facts[{k}].kind");
                }
            }
        }
    }

    /// <summary>Exports the JSON Schema (draft 2020-12) of the current format from the serializer contract.</summary>
    /// <returns>The schema, indented, with a final newline.</returns>
    public static string ExportSchema()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, schema) =>
            {
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                var nullable = type != context.TypeInfo.Type;
                var described = type switch
                {
                    _ when type == typeof(PartialDate) => StringSchema(PartialDatePattern.RegexPattern, "A date known to the year, month or day: yyyy, yyyy-MM or yyyy-MM-dd, followed by ? when the source gives it as probable, ~ when approximate, % when both; or a range of days, yyyy-MM-dd/yyyy-MM-dd, the last after the first (EDTF).", nullable),
                    _ when type == typeof(LocalDate) => StringSchema(Patterns.LocalDate, "An ISO date, yyyy-MM-dd: a day that exists in the years 0001–9999.", nullable),
                    _ when type == typeof(UnionId) => StringSchema(SlugId.RegexPattern, "A slug id such as nghe-an.", nullable),
                    _ when type == typeof(PersonId) => StringSchema(SlugId.RegexPattern, "A person id such as hoang-nghia-hieu.", nullable),
                    _ when type == typeof(ProvinceId) => StringSchema(SlugId.RegexPattern, "A province id such as an-giang-2025.", nullable),
                    _ when type == typeof(CountryCode) => StringSchema(CountryCode.RegexPattern, "An ISO 3166-1 alpha-2 country code.", nullable),
                    _ when type == typeof(PlanId) => StringSchema(SlugId.RegexPattern, "A plan id such as ct-38-annual.", nullable),
                    _ when type == typeof(AnnualDate) => StringSchema(Patterns.AnnualDate, "A day of the year: MM-dd.", nullable),
                    _ when type == typeof(DocumentSymbol) => SymbolSchema(nullable),
                    _ when type == typeof(PartyId) => StringSchema(SlugId.RegexPattern, "A party id such as green-mekong-fund.", nullable),
                    _ when type == typeof(ActivityId) => StringSchema(SlugId.RegexPattern, "An activity id such as an-giang-clinic.", nullable),
                    _ when type == typeof(Aid.TransactionId) => StringSchema(Aid.TransactionId.RegexPattern, "A client-chosen transaction id such as 2024-0001.", nullable),
                    _ when type == typeof(CurrencyCode) => StringSchema("^[A-Z]{3}" + Patterns.End, "An ISO 4217 currency code of the reader's currency table, such as VND or USD.", nullable),
                    _ when type == typeof(decimal) => (context.PropertyInfo?.CustomConverter as IDecimalJsonConverter ?? (IDecimalJsonConverter)new AmountJsonConverter()).Format.Schema(),
                    _ when type.IsEnum => EnumSchema(EnumNames.Of(type), nullable),
                    _ when type == typeof(int) => IntegerSchema(context.PropertyInfo is { Name: "term", DeclaringType: var declaring } && declaring == typeof(LeadershipChangeDocument) ? "leadershipTerm" : context.PropertyInfo?.Name, nullable),
                    _ when type == typeof(string) && schema is JsonObject text => TextSchema(text),
                    _ => schema,
                };
                // The exporter leaves out the items of a list whose elements have a custom converter.
                if (type == typeof(IReadOnlyList<DocumentSymbol>) && described is JsonObject list && !list.ContainsKey("items"))
                {
                    list["items"] = SymbolSchema(nullable: false);
                }

                if (type == typeof(IReadOnlyList<ProvinceId>) && described is JsonObject ids && !ids.ContainsKey("items"))
                {
                    ids["items"] = StringSchema(SlugId.RegexPattern, "A province id such as an-giang-2025.", nullable: false);
                }

                if (context.PropertyInfo?.Name is "names" or "facts" && described is JsonObject nonEmpty)
                {
                    nonEmpty["minItems"] = 1;
                }

                if (context.PropertyInfo?.Name == "asciiName" && described is JsonObject ascii)
                {
                    ascii["pattern"] = Patterns.AsciiText;
                }

                if (type == typeof(OfficeFactDocument) && described is JsonObject fact)
                {
                    fact["allOf"] = OfficeFactRules();
                }

                if (type == typeof(SuccessionDocument) && described is JsonObject succession)
                {
                    succession["allOf"] = new JsonArray(IfThen("kind", "merged", new JsonObject
                    {
                        ["required"] = new JsonArray("successor"),
                        ["properties"] = new JsonObject { ["successor"] = new JsonObject { ["type"] = "string" } },
                    }));
                }

                if (type == typeof(PlanDocument) && described is JsonObject plan)
                {
                    plan["allOf"] = new JsonArray(
                        IfThen("recurrence", "once", new JsonObject { ["properties"] = Nulls("dueEachYear", "lastYear") }),
                        IfThen("recurrence", "annual", new JsonObject { ["properties"] = Nulls("due") }));
                }

                // An entry names exactly one of an activity or a summary.
                if (type == typeof(TransactionDocument) && described is JsonObject entry)
                {
                    entry["oneOf"] = new JsonArray(
                        new JsonObject { ["properties"] = new JsonObject { ["activity"] = new JsonObject { ["type"] = "string" } }, ["required"] = new JsonArray("activity") },
                        new JsonObject { ["properties"] = new JsonObject { ["summary"] = new JsonObject { ["type"] = "object" } }, ["required"] = new JsonArray("summary") });
                }

                if (context.PropertyInfo?.Name == "schemaVersion" && described is JsonObject version)
                {
                    version["enum"] = new JsonArray(SupportedSchemaVersions.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
                }

                if (context.Path.IsEmpty && described is JsonObject root)
                {
                    root["allOf"] = VersionRules();
                    var withHeader = new JsonObject
                    {
                        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                        ["title"] = "FriendshipUnion.Domain dataset",
                        ["description"] = string.Create(CultureInfo.InvariantCulture, $"Unions of Friendship Organizations with their names, member associations, congresses and terms, the bodies each congress elected, the people named in their leadership and its dated history, the directives and legal documents they implement, their work programmes and implementation plans, and the ledger of foreign non-governmental aid with its exchange rates. Schema version {CurrentSchemaVersion}."),
                    };
                    foreach (var (key, value) in root.ToArray())
                    {
                        root.Remove(key);
                        withHeader[key] = value;
                    }

                    return withHeader;
                }

                return described;
            },
        };
        var node = DatasetJsonContext.Files.DatasetDocument.GetJsonSchemaAsNode(options);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject SymbolSchema(bool nullable) =>
        StringSchema(SymbolPattern.For(SymbolVocabulary.Default), "A document symbol in canonical form, such as 12-CT/TW, 80/2020/NĐ-CP, 135/2025/QH15, 123/QĐ-TTg or 763/SNgV-HTQT.", nullable);


    // What each schema version lacks: a member a later version added is absent (or null) in an older document.
    private static JsonArray VersionRules() => new(
        IfThen("schemaVersion", 1, new JsonObject
        {
            ["properties"] = With(Nulls("people", "documents", "exchangeRates", "aid"), "unions", UnionsWithout("bodies", "leadership", "programmes", "plans")),
        }),
        IfThen("schemaVersion", 2, new JsonObject
        {
            ["properties"] = With(Nulls("documents", "exchangeRates", "aid"), "unions", UnionsWithout("programmes", "plans")),
        }),
        IfThen("schemaVersion", 3, new JsonObject { ["properties"] = Nulls("exchangeRates", "aid") }));

    // The office a fact names fits its kind: none for a death, the acting head's for an acting appointment and only
    // for it, some office for every other kind.
    private static JsonArray OfficeFactRules() => new(
        IfThen("kind", "died", new JsonObject { ["properties"] = Nulls("office") }),
        new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["not"] = new JsonObject { ["const"] = "died" } } } },
            ["then"] = new JsonObject { ["required"] = new JsonArray("office"), ["properties"] = new JsonObject { ["office"] = new JsonObject { ["type"] = "string" } } },
        },
        IfThen("kind", "actingAppointed", new JsonObject { ["properties"] = new JsonObject { ["office"] = new JsonObject { ["const"] = "actingPresident" } } }),
        new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = new JsonArray("electedAtCongress", "electedByExecutiveCommittee", "byElected", "attested", "appointed") } } },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["office"] = new JsonObject { ["not"] = new JsonObject { ["const"] = "actingPresident" } } } },
        });

    private static JsonObject IfThen(string member, JsonNode value, JsonObject then) => new()
    {
        ["if"] = new JsonObject { ["properties"] = new JsonObject { [member] = new JsonObject { ["const"] = value } }, ["required"] = new JsonArray(member) },
        ["then"] = then,
    };

    private static JsonObject Nulls(params string[] members)
    {
        var properties = new JsonObject();
        foreach (var member in members)
        {
            properties[member] = new JsonObject { ["type"] = "null" };
        }

        return properties;
    }

    private static JsonObject With(JsonObject properties, string member, JsonNode schema)
    {
        properties[member] = schema;
        return properties;
    }

    private static JsonObject UnionsWithout(params string[] members) => new()
    {
        ["items"] = new JsonObject { ["properties"] = Nulls(members) },
    };

    private static JsonObject EnumSchema(string[] names, bool nullable)
    {
        var values = new JsonArray(names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        if (nullable)
        {
            values.Add(null);
        }

        return new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string", ["enum"] = values };
    }

    // Every integer is a 32-bit one; some members are narrower.
    private static JsonObject IntegerSchema(string? member, bool nullable)
    {
        var (minimum, maximum) = JsonIntegers.RangeOf(member);
        return new JsonObject
        {
            ["type"] = nullable ? new JsonArray("integer", "null") : "integer",
            ["minimum"] = minimum,
            ["maximum"] = maximum,
        };
    }

    // Every text member holds something other than white space (omit an optional one instead).
    private static JsonObject TextSchema(JsonObject schema)
    {
        schema["pattern"] = Patterns.NotBlank;
        return schema;
    }

    private static JsonObject StringSchema(string pattern, string description, bool nullable) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["pattern"] = pattern,
        ["description"] = description,
    };

    // One pass over the tokens before binding: the size and nesting limits, and schemaVersion, so that a document of
    // another version is told apart from a malformed one. Malformed JSON is left to the full read, which says where.
    private static RuleViolation? Prescan(ReadOnlySpan<byte> utf8Json, int maxBytes)
    {
        if (utf8Json.Length > maxBytes)
        {
            var limit = maxBytes % (1024 * 1024) == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{maxBytes / (1024 * 1024)} MiB")
                : string.Create(CultureInfo.InvariantCulture, $"{maxBytes} bytes");
            return new RuleViolation(RuleCodes.JsonLimit, $"The document is larger than {limit}.", "$");
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        RuleViolation? version = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= MaxDepth:
                        return new RuleViolation(RuleCodes.JsonLimit, string.Create(CultureInfo.InvariantCulture, $"The document nests objects and arrays more than {MaxDepth} levels deep (at byte {reader.TokenStartIndex})."), "$");
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && version is null && reader.ValueTextEquals("schemaVersion"u8):
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var declared) && !SupportedSchemaVersions.Contains(declared))
                        {
                            version = new RuleViolation(RuleCodes.JsonSchemaVersion, $"Schema version {declared} is not one this library reads ({string.Join(", ", SupportedSchemaVersions)}).", "$.schemaVersion", declared.ToString(CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Reported by the full read, with its position.
        }

        return version;
    }

    // The serializer names .NET types; a person reading the error knows the format's words.
    private static string Friendly(string message)
    {
        message = System.Text.RegularExpressions.Regex.Replace(message, @"System\.Collections\.Generic\.IReadOnlyList`1\[[^\]]*\]", "a list", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        message = System.Text.RegularExpressions.Regex.Replace(message, @"FriendshipUnion\.Domain\.Serialization\.(\w+?)Document\b", m => "an object of the format (" + JsonNamingPolicy.CamelCase.ConvertName(m.Groups[1].Value) + ")", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        message = message.Replace("System.String", "a text", StringComparison.Ordinal).Replace("System.Boolean", "true or false", StringComparison.Ordinal)
            .Replace("System.Int32", "a whole number", StringComparison.Ordinal);

        // The serializer names the object around a member of the wrong type, not the member's own type.
        return message.Replace("The JSON value could not be converted to an object of the format (dataset).", "The value does not have the type this member takes.", StringComparison.Ordinal)
            .Replace("could not be converted to", "does not have the type of", StringComparison.Ordinal);
    }

    private static RuleViolation FromJsonException(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = Friendly(message);

        if (ex.LineNumber is { } line)
        {
            message += string.Create(CultureInfo.InvariantCulture, $" (line {line + 1})");
        }

        var code = ex is JsonValueException || ex.InnerException is JsonValueException ? RuleCodes.JsonInvalidValue : RuleCodes.JsonMalformed;
        return new RuleViolation(code, message, ex.Path ?? "$");
    }
}
