namespace FriendshipUnion.Domain.Organizations;

/// <summary>The province a provincial union serves from a date on: a union's record lists them in time order, so that
/// a merger of provinces shows which unit the union served before it.</summary>
public sealed record ProvinceServed
{
    /// <summary>Initializes the entry.</summary>
    /// <param name="province">The province (an administrative unit over time).</param>
    /// <param name="from">From when; <see langword="null"/> for the union's whole record up to the next entry.</param>
    /// <exception cref="ArgumentException"><paramref name="province"/> is the default id, or <paramref name="from"/> is
    /// the default date.</exception>
    public ProvinceServed(ProvinceId province, PartialDate? from = null)
    {
        Province = Guard.Against.UnsetId(province);
        From = Guard.Against.UnsetDate(from);
    }

    /// <summary>Gets the province.</summary>
    public ProvinceId Province { get; }

    /// <summary>Gets from when the union serves it, or <see langword="null"/> from the start of its record.</summary>
    public PartialDate? From { get; }

    /// <summary>Formats the entry as <c>nghe-an from 1991</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => From is { } from ? $"{Province} from {from}" : Province.ToString();
}
