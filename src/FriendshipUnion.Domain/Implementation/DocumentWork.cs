using FriendshipUnion.Domain.Documents;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>A plan with its status on the date asked about.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Status">Its status on that date.</param>
public readonly record struct PlanOnDate(ImplementationPlan Plan, PlanStatus Status);

/// <summary>
/// What a union does on one document on a date: the key tasks of the term's programme that carry it out and the
/// plans that implement it, each with its computed status.
/// </summary>
/// <param name="Symbol">The document's symbol.</param>
/// <param name="Document">The document, when the registry holds it.</param>
/// <param name="InForce">Whether the document is in force on the date; possibly, when the registry does not hold it.</param>
/// <param name="Tasks">The term programme's tasks that carry out the document.</param>
/// <param name="Plans">The plans that implement it, with their status on the date.</param>
public sealed record DocumentWork(DocumentSymbol Symbol, LegalDocument? Document, Answer InForce, IReadOnlyList<KeyTask> Tasks, IReadOnlyList<PlanOnDate> Plans)
{
    /// <summary>Gets the status of the work as a whole: overdue when any plan is, else in progress when any is, else
    /// planned when any is, else done; <see langword="null"/> when no plan is on record (only a programme's task).</summary>
    public PlanStatus? Status => Plans.Count == 0 ? null
        : Plans.Any(p => p.Status == PlanStatus.Overdue) ? PlanStatus.Overdue
        : Plans.Any(p => p.Status == PlanStatus.InProgress) ? PlanStatus.InProgress
        : Plans.Any(p => p.Status == PlanStatus.Planned) ? PlanStatus.Planned
        : PlanStatus.Done;

    /// <inheritdoc/>
    public bool Equals(DocumentWork? other) =>
        other is not null && Symbol == other.Symbol && Document == other.Document && InForce == other.InForce
        && Tasks.SequenceEqual(other.Tasks) && Plans.SequenceEqual(other.Plans);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Symbol, InForce, Tasks.Count, Plans.Count);
}
