namespace FriendshipUnion.Domain.Implementation;

/// <summary>A term's work programme was adopted.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Programme">The programme.</param>
public sealed record WorkProgrammeAdopted(UnionId Union, WorkProgramme Programme) : IDomainEvent;

/// <summary>A union committed to implement a document.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Plan">The plan.</param>
public sealed record ImplementationPlanRecorded(UnionId Union, ImplementationPlan Plan) : IDomainEvent;

/// <summary>A report was recorded against an implementation plan.</summary>
/// <param name="Union">The union's id.</param>
/// <param name="Plan">The plan's id.</param>
/// <param name="Report">The report.</param>
public sealed record ImplementationReportRecorded(UnionId Union, PlanId Plan, ImplementationReport Report) : IDomainEvent;
