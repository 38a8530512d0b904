using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>A union was established in a dataset, with everything known of its identity and its first name.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Level">Central or provincial.</param>
/// <param name="Name">Its first name.</param>
/// <param name="Parent">Its parent union, if any.</param>
/// <param name="Founded">When it was founded, when known.</param>
/// <param name="TraditionDay">Its tradition day, when it has one.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record UnionEstablished(UnionId Union, OrganizationLevel Level, UnionName Name, UnionId? Parent, PartialDate? Founded, LocalDate? TraditionDay, string? Source) : IDomainEvent
{
    /// <summary>Gets the founding dates other sources give (<see cref="UnionDraft.OtherFoundingClaims"/>).</summary>
    public IReadOnlyList<DateClaim> OtherFoundingClaims { get; init; } = [];

    /// <summary>Gets the latest day the record reaches (<see cref="UnionDraft.RecordedTo"/>).</summary>
    public PartialDate? RecordedTo { get; init; }

    /// <summary>Gets the provinces the union serves over time (<see cref="UnionDraft.Provinces"/>).</summary>
    public IReadOnlyList<ProvinceServed> Provinces { get; init; } = [];
}

/// <summary>A union took a new name.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Name">The new name, with the date it was taken.</param>
public sealed record UnionRenamed(UnionId Union, UnionName Name) : IDomainEvent;

/// <summary>A friendship association became a member of a union (or was recorded as a former member).</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Association">The association.</param>
public sealed record AssociationAdmitted(UnionId Union, MemberAssociation Association) : IDomainEvent;

/// <summary>A friendship association left a union.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Association">The association, with the date it left.</param>
public sealed record AssociationLeft(UnionId Union, MemberAssociation Association) : IDomainEvent;

/// <summary>A reported member count was recorded.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Count">The count.</param>
public sealed record MemberCountRecorded(UnionId Union, MemberCount Count) : IDomainEvent;

/// <summary>A congress of a union was recorded; it opened a new term.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Congress">The congress.</param>
public sealed record CongressRecorded(UnionId Union, Congress Congress) : IDomainEvent;

/// <summary>A union was merged or dissolved.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Succession">How and when, and the successor.</param>
public sealed record SuccessionRecorded(UnionId Union, Succession Succession) : IDomainEvent;
