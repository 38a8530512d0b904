namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// Where and why a text could not be parsed: the zero-based position of the first offending character and a
/// message a person can act on.
/// </summary>
/// <param name="Position">The zero-based index in the input at which parsing failed.</param>
/// <param name="Message">What was expected there.</param>
public readonly record struct ParseError(int Position, string Message)
{
    /// <summary>Formats the error as <c>"at 5: expected a digit"</c>.</summary>
    /// <returns>The position and the message.</returns>
    public override string ToString() => $"at {Position}: {Message}";
}

/// <summary>
/// The outcome of parsing a text: either a value or a <see cref="ParseError"/>. Parsing through a result rather
/// than an exception keeps the failure path cheap on hot paths (imports, validation of forms).
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public readonly struct ParseResult<T>
{
    private readonly T value;
    private readonly ParseError error;

    private ParseResult(T value, ParseError error, bool success)
    {
        this.value = value;
        this.error = error;
        Success = success;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    public bool Success { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message says where and why.</exception>
    public T Value => Success ? value : throw new FormatException(error.ToString());

    /// <summary>Gets the error of a failed parse.</summary>
    /// <exception cref="InvalidOperationException">Parsing succeeded, so there is no error.</exception>
    public ParseError Error => Success ? throw new InvalidOperationException("The parse succeeded; there is no error.") : error;

    internal static ParseResult<T> ForValue(T value) => new(value, default, true);

    internal static ParseResult<T> ForError(ParseError error) => new(default!, error, false);

    /// <summary>Gets the value if parsing succeeded.</summary>
    /// <param name="result">The parsed value, or the default when parsing failed.</param>
    /// <returns><see langword="true"/> when parsing succeeded.</returns>
    public bool TryGetValue(out T result)
    {
        result = value;
        return Success;
    }
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
internal static class ParseResult
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue<T>(T value) => ParseResult<T>.ForValue(value);

    /// <summary>Creates a failed result.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="position">The zero-based position of the failure.</param>
    /// <param name="message">What was expected there.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static ParseResult<T> ForError<T>(int position, string message)
    {
        Guard.Against.Null(message);
        return ParseResult<T>.ForError(new ParseError(position, message));
    }
}
