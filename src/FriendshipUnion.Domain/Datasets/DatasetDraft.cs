using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Organizations;

namespace FriendshipUnion.Domain.Datasets;

/// <summary>
/// Everything a dataset is made of but its aid ledger and exchange rates — its people, its documents and its unions,
/// each union with its leadership and implementation work — not yet checked: what
/// <see cref="UnionDataset.Create(DatasetDraft, NodaTime.LocalDate, DatasetOptions?)"/> builds a dataset from and
/// <see cref="UnionDataset.ToDraft"/> returns. Drafts compare by content, list by list.
/// </summary>
public sealed record DatasetDraft
{
    /// <summary>Gets the people named in the unions' leadership.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<Person> People
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(People));
    }

    = [];

    /// <summary>Gets the provinces the unions serve, as administrative units over time.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<Provinces.Province> Provinces
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Provinces));
    }

    = [];

    /// <summary>Gets the documents the unions implement or cite.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<LegalDocument> Documents
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Documents));
    }

    = [];

    /// <summary>Gets the unions, in dataset order.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<UnionDraft> Unions
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Unions));
    }

    = [];

    /// <summary>Gets what the dataset is, in a sentence or two for its readers (a file's <c>description</c>).</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Description
    {
        get;
        init => field = Texts.Optional(value, nameof(Description));
    }

    /// <summary>Gets the schema a file of the dataset names for editors (its <c>$schema</c> member), kept as given.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? SchemaReference
    {
        get;
        init => field = Texts.Optional(value, nameof(SchemaReference));
    }

    /// <summary>Tells whether two drafts hold the same content, list by list.</summary>
    /// <param name="other">The other draft.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(DatasetDraft? other) =>
        other is not null && Description == other.Description && SchemaReference == other.SchemaReference && People.SequenceEqual(other.People) && Provinces.SequenceEqual(other.Provinces) && Documents.SequenceEqual(other.Documents) && Unions.SequenceEqual(other.Unions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(People.Count, Documents.Count, Unions.Count);
}
