using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Documents;

namespace FriendshipUnion.Domain.Datasets;

/// <summary>People were added to a dataset.</summary>
/// <param name="People">The people, in the order added.</param>
public sealed record PeopleAdded(IReadOnlyList<Person> People) : IDomainEvent
{
    /// <inheritdoc/>
    public bool Equals(PeopleAdded? other) => other is not null && People.SequenceEqual(other.People);

    /// <inheritdoc/>
    public override int GetHashCode() => People.Count;
}

/// <summary>Provinces (administrative units over time) were added to a dataset.</summary>
/// <param name="Provinces">The provinces, in the order added.</param>
public sealed record ProvincesAdded(IReadOnlyList<Provinces.Province> Provinces) : IDomainEvent
{
    /// <inheritdoc/>
    public bool Equals(ProvincesAdded? other) => other is not null && Provinces.SequenceEqual(other.Provinces);

    /// <inheritdoc/>
    public override int GetHashCode() => Provinces.Count;
}

/// <summary>Documents were added to a dataset's registry, together (they may refer to each other).</summary>
/// <param name="Documents">The documents, in the order added.</param>
public sealed record DocumentsAdded(IReadOnlyList<LegalDocument> Documents) : IDomainEvent
{
    /// <inheritdoc/>
    public bool Equals(DocumentsAdded? other) => other is not null && Documents.SequenceEqual(other.Documents);

    /// <inheritdoc/>
    public override int GetHashCode() => Documents.Count;
}

/// <summary>A dataset's exchange rates were set: its aid reports convert with these from now on.</summary>
/// <param name="Rates">The rates, with their policy.</param>
public sealed record ExchangeRatesSet(ExchangeRateTable Rates) : IDomainEvent;

/// <summary>A dataset's description or the schema its files name was set.</summary>
/// <param name="Description">What the dataset is, or <see langword="null"/>.</param>
/// <param name="SchemaReference">The schema its files name for editors, or <see langword="null"/>.</param>
public sealed record DatasetDescribed(string? Description, string? SchemaReference) : IDomainEvent;
