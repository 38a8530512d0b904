namespace FriendshipUnion.Domain.Rules;

/// <summary>
/// Thrown when a change or a load breaks one or more rules. Nothing was changed. <see cref="Violations"/> holds
/// every violation found, each with its rule code and path.
/// </summary>
public sealed class RuleViolationException : Exception
{
    /// <summary>Initializes a new exception for the given violations.</summary>
    /// <param name="violations">The violations; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public RuleViolationException(IEnumerable<RuleViolation> violations)
        : this(Materialize(violations))
    {
    }

    /// <summary>Initializes a new exception with a single violation.</summary>
    /// <param name="violation">The violation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violation"/> is null.</exception>
    public RuleViolationException(RuleViolation violation)
        : this([violation ?? throw new ArgumentNullException(nameof(violation))])
    {
    }

    /// <summary>Initializes a new exception; prefer the constructors that take violations.</summary>
    public RuleViolationException()
        : this([new RuleViolation("rule.unspecified", "A rule was broken.")])
    {
    }

    /// <summary>Initializes a new exception with a message; prefer the constructors that take violations.</summary>
    /// <param name="message">The message.</param>
    public RuleViolationException(string message)
        : this([new RuleViolation("rule.unspecified", message)])
    {
    }

    /// <summary>Initializes a new exception with a message and inner exception; prefer the constructors that take
    /// violations.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [new RuleViolation("rule.unspecified", message)];
    }

    private RuleViolationException(RuleViolation[] violations)
        : base(Describe(violations))
    {
        Violations = violations;
    }

    /// <summary>Gets every violation found, in the order found.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Gets the first violation's code.</summary>
    public string Code => Violations[0].Code;

    private static RuleViolation[] Materialize(IEnumerable<RuleViolation> violations)
    {
        Guard.Against.Null(violations);
        var array = violations.ToArray();
        return array.Length == 0 ? throw new ArgumentException("At least one violation is required.", nameof(violations)) : array;
    }

    private static string Describe(RuleViolation[] violations) => violations.Length == 1
        ? violations[0].ToString()
        : $"{violations[0]} (and {violations.Length - 1} more violation{(violations.Length == 2 ? string.Empty : "s")})";
}
