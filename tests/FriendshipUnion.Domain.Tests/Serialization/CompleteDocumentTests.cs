using System.Text.Json.Nodes;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>A document that holds every member of the format once: read, written and read back, nothing is lost,
/// added or changed — the written document is the input, member for member and value for value.</summary>
public sealed class CompleteDocumentTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static string Complete => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Documents", "complete.json"));

    [Fact]
    public void The_complete_document_is_written_back_as_it_was_read()
    {
        var dataset = DatasetJson.Read(Complete, Today);
        var written = DatasetJson.Write(dataset);

        Assert.True(JsonNode.DeepEquals(Normalized(JsonNode.Parse(Complete)!), Normalized(JsonNode.Parse(written)!)), written);
        Assert.True(Same.Dataset(DatasetJson.Read(written, Today), dataset));
        Assert.Equal(written, DatasetJson.Write(DatasetJson.Read(written, Today)));
    }

    [Fact]
    public void Writing_to_a_stream_writes_the_same_text()
    {
        var dataset = DatasetJson.Read(Complete, Today);
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        Assert.Equal(DatasetJson.Write(dataset), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.True(Same.Dataset(DatasetJson.Read(stream, Today), dataset));
        Assert.Throws<ArgumentNullException>(() => DatasetJson.Write(dataset, null!));
        Assert.Throws<ArgumentNullException>(() => DatasetJson.Write(null!, stream));
        Assert.Throws<ArgumentNullException>(() => DatasetJson.Write(null!));
    }

    [Fact]
    public void Reading_takes_today_from_a_clock_and_refuses_what_happens_after_it()
    {
        Assert.True(Same.Dataset(DatasetJson.Read(Complete, Clocks.At(2026, 11, 29)), DatasetJson.Read(Complete, Today)));
        var early = Assert.Throws<Domain.Rules.RuleViolationException>(() => DatasetJson.Read(Complete, new LocalDate(2024, 1, 1)));
        Assert.Contains(early.Violations, v => v.Code == Domain.Rules.RuleCodes.CongressNotInFuture);
        Assert.Throws<ArgumentNullException>(() => DatasetJson.Read(Complete, (NodaTime.IClock)null!));
        Assert.Throws<ArgumentNullException>(() => DatasetJson.Read((string)null!, Today));
        Assert.Throws<ArgumentNullException>(() => DatasetJson.Read((Stream)null!, Today));
    }

    [Fact]
    public void A_stream_that_cannot_be_read_is_refused()
    {
        using var closed = new MemoryStream();
        closed.Dispose();
        Assert.Throws<ArgumentException>(() => DatasetJson.TryRead(closed, Today, null, out _, out _));
    }

    // Amounts, rates and percentages may be read from numbers and are written as strings; compare them as text.
    private static JsonNode? Normalized(JsonNode? node, string? name = null) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Normalized(p.Value, p.Key)))),
        JsonArray array => new JsonArray(array.Select(item => Normalized(item, name)).ToArray()),
        _ when node.GetValueKind() == System.Text.Json.JsonValueKind.Number && name is "amount" or "rate" or "percentage" => JsonValue.Create(node.ToJsonString()),
        _ => node.DeepClone(),
    };
}
