namespace FriendshipUnion.Domain.Committees;

/// <summary>A body elected for a term was recorded, with its declared size.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Body">The body.</param>
public sealed record BodyDeclared(UnionId Union, CommitteeBody Body) : IDomainEvent;

/// <summary>A change to a term's leadership was recorded.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Change">The change, with every fact it holds.</param>
public sealed record LeadershipChangeRecorded(UnionId Union, LeadershipChange Change) : IDomainEvent;
