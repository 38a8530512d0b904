
namespace FriendshipUnion.Domain.Organizations;

/// <summary>How a union ended.</summary>
public enum SuccessionKind
{
    /// <summary>Merged into another union, its successor.</summary>
    Merged = 0,

    /// <summary>Dissolved; a successor may take over its work.</summary>
    Dissolved = 1,
}

/// <summary>The end of a union: merged into, or dissolved in favour of, a successor on a date.</summary>
public sealed record Succession
{
    /// <summary>Initializes a succession.</summary>
    /// <param name="kind">Merger or dissolution.</param>
    /// <param name="date">When it took effect.</param>
    /// <param name="successor">The union that takes over; required for a merger.</param>
    /// <exception cref="ArgumentException">A merger has no successor.</exception>
    public Succession(SuccessionKind kind, PartialDate date, UnionId? successor)
    {
        if (kind == SuccessionKind.Merged && successor is null)
        {
            throw new ArgumentException("A merger needs the union merged into.", nameof(successor));
        }

        Kind = kind;
        Date = date;
        Successor = successor;
    }

    /// <summary>Gets whether the union merged or was dissolved.</summary>
    public SuccessionKind Kind { get; }

    /// <summary>Gets when it took effect.</summary>
    public PartialDate Date { get; }

    /// <summary>Gets the successor, when there is one.</summary>
    public UnionId? Successor { get; }

    /// <summary>Gets the decision that made the merger or dissolution, as its symbol or title (a decision of the merged
    /// province's People's Committee, <c>1234/QĐ-UBND</c>), when known. The unions merged into a successor are its
    /// predecessors (<c>UnionDataset.PredecessorsOf</c>).</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Decision
    {
        get;
        init => field = Texts.Optional(value, nameof(Decision));
    }
}
