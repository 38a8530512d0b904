namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// The library's one word for uncertainty: the answer to a yes-or-no question about facts whose dates may be
/// partial ("did this term run on that day?", "was this document in force?", "is this date before that one?").
/// </summary>
public enum Answer
{
    /// <summary>Certainly not: no reading of the partial dates involved makes it so.</summary>
    No = 0,

    /// <summary>For some, but not all, readings of the partial dates involved.</summary>
    Possibly = 1,

    /// <summary>Certainly: every reading of the partial dates involved makes it so.</summary>
    Yes = 2,
}

/// <summary>
/// The answer to an as-of query: the entry in force on a date, if any, and whether it certainly or only possibly
/// is. A value type, so that lookups allocate nothing. The default value is the answer "none".
/// </summary>
/// <typeparam name="T">The type of the entries looked up.</typeparam>
public readonly struct AsOf<T> : IEquatable<AsOf<T>>
    where T : class
{
    /// <summary>Initializes an answer that found an entry.</summary>
    /// <param name="value">The entry in force.</param>
    /// <param name="answer"><see cref="Answer.Yes"/> when the entry is certainly in force,
    /// <see cref="Answer.Possibly"/> when the date falls within the uncertainty of a partial date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="answer"/> is <see cref="Answer.No"/> or not defined: an
    /// entry that was found is in force certainly or possibly (use <see langword="default"/> for "none").</exception>
    public AsOf(T value, Answer answer)
    {
        Guard.Against.Null(value);
        if (answer is not (Answer.Yes or Answer.Possibly))
        {
            throw new ArgumentException("An entry found is in force certainly (Yes) or possibly (Possibly); use default for none.", nameof(answer));
        }

        Value = value;
        Answer = answer;
    }

    /// <summary>Gets the entry in force, or <see langword="null"/> when none is on record.</summary>
    public T? Value { get; }

    /// <summary>Gets a value indicating whether an entry was found.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool HasValue => Value is not null;

    /// <summary>Gets whether the entry is in force: <see cref="Answer.Yes"/>, <see cref="Answer.Possibly"/> when the
    /// date falls within the uncertainty of a partial date, or <see cref="Answer.No"/> when nothing was found.</summary>
    public Answer Answer { get; }

    /// <summary>Creates the answer for an entry that may be missing.</summary>
    /// <param name="value">The entry, or <see langword="null"/> for none.</param>
    /// <param name="certain">Whether the entry is certainly, rather than possibly, in force.</param>
    /// <returns>The answer.</returns>
    internal static AsOf<T> Of(T? value, bool certain) =>
        value is null ? default : new AsOf<T>(value, certain ? Answer.Yes : Answer.Possibly);

    /// <inheritdoc/>
    public bool Equals(AsOf<T> other) => ReferenceEquals(Value, other.Value) && Answer == other.Answer;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AsOf<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Answer);

    /// <summary>Compares two answers: the same entry, equally certain.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AsOf<T> left, AsOf<T> right) => left.Equals(right);

    /// <summary>Compares two answers.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AsOf<T> left, AsOf<T> right) => !left.Equals(right);
}
