namespace FriendshipUnion.Domain.Rules;

/// <summary>The one shape of every change: check, then either apply and succeed, or refuse with every violation and
/// change nothing. <c>TryX</c> methods return what <see cref="Apply"/> returns; <c>X</c> methods pass it to
/// <see cref="ThrowIfRefused"/>.</summary>
internal static class Outcome
{
    /// <summary>Applies a change when nothing was found against it.</summary>
    /// <returns><see langword="true"/> when applied.</returns>
    internal static bool Apply(List<RuleViolation> found, out IReadOnlyList<RuleViolation> violations, Action apply)
    {
        violations = found;
        if (found.Count > 0)
        {
            return false;
        }

        apply();
        return true;
    }

    /// <exception cref="RuleViolationException"><paramref name="applied"/> is false.</exception>
    internal static void ThrowIfRefused(bool applied, IReadOnlyList<RuleViolation> violations)
    {
        if (!applied)
        {
            throw new RuleViolationException(violations);
        }
    }
}
