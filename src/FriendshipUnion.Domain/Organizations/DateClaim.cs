namespace FriendshipUnion.Domain.Organizations;

/// <summary>A date one source gives for a fact that another source dates otherwise: a disputed claim, kept beside the
/// preferred date with its source ("founded 1986-11-29 by Decision 36/QĐ-TU, says one 2019 report").</summary>
public sealed record DateClaim
{
    /// <summary>Initializes a claim.</summary>
    /// <param name="date">The date the source gives.</param>
    /// <param name="source">The source: a title or a link.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the default value, or
    /// <paramref name="source"/> is blank.</exception>
    public DateClaim(PartialDate date, string source)
    {
        Date = Guard.Against.UnsetDate(date);
        Source = Texts.Required(source, nameof(source));
    }

    /// <summary>Gets the date the source gives.</summary>
    public PartialDate Date { get; }

    /// <summary>Gets the source: its title (<c>Báo Nghệ An, 2019-05-14</c>), or a link when that is all there is.</summary>
    public string Source { get; }

    /// <summary>Gets where the source can be read (a URL), when known, beside its title in <see cref="Source"/>.</summary>
    /// <exception cref="ArgumentException">On init: the link is blank.</exception>
    public string? Link
    {
        get;
        init => field = Texts.Optional(value, nameof(Link));
    }

    /// <summary>Gets what else the source says (the decision it cites, the name the union had).</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Formats the claim as <c>1986-11-29 (source)</c>, or <c>1986-11-29 (source, link)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Link is null ? $"{Date} ({Source})" : $"{Date} ({Source}, {Link})";
}
