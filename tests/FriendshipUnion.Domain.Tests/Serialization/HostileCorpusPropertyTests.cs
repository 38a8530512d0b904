using System.Text;
using System.Text.Json.Nodes;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>
/// The reader is total: documents the library wrote, then damaged — truncated at any byte, bytes flipped, invalid
/// UTF-8, keys duplicated at every level, unknown members, nulls, values of another type, nesting 10,000 deep, huge
/// numbers, boundary dates, edits that break rules — each give a dataset or violations with codes and paths, on a
/// 1 MB stack, and nothing else. A document that is accepted writes back to a document that reads back equal.
/// </summary>
public sealed class HostileCorpusPropertyTests(ITestOutputHelper output)
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static readonly Lazy<string[]> Bases = new(() =>
    [
        DatasetJson.Write(DefaultDataset.LoadWithExample(Today)),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Documents", "complete.json")),
    ]);

    private static readonly string[] Replacements =
    [
        "null", "true", "0", "-1", "1.5", "1e308", "-1e308", "1e400", "123456789012345678901234567890", "2147483648", "\"\"", "\" \"",
        "\"x\"", "[]", "{}", "[null]", "{\"a\":null}", "\"9999-12-31\"", "\"0001-01-01\"", "\"0000-01-01\"", "\"2024-02-30\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"12-CT/TW\"", "\"9999\"", "\"1945\"", "\"2100\"", "\"99999999999999999999\"",
        "\"-0.0000000001\"", "\"9999999999.999999999999999999\"",
    ];

    private enum Damage
    {
        Truncate,
        FlipByte,
        InvalidUtf8,
        DuplicateKey,
        UnknownMember,
        Replace,
        Remove,
        DeepNesting,
        DuplicateItem,
    }

    private sealed record Case(int Base, Damage Damage, int Where, int Choice)
    {
        public override string ToString() => $"{Damage} of base {Base} at {Where} (choice {Choice})";
    }

    [Property(MaxTest = 2400)]
    [Trait("Category", "Slow")]
    public Property Every_damaged_document_gives_a_dataset_or_violations_and_an_accepted_one_round_trips()
    {
        var cases = from b in Gen.Choose(0, 1)
                    from damage in Gen.Elements(Enum.GetValues<Damage>())
                    from spot in Gen.Choose(0, int.MaxValue)
                    from choice in Gen.Choose(0, int.MaxValue)
                    select new Case(b, damage, spot, choice);
        return Props.ForAll(cases, c =>
        {
            var bytes = Apply(Encoding.UTF8.GetBytes(Bases.Value[c.Base]), c);
            var read = SmallStack.Run(() => JsonText.TryRead(bytes, Today));
            if (read.Dataset is { } dataset)
            {
                var written = DatasetJson.Write(dataset);
                var again = SmallStack.Run(() => JsonText.TryRead(written, Today));
                return again.Dataset is { } back && Same.Dataset(back, dataset) && DatasetJson.Write(back) == written;
            }

            return read.Violations.Count > 0 && read.Violations.All(v => RuleCatalog.Default.Rules.Any(r => r.Code == v.Code) && v.Path is not null);
        });
    }

    [Fact]
    public void The_damages_produce_both_accepted_and_refused_documents_and_every_kind_of_code()
    {
        var accepted = 0;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(20261129);
        for (var i = 0; i < 600; i++)
        {
            var c = new Case(i % 2, (Damage)(i % Enum.GetValues<Damage>().Length), random.Next(), random.Next());
            var read = SmallStack.Run(() => JsonText.TryRead(Apply(Encoding.UTF8.GetBytes(Bases.Value[c.Base]), c), Today));
            accepted += read.Success ? 1 : 0;
            codes.UnionWith(read.Violations.Select(v => v.Code));
        }

        output.WriteLine($"{accepted} of 600 accepted; codes: {string.Join(", ", codes.Order(StringComparer.Ordinal))}");
        Assert.InRange(accepted, 20, 580);
        Assert.Superset(new HashSet<string> { RuleCodes.JsonMalformed, RuleCodes.JsonInvalidValue, RuleCodes.JsonLimit }, codes);
        Assert.Contains(codes, code => !code.StartsWith("json.", StringComparison.Ordinal));
    }

    private static byte[] Apply(byte[] bytes, Case c)
    {
        switch (c.Damage)
        {
            case Damage.Truncate:
                return bytes[..(c.Where % bytes.Length)];
            case Damage.FlipByte:
                var flipped = (byte[])bytes.Clone();
                flipped[c.Where % bytes.Length] ^= (byte)(1 << (c.Choice % 8));
                return flipped;
            case Damage.InvalidUtf8:
                byte[][] invalid = [[0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]];
                var at = c.Where % bytes.Length;
                return [.. bytes[..at], .. invalid[c.Choice % invalid.Length], .. bytes[at..]];
            case Damage.DeepNesting:
                var depth = 10_000;
                var text = Encoding.UTF8.GetString(bytes);
                var position = text.IndexOf('[', StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(text[..(position + 1)] + new string('[', depth) + new string(']', depth) + "," + text[(position + 1)..]);
            default:
                return Encoding.UTF8.GetBytes(Edit(Encoding.UTF8.GetString(bytes), c));
        }
    }

    private const string Marker = "__marker__";

    // Tree edits: pick a node by position among all nodes, then damage it.
    private static string Edit(string json, Case c)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = Nodes(root).ToList();
        var node = nodes[c.Where % nodes.Count];
        switch (c.Damage)
        {
            case Damage.UnknownMember when node is JsonObject obj:
                obj["unexpected" + (c.Choice % 3)] = c.Choice % 2 == 0 ? "x" : 1;
                break;
            case Damage.Replace when node.Parent is JsonObject parent:
                // A marker replaced in the text, so that values JsonNode refuses to hold (lone surrogates) get in.
                parent[node.GetPropertyName()] = Marker;
                return root.ToJsonString().Replace("\"" + Marker + "\"", Replacements[c.Choice % Replacements.Length], StringComparison.Ordinal);
            case Damage.Replace when node.Parent is JsonArray array:
                array[node.GetElementIndex()] = Marker;
                return root.ToJsonString().Replace("\"" + Marker + "\"", Replacements[c.Choice % Replacements.Length], StringComparison.Ordinal);
            case Damage.Remove when node.Parent is JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case Damage.Remove when node.Parent is JsonArray array:
                array.RemoveAt(node.GetElementIndex());
                break;
            case Damage.DuplicateItem when node.Parent is JsonArray array:
                array.Insert(node.GetElementIndex(), node.DeepClone());
                break;
            case Damage.DuplicateKey when node is JsonObject { Count: > 0 } obj:
                // JsonNode keeps keys unique; write the object and repeat its first member in the text.
                var marker = "\"__duplicate__\"";
                obj["__duplicate__"] = 0;
                var text = root.ToJsonString();
                var first = obj.First();
                var member = JsonNode.Parse("{}")!.AsObject();
                member[first.Key] = first.Value?.DeepClone();
                var repeated = member.ToJsonString()[1..^1];
                return text.Replace(marker + ":0", repeated, StringComparison.Ordinal);
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is not null)
            {
                foreach (var inner in Nodes(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
