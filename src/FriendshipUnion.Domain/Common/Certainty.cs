namespace FriendshipUnion.Domain.Common;

/// <summary>How sure an answer built on partial dates is.</summary>
public enum Certainty
{
    /// <summary>The answer holds whatever the unknown days or months turn out to be.</summary>
    Certain = 0,

    /// <summary>The answer holds for some, but not all, readings of the partial dates involved.</summary>
    Possible = 1,
}

/// <summary>
/// The answer to an as-of query: the entry in force on a date, if any, and how certain that is. A value type so
/// that lookups allocate nothing.
/// </summary>
/// <typeparam name="T">The type of the entries looked up.</typeparam>
public readonly struct AsOf<T>
    where T : class
{
    /// <summary>Initializes a new answer.</summary>
    /// <param name="value">The entry in force, or <see langword="null"/> when none is.</param>
    /// <param name="certainty">How certain the answer is.</param>
    public AsOf(T? value, Certainty certainty)
    {
        Value = value;
        Certainty = certainty;
    }

    /// <summary>Gets the entry in force, or <see langword="null"/> when none is on record.</summary>
    public T? Value { get; }

    /// <summary>Gets a value indicating whether an entry was found.</summary>
    public bool HasValue => Value is not null;

    /// <summary>
    /// Gets how certain the answer is. <see cref="Certainty.Possible"/> means the date falls within the
    /// uncertainty of a partial date: the returned entry may, or may not yet, be in force.
    /// </summary>
    public Certainty Certainty { get; }
}
