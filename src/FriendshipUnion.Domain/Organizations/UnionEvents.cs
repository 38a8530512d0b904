
namespace FriendshipUnion.Domain.Organizations;

/// <summary>A union was established in the model (created with its first name).</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Name">Its first name.</param>
public sealed record UnionEstablished(UnionId Union, UnionName Name) : IDomainEvent;

/// <summary>A union took a new name.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Name">The new name, with the date it was taken.</param>
public sealed record UnionRenamed(UnionId Union, UnionName Name) : IDomainEvent;

/// <summary>A friendship association became a member of a union.</summary>
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

/// <summary>A union was merged or dissolved.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Succession">How and when, and the successor.</param>
public sealed record SuccessionRecorded(UnionId Union, Succession Succession) : IDomainEvent;
