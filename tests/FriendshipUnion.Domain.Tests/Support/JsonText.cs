using System.Text.Json;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>What reading a document gave: a dataset, or the violations.</summary>
internal sealed record ReadResult(UnionDataset? Dataset, IReadOnlyList<RuleViolation> Violations)
{
    public bool Success => Dataset is not null;
}

/// <summary>Reading documents in tests, and writing documents the library would refuse to write.</summary>
internal static class JsonText
{
    internal static ReadResult TryRead(string json, LocalDate today, DatasetOptions? options = null) =>
        DatasetJson.TryRead(json, today, options, out var dataset, out var violations) ? new(dataset, []) : new(null, violations);

    internal static ReadResult TryRead(ReadOnlySpan<byte> utf8, LocalDate today, DatasetOptions? options = null) =>
        DatasetJson.TryRead(utf8, today, options, out var dataset, out var violations) ? new(dataset, []) : new(null, violations);

    /// <summary>Writes descriptions that were not checked, so that the reader can be fed documents that break rules.</summary>
    internal static string WriteUnchecked(IEnumerable<UnionDraft> drafts, IReadOnlyList<Person>? people = null, IReadOnlyList<LegalDocument>? documents = null) =>
        JsonSerializer.Serialize(
            new DatasetDocument
            {
                SchemaVersion = DatasetJson.CurrentSchemaVersion,
                People = DatasetMapper.ToDocuments(people ?? []),
                Documents = DatasetMapper.ToDocuments(documents ?? []),
                Unions = drafts.Select(DatasetMapper.ToDocument).ToArray(),
            },
            DatasetJsonContext.Files.DatasetDocument);
}
