using System.Text.Json;
using System.Text.Json.Nodes;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using Json.Schema;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>
/// The reader is exactly as strict as the schema the library exports: a document the schema refuses is refused with
/// a format code (json.*), and a document refused with a format code is refused by the schema. (What the schema
/// cannot say — the domain rules — is reported with the rules' own codes.) Every member of a document that holds
/// every member of the format is replaced by each value of a hostile pool, removed, or joined by an unknown one.
/// </summary>
public sealed class SchemaParityTests(ITestOutputHelper output)
{
    private static readonly LocalDate Today = new(2026, 1, 1);

    private static readonly HashSet<string> FormatCodes = [RuleCodes.JsonMalformed, RuleCodes.JsonInvalidValue, RuleCodes.JsonSchemaVersion, RuleCodes.JsonLimit];

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(DatasetJson.ExportSchema()));

    // Values of every JSON type, in the forms people and programs get wrong. (Not 1e-400: JsonSchema.Net reads numbers
    // as decimals, in which it is 0, an integer and a multiple of anything; the reader refuses it as the tiny
    // fraction it is.)
    private static readonly string[] Pool =
    [
        "null", "true", "false", "[]", "{}", "[1]", "{\"a\": 1}",
        "0", "1", "-1", "7", "2024", "1.0", "1.5", "1e2", "1E+2", "2.5e-1", "1e-5", "1e400", "-1e400", "2147483648", "-2147483649",
        "0.0000000001", "0.00000000001", "9999999999.999999999999999999", "10000000000", "999999999999999.9999", "1000000000000000", "100.001", "1000",
        "\"\"", "\" \"", "\"\\u00A0\"", "\"\\uFEFF\"", "\"x\"", "\"x\\n\"", "\"x\\u0000\"", "\"nghe-an\"", "\"Nghe An\"", "\"nghe--an\"",
        "\"2024\"", "\"2024-02\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"0000\"", "\"0000-01-01\"", "\"-0001-01-01\"", "\"2024-13-01\"", "\"9999-12-31\"", "\"2024-09-17\\n\"",
        "\"12-15\"", "\"02-29\"", "\"02-30\"", "\"12-CT/TW\"", "\"80/2020/NĐ-CP\"", "\"80/2020/ND-CP\"", "\"2024–2029\"", "\"2029–2024\"",
        "\"central\"", "\"Central\"", "\"CENTRAL\"", "\"president\"", "\"funding\"", "\"VND\"", "\"vnd\"", "\"XAU\"", "\"KR\"", "\"kr\"",
        "\"1000.10\"", "\"1e3\"", "\"-1\"", "\"0.0000000001\"", "\"0.00000000001\"", "\"25400.5\"", "\"100\"", "\"100.001\"", "\"1,000\"",
        "\"r-9\"", "\"a.b:c_d-e\"", "\"-x\"", "\"https://example.org/schema.json\"",
    ];

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_mutation_of_every_member_is_judged_alike_by_the_schema_and_the_reader()
    {
        var complete = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Documents", "complete.json"));
        Assert.True(Judge(complete) is (true, true, _), "The complete document is valid.");

        var mutations = Mutations(JsonNode.Parse(complete)!).ToList();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(mutations, m =>
        {
            var (schemaValid, readerValid, codes) = Judge(m.Json);
            if (schemaValid != readerValid)
            {
                mismatches.Add($"{m.Description}: schema {(schemaValid ? "accepts" : "refuses")}, reader {(readerValid ? "accepts the form" : "refuses")} ({codes})");
            }
        });

        output.WriteLine($"{mutations.Count} documents judged");
        if (Environment.GetEnvironmentVariable("PARITY_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllLines(report, mismatches.Order(StringComparer.Ordinal));
        }

        foreach (var mismatch in mismatches.Order(StringComparer.Ordinal).Take(80))
        {
            output.WriteLine(mismatch);
        }

        Assert.True(mutations.Count > 5_000, $"Only {mutations.Count} mutations.");
        Assert.Empty(mismatches);
    }

    internal static (bool SchemaValid, bool ReaderValid, string Codes) Judge(string json)
    {
        using var document = JsonDocument.Parse(json);
        bool schemaValid;
        try
        {
            schemaValid = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
        }
        catch (FormatException)
        {
            // JsonSchema.Net 8.0.5 compares a number beyond decimal's range (1e400) with an enum by GetDecimal, which
            // throws; no enum of the format holds such a number, so the schema refuses it.
            schemaValid = false;
        }

        var read = JsonText.TryRead(json, Today);
        var format = read.Violations.Where(v => FormatCodes.Contains(v.Code)).ToList();
        return (schemaValid, format.Count == 0, string.Join("; ", format.Take(2).Select(v => $"{v.Code} {v.Path} {v.Message}")));
    }

    private static IEnumerable<(string Description, string Json)> Mutations(JsonNode root)
    {
        foreach (var (node, path) in Walk(root, "$"))
        {
            foreach (var value in Pool)
            {
                if (node.Parent is JsonObject or JsonArray)
                {
                    yield return ($"{path} = {value}", Replace(root, node, JsonNode.Parse(value)));
                }
            }

            if (node is JsonObject obj)
            {
                foreach (var key in obj.Select(p => p.Key).ToArray())
                {
                    yield return ($"{path} without {key}", Edit(root, node, n => n.AsObject().Remove(key)));
                }

                yield return ($"{path} with an unknown member", Edit(root, node, n => n.AsObject()["unknown"] = 1));
            }

            if (node is JsonArray { Count: > 0 } array)
            {
                yield return ($"{path} emptied", Edit(root, node, n => n.AsArray().Clear()));
            }
        }
    }

    private static IEnumerable<(JsonNode Node, string Path)> Walk(JsonNode node, string path)
    {
        yield return (node, path);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var inner in Walk(child, $"{path}.{key}"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        foreach (var inner in Walk(child, $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static string Replace(JsonNode root, JsonNode target, JsonNode? value) => Edit(root, target, n =>
    {
        switch (n.Parent)
        {
            case JsonObject parent:
                parent[n.GetPropertyName()] = value;
                break;
            case JsonArray parent:
                parent[n.GetElementIndex()] = value;
                break;
        }
    });

    // Edits a copy: finds the target's place by its path in a deep clone.
    private static string Edit(JsonNode root, JsonNode target, Action<JsonNode> edit)
    {
        var copy = root.DeepClone();
        var node = copy;
        foreach (var step in Steps(target))
        {
            node = step is string key ? node![key]! : node![(int)step]!;
        }

        edit(node!);
        return copy.ToJsonString();
    }

    private static Stack<object> Steps(JsonNode node)
    {
        var steps = new Stack<object>();
        for (var n = node; n.Parent is { } parent; n = parent)
        {
            steps.Push(parent is JsonObject ? n.GetPropertyName() : n.GetElementIndex());
        }

        return steps;
    }
}
