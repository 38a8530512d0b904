namespace FriendshipUnion.Domain.Kernel;

/// <summary>The level of a Union of Friendship Organizations.</summary>
public enum OrganizationLevel
{
    /// <summary>The national union, the Vietnam Union of Friendship Organizations (VUFO).</summary>
    Central = 0,

    /// <summary>A provincial (or city) union, a member of the central union.</summary>
    Provincial = 1,
}
