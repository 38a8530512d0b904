using System.Runtime.CompilerServices;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The project's own guard clauses, for the argument preconditions that repeat across the model. They extend
/// Ardalis.GuardClauses (<c>Guard.Against.UnsetId(id)</c>) and, like its guards, throw argument exceptions: a broken
/// precondition is a caller's mistake, never a broken domain rule.
/// </summary>
internal static class Guards
{
    /// <summary>Refuses the default (empty) id.</summary>
    /// <typeparam name="T">The id type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="id">The id.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="id"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id.</exception>
    public static T UnsetId<T>(this IGuardClause guardClause, T id, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
        where T : struct, ISlugId<T> =>
        id.Value.Length == 0 ? throw new ArgumentException($"The {Name(parameterName)} must be set: the default id is empty.", parameterName) : id;

    /// <summary>Refuses the default <see cref="PartialDate"/>, which stands for no date.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the default value.</exception>
    public static PartialDate UnsetDate(this IGuardClause guardClause, PartialDate date, [CallerArgumentExpression(nameof(date))] string? parameterName = null) =>
        date.IsSet ? date : throw new ArgumentException($"The {Name(parameterName)} must be set: the default PartialDate is not a date.", parameterName);

    /// <summary>Refuses the default <see cref="PartialDate"/> in an optional date (null stays allowed).</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="date">The date, or <see langword="null"/>.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the default value.</exception>
    public static PartialDate? UnsetDate(this IGuardClause guardClause, PartialDate? date, [CallerArgumentExpression(nameof(date))] string? parameterName = null) =>
        date is { IsSet: false } ? throw new ArgumentException($"The {Name(parameterName)} must be set or omitted: the default PartialDate is not a date.", parameterName) : date;

    /// <summary>Refuses a date the library cannot keep: one outside the years 0001–9999 or not in the ISO calendar
    /// (the format writes ISO dates of four-digit years).</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static NodaTime.LocalDate OutsideCalendar(this IGuardClause guardClause, NodaTime.LocalDate date, [CallerArgumentExpression(nameof(date))] string? parameterName = null) =>
        date.Calendar != NodaTime.CalendarSystem.Iso ? throw new ArgumentException($"The {Name(parameterName)} must be in the ISO calendar.", parameterName)
        : date.Year is < 1 or > 9999 ? throw new ArgumentOutOfRangeException(parameterName, date, $"The {Name(parameterName)} must fall in the years 0001–9999.")
        : date;

    /// <summary>Refuses an optional date the library cannot keep (null stays allowed).</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="date">The date, or <see langword="null"/>.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static NodaTime.LocalDate? OutsideCalendar(this IGuardClause guardClause, NodaTime.LocalDate? date, [CallerArgumentExpression(nameof(date))] string? parameterName = null) =>
        date is { } value ? OutsideCalendar(guardClause, value, parameterName) : null;

    /// <summary>Refuses a value that is not a named member of its enum.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static T Undefined<T>(this IGuardClause guardClause, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(parameterName, value, $"Not a {typeof(T).Name}.");

    /// <summary>Refuses a value below a minimum.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than <paramref name="minimum"/>.</exception>
    public static T Below<T>(this IGuardClause guardClause, T value, T minimum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T> =>
        value.CompareTo(minimum) < 0 ? throw new ArgumentOutOfRangeException(parameterName, value, $"The {Name(parameterName)} must be at least {minimum}.") : value;

    /// <summary>Refuses an amount that is zero or negative.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="value">The amount.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not above zero.</exception>
    public static decimal NotPositive(this IGuardClause guardClause, decimal value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value <= 0 ? throw new ArgumentOutOfRangeException(parameterName, value, $"The {Name(parameterName)} must be above zero.") : value;

    /// <summary>Refuses a value above a maximum.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is more than <paramref name="maximum"/>.</exception>
    public static T Above<T>(this IGuardClause guardClause, T value, T maximum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T> =>
        value.CompareTo(maximum) > 0 ? throw new ArgumentOutOfRangeException(parameterName, value, $"The {Name(parameterName)} must be at most {maximum}.") : value;

    /// <summary>Copies a list, refusing a null list or a null item, so that the caller's list cannot change the
    /// copy afterwards and a cast cannot change it at all.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="items">The items.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns>A read-only copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds null.</exception>
    public static IReadOnlyList<T> NullItems<T>(this IGuardClause guardClause, IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? parameterName = null)
        where T : class
    {
        Guard.Against.Null(items, parameterName);
        var copy = items.ToArray();
        foreach (var item in copy)
        {
            Guard.Against.Null(item, parameterName, "The list holds null.");
        }

        return Array.AsReadOnly(copy);
    }

    // "union.Id" reads better as "union id" in a message.
    private static string Name(string? parameterName) => parameterName ?? "value";
}
