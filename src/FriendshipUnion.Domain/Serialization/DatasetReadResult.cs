using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Serialization;

/// <summary>The outcome of reading a dataset: the dataset, or every violation found, each with its rule code and
/// JSON path. Never both.</summary>
public sealed class DatasetReadResult
{
    private DatasetReadResult(UnionDataset? dataset, IReadOnlyList<RuleViolation> violations)
    {
        Dataset = dataset;
        Violations = violations;
    }

    /// <summary>Gets a value indicating whether the document was read and every rule holds.</summary>
    public bool Success => Dataset is not null;

    /// <summary>Gets the dataset, or <see langword="null"/> when reading failed.</summary>
    public UnionDataset? Dataset { get; }

    /// <summary>Gets every violation found; empty on success.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Gets the dataset or throws the violations.</summary>
    /// <returns>The dataset.</returns>
    /// <exception cref="RuleViolationException">Reading failed; the exception lists every violation.</exception>
    public UnionDataset GetDatasetOrThrow() => Dataset ?? throw new RuleViolationException(Violations);

    internal static DatasetReadResult Succeeded(UnionDataset dataset) => new(dataset, []);

    internal static DatasetReadResult Failed(IReadOnlyList<RuleViolation> violations) => new(null, violations);
}
