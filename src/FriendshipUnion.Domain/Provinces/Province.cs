using NodaTime;

namespace FriendshipUnion.Domain.Provinces;

/// <summary>What kind of provincial-level administrative unit a province is.</summary>
public enum ProvinceKind
{
    /// <summary>A province (tỉnh).</summary>
    Province = 0,

    /// <summary>A centrally-run city (thành phố trực thuộc trung ương).</summary>
    CentrallyRunCity = 1,
}

/// <summary>
/// A provincial-level administrative unit over time: its names, when it began and ended, its administrative centre
/// and the units it was formed from. A merger that keeps a name (An Giang and Kiên Giang became An Giang on
/// 2025-07-01 under Resolution 202/2025/QH15) makes a new unit with a new id: the province behind a union before the
/// merger is not the one after it. Provinces compare by content, list by list.
/// </summary>
public sealed record Province
{
    /// <summary>Initializes a province.</summary>
    /// <param name="id">Its stable id.</param>
    /// <param name="vietnamese">Its Vietnamese name (<c>Nghệ An</c>).</param>
    /// <param name="english">Its English name (<c>Nghe An</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default, or a name is blank.</exception>
    public Province(ProvinceId id, string vietnamese, string english)
    {
        Id = Guard.Against.UnsetId(id);
        Vietnamese = Texts.Required(vietnamese, nameof(vietnamese));
        English = Texts.Required(english, nameof(english));
    }

    /// <summary>Gets the stable id.</summary>
    public ProvinceId Id { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    public string Vietnamese { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets whether it is a province or a centrally-run city.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not defined.</exception>
    public ProvinceKind Kind
    {
        get;
        init => field = Guard.Against.Undefined(value);
    }

    /// <summary>Gets the first day of the unit, when known.</summary>
    /// <exception cref="ArgumentException">On init: the date is the default value.</exception>
    public PartialDate? From
    {
        get;
        init => field = Guard.Against.UnsetDate(value);
    }

    /// <summary>Gets the last day of the unit, when it has ended (merged into another or split).</summary>
    /// <exception cref="ArgumentException">On init: the date is the default value.</exception>
    public PartialDate? To
    {
        get;
        init => field = Guard.Against.UnsetDate(value);
    }

    /// <summary>Gets the administrative centre (<c>Rạch Giá</c>), when recorded.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Centre
    {
        get;
        init => field = Texts.Optional(value, nameof(Centre));
    }

    /// <summary>Gets the units it was formed from (by a merger or a split), each of which ended the day before it
    /// began.</summary>
    /// <exception cref="ArgumentException">On init: the list is null or holds the default id.</exception>
    public IReadOnlyList<ProvinceId> Predecessors
    {
        get;
        init
        {
            Guard.Against.Null(value, nameof(Predecessors));
            field = value.Any(p => p == default) ? throw new ArgumentException("A predecessor id must be set.", nameof(Predecessors)) : [.. value];
        }
    }

    = [];

    /// <summary>Gets the document that established it, as its symbol (<c>202/2025/QH15</c>).</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? EstablishedBy
    {
        get;
        init => field = Texts.Optional(value, nameof(EstablishedBy));
    }

    /// <summary>Gets a note.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Tells whether the unit exists on a date: <see cref="Answer.Possibly"/> when the date falls within a
    /// partial start or end date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Yes, no or possibly.</returns>
    public Answer ExistsOn(LocalDate date)
    {
        if ((From is { } from && date < from.Earliest) || (To is { } to && date > to.Latest))
        {
            return Answer.No;
        }

        return (From is { } f && date < f.Latest) || (To is { } t && date > t.Earliest) ? Answer.Possibly : Answer.Yes;
    }

    /// <summary>Tells whether two provinces hold the same content.</summary>
    /// <param name="other">The other province.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(Province? other) =>
        other is not null && Id == other.Id && Vietnamese == other.Vietnamese && English == other.English && Kind == other.Kind
        && From == other.From && To == other.To && Centre == other.Centre && EstablishedBy == other.EstablishedBy
        && Note == other.Note && Source == other.Source && Predecessors.SequenceEqual(other.Predecessors);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, From, To);

    /// <summary>Formats the province as <c>an-giang-2025: An Giang (from 2025-07-01)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Id}: {English}" + (From is { } f ? $" (from {f}" + (To is { } t ? $" to {t})" : ")") : To is { } e ? $" (to {e})" : string.Empty);
}
