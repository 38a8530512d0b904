using FriendshipUnion.Domain.Calendar;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace FriendshipUnion.Domain.Data;

/// <summary>
/// The embedded default dataset: VUFO, the Nghe An union and the An Giang union as reported in news reports and
/// legal texts, in the library's JSON format: their congresses, committees and named leaders, the directives and
/// legal documents of the sources, the unions' work programmes and An Giang's annual plan for Directive 38-CT/TW.
/// Uncertain facts stay uncertain (VUFO's 5th congress is known to the month; An Giang's previous term has no
/// congress date and an inconsistent label; decrees known only by their year keep only the year).
/// </summary>
public static class DefaultDataset
{
    private const string ResourceName = "FriendshipUnion.Domain.Data.default-dataset.json";

    /// <summary>Loads the dataset, checking every rule as of today in Vietnam.</summary>
    /// <param name="clock">The clock that tells today.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static UnionDataset Load(IClock clock) => Load(VietnamTime.Today(clock));

    /// <summary>Loads the dataset, checking every rule as of <paramref name="today"/>.</summary>
    /// <param name="today">Today: the rule that no congress is held in the future is checked against it.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="Rules.RuleViolationException"><paramref name="today"/> is before a congress in the data.</exception>
    public static UnionDataset Load(LocalDate today)
    {
        using var stream = OpenJson();
        return DatasetJson.TryRead(stream, today).GetDatasetOrThrow();
    }

    /// <summary>Opens the embedded JSON document, for callers who want the raw text.</summary>
    /// <returns>A readable stream; the caller disposes it.</returns>
    public static Stream OpenJson() =>
        typeof(DefaultDataset).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the assembly.");
}
