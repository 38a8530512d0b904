using NodaTime;

namespace FriendshipUnion.Domain.Aid;

/// <summary>A donor or partner was registered in the ledger.</summary>
/// <param name="Party">The party.</param>
public sealed record PartyRegistered(Party Party) : IDomainEvent;

/// <summary>An aid activity was proposed.</summary>
/// <param name="Activity">The activity.</param>
public sealed record AidActivityProposed(AidActivity Activity) : IDomainEvent;

/// <summary>An aid activity changed status.</summary>
/// <param name="Activity">The activity's id.</param>
/// <param name="Change">The dated change.</param>
public sealed record AidActivityStatusChanged(ActivityId Activity, StatusChange Change) : IDomainEvent;

/// <summary>An entry was posted to the ledger (a reposting of the same entry records no event).</summary>
/// <param name="Transaction">The entry.</param>
public sealed record AidTransactionPosted(AidTransaction Transaction) : IDomainEvent;

/// <summary>A union's books were closed through a day: no entry dated on or before it may be posted.</summary>
/// <param name="Union">The union.</param>
/// <param name="Through">The last day of the closed period.</param>
public sealed record AidBooksClosed(UnionId Union, LocalDate Through) : IDomainEvent;
