using NodaTime;

namespace FriendshipUnion.Domain.Aid;

/// <summary>Where an aid activity stands (Decree 80/2020/NĐ-CP: proposal, appraisal, approval, implementation).</summary>
public enum ActivityStatus
{
    /// <summary>Proposed: the union has the donor's proposal; pledges may be recorded.</summary>
    Proposed = 0,

    /// <summary>Appraised: the dossier was appraised; pledges may be recorded.</summary>
    Appraised = 1,

    /// <summary>Approved: the competent authority approved the aid; commitments and incoming funds may be recorded.</summary>
    Approved = 2,

    /// <summary>Implementing: the aid is being carried out; every entry may be recorded.</summary>
    Implementing = 3,

    /// <summary>Closed: the activity ended; nothing more is recorded but reversals.</summary>
    Closed = 4,

    /// <summary>Revoked: the approval was withdrawn because nothing was implemented within 6 months of it.</summary>
    Revoked = 5,

    /// <summary>Cancelled: withdrawn before approval.</summary>
    Cancelled = 6,
}

/// <summary>A dated change of an activity's status.</summary>
/// <param name="Status">The status entered.</param>
/// <param name="Date">The day it was entered.</param>
public sealed record StatusChange(ActivityStatus Status, LocalDate Date);

/// <summary>The lifecycle as data: which status may follow which, and which entries each status allows.</summary>
public static class ActivityLifecycle
{
    /// <summary>Tells whether an activity may move from one status to another: proposed → appraised → approved →
    /// implementing → closed; proposed or appraised → cancelled; approved → revoked.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The next status.</param>
    /// <returns><see langword="true"/> when the move is in order.</returns>
    public static bool CanMove(ActivityStatus from, ActivityStatus to) => (from, to) switch
    {
        (ActivityStatus.Proposed, ActivityStatus.Appraised) => true,
        (ActivityStatus.Appraised, ActivityStatus.Approved) => true,
        (ActivityStatus.Approved, ActivityStatus.Implementing) => true,
        (ActivityStatus.Implementing, ActivityStatus.Closed) => true,
        (ActivityStatus.Proposed or ActivityStatus.Appraised, ActivityStatus.Cancelled) => true,
        (ActivityStatus.Approved, ActivityStatus.Revoked) => true,
        _ => false,
    };

    /// <summary>Gets the statuses that may follow a status.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The next statuses, in enum order; empty for closed, revoked and cancelled.</returns>
    public static IReadOnlyList<ActivityStatus> Next(ActivityStatus from) => Enum.GetValues<ActivityStatus>().Where(to => CanMove(from, to)).ToArray();

    /// <summary>Tells whether an entry of a type may be dated while an activity is in a status: pledges from proposal to
    /// implementation; commitments and incoming funds once approved; disbursements and expenditure while
    /// implementing. Reversals are corrections and are not gated by the lifecycle.</summary>
    /// <param name="status">The activity's status on the entry's date.</param>
    /// <param name="type">The entry's type.</param>
    /// <returns><see langword="true"/> when the entry is allowed.</returns>
    public static bool Allows(ActivityStatus status, TransactionType type) => type switch
    {
        TransactionType.IncomingPledge or TransactionType.OutgoingPledge => status <= ActivityStatus.Implementing,
        TransactionType.IncomingCommitment or TransactionType.OutgoingCommitment or TransactionType.IncomingFunds =>
            status is ActivityStatus.Approved or ActivityStatus.Implementing,
        _ => status == ActivityStatus.Implementing,
    };
}
