using System.Globalization;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// A quantity known to lie between two bounds, as happens when it is computed from a partial date (the days
/// elapsed since a congress held "in December 2013"). Exact when both bounds are equal. <see cref="Min"/> is never
/// greater than <see cref="Max"/>; the default value is the exact default of <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The quantity's type.</typeparam>
public readonly record struct Bounds<T>
    where T : struct, IComparable<T>
{
    /// <summary>Initializes bounds.</summary>
    /// <param name="min">The smallest possible value.</param>
    /// <param name="max">The largest possible value, not less than <paramref name="min"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="max"/> is less than <paramref name="min"/>.</exception>
    public Bounds(T min, T max)
    {
        if (max.CompareTo(min) < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The bounds are out of order: {min} is more than {max}."), nameof(max));
        }

        Min = min;
        Max = max;
    }

    /// <summary>Gets the smallest possible value.</summary>
    public T Min { get; }

    /// <summary>Gets the largest possible value.</summary>
    public T Max { get; }

    /// <summary>Gets a value indicating whether the quantity is known exactly.</summary>
    public bool IsExact => Min.CompareTo(Max) == 0;

    /// <summary>Formats the bounds as <c>5</c> or <c>5–35</c>, in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsExact
        ? string.Create(CultureInfo.InvariantCulture, $"{Min}")
        : string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}");
}

/// <summary>Creates <see cref="Bounds{T}"/>.</summary>
internal static class Bounds
{
    /// <summary>Creates the bounds of two values given in either order.</summary>
    /// <typeparam name="T">The quantity's type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    /// <returns>From the smaller to the larger.</returns>
    public static Bounds<T> Between<T>(T a, T b)
        where T : struct, IComparable<T> => a.CompareTo(b) <= 0 ? new(a, b) : new(b, a);
}
