using System.Globalization;

namespace FriendshipUnion.Domain.Common;

/// <summary>
/// A quantity known to lie between two bounds, as happens when it is computed from a partial date (the days
/// elapsed since a congress held "in December 2013"). Exact when both bounds are equal.
/// </summary>
/// <typeparam name="T">The quantity's type.</typeparam>
/// <param name="Min">The smallest possible value.</param>
/// <param name="Max">The largest possible value.</param>
public readonly record struct Bounds<T>(T Min, T Max)
    where T : struct, IComparable<T>
{
    /// <summary>Gets a value indicating whether the quantity is known exactly.</summary>
    public bool IsExact => Min.CompareTo(Max) == 0;

    /// <summary>Formats the bounds as <c>5</c> or <c>5–35</c>, in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsExact
        ? string.Create(CultureInfo.InvariantCulture, $"{Min}")
        : string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}");
}
