using System.Text.Json.Nodes;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace FriendshipUnion.Domain.Data;

/// <summary>
/// The embedded default dataset: VUFO, the Nghe An union and the An Giang union as reported in news reports and
/// legal texts, in the library's JSON format: their congresses, committees and named leaders, the directives and
/// legal documents of the sources, the unions' work programmes and An Giang's annual plan for Directive 38-CT/TW.
/// Uncertain facts stay uncertain (VUFO's 5th congress is known to the month; An Giang's previous term has no
/// congress date and an inconsistent label; decrees known only by their year keep only the year). Its aid ledger holds
/// one summary entry, An Giang's foreign NGO aid for 2015–2021 as its source reports it (nearly VND 91 billion, USD 4
/// million), with no invented donors; <see cref="LoadWithExample(LocalDate)"/> adds a clearly labelled synthetic example
/// ledger for the samples.
/// </summary>
public static class DefaultDataset
{
    private const string ResourceName = "FriendshipUnion.Domain.Data.default-dataset.json";
    private const string ExampleName = "FriendshipUnion.Domain.Data.example-aid-ledger.json";

    /// <summary>Loads the dataset, checking every rule as of today in Vietnam.</summary>
    /// <param name="clock">The clock that tells today.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="Rules.RuleViolationException">The clock reads a day before a date in the data.</exception>
    public static UnionDataset Load(IClock clock) => Load(VietnamTime.Today(clock));

    /// <summary>Loads the dataset, checking every rule as of <paramref name="today"/>.</summary>
    /// <param name="today">Today: the rule that no congress is held in the future is checked against it.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="Rules.RuleViolationException"><paramref name="today"/> is before a congress in the data.</exception>
    public static UnionDataset Load(LocalDate today)
    {
        using var stream = OpenJson();
        return DatasetJson.Read(stream, today);
    }

    /// <summary>Loads the dataset with the synthetic example aid ledger added: invented donors, activities, entries and
    /// rates (every one marked as synthetic in its note or source) that show the ledger's features in the samples. Do
    /// not report the example as fact.</summary>
    /// <param name="today">Today, for the rules that look at the caller's clock.</param>
    /// <returns>The dataset with the example's parties, activities, entries and rates added to the real ones.</returns>
    /// <exception cref="Rules.RuleViolationException"><paramref name="today"/> is before a date in the data.</exception>
    public static UnionDataset LoadWithExample(LocalDate today) =>
        DatasetJson.Read(ExampleJson(), today);

    /// <summary>Loads the dataset with the synthetic example aid ledger added, checking every rule as of today in Vietnam.</summary>
    /// <param name="clock">The clock that tells today.</param>
    /// <returns>The dataset with the example's parties, activities, entries and rates added to the real ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="Rules.RuleViolationException">The clock reads a day before a date in the data.</exception>
    public static UnionDataset LoadWithExample(IClock clock) => LoadWithExample(VietnamTime.Today(clock));

    /// <summary>Gets the embedded dataset with the synthetic example ledger merged in, as one JSON document of the
    /// current schema version.</summary>
    /// <returns>The document.</returns>
    public static string ExampleJson()
    {
        using var real = OpenJson();
        using var example = Open(ExampleName);
        var merged = JsonNode.Parse(real)!.AsObject();
        var extra = JsonNode.Parse(example)!.AsObject();
        Append(merged, extra, "exchangeRates", "rates");
        foreach (var list in new[] { "parties", "activities", "transactions", "closedBooks" })
        {
            Append(merged, extra, "aid", list);
        }

        return merged.ToJsonString();
    }

    /// <summary>Opens the embedded JSON document, for callers who want the raw text.</summary>
    /// <returns>A readable stream; the caller disposes it.</returns>
    public static Stream OpenJson() => Open(ResourceName);

    private static Stream Open(string name) =>
        typeof(DefaultDataset).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the assembly.");

    // Appends the example's items of a list to the real document's, creating the list where the real one has none.
    private static void Append(JsonObject into, JsonObject from, string section, string list)
    {
        if (from[section]?[list] is not JsonArray items)
        {
            return;
        }

        var target = into[section] as JsonObject ?? (JsonObject)(into[section] = new JsonObject());
        var array = target[list] as JsonArray ?? (JsonArray)(target[list] = new JsonArray());
        foreach (var item in items.ToArray())
        {
            items.Remove(item);
            array.Add(item);
        }
    }
}
