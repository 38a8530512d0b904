namespace FriendshipUnion.Domain.Terms;

/// <summary>A congress of a union was recorded; it opened a new term.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Congress">The congress.</param>
public sealed record CongressRecorded(UnionId Union, Congress Congress) : IDomainEvent;
