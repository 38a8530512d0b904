namespace FriendshipUnion.Domain.Common;

/// <summary>Yes, no or possibly: the answer to "did this hold on that date?" when dates may be partial.</summary>
public enum Answer
{
    /// <summary>Certainly not.</summary>
    No = 0,

    /// <summary>For some, but not all, readings of the partial dates involved.</summary>
    Possibly = 1,

    /// <summary>Certainly.</summary>
    Yes = 2,
}
