namespace FriendshipUnion.Samples;

/// <summary>
/// How a sample fails: one line on stderr — what went wrong, with whatever the user typed or the file held echoed
/// with control and invisible characters escaped and long text cut — and exit code 2. Whatever a user passes, a
/// sample prints its output or that line; it never shows a stack trace.
/// </summary>
internal static class Failure
{
    /// <summary>The exit code of every failure.</summary>
    internal const int ExitCode = 2;

    private const int MaxLength = 500;

    /// <summary>Runs a sample's work, turning every failure into one line on stderr and exit code 2.</summary>
    /// <param name="program">The sample's name, the line's prefix.</param>
    /// <param name="work">The work; returns the exit code.</param>
    /// <returns>The exit code.</returns>
    internal static int Guard(string program, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (FriendshipUnion.Domain.Rules.RuleViolationException ex)
        {
            return Report(program, Describe(ex.Violations));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return Report(program, ex.Message);
        }
        catch (Exception ex) when (ex.GetType().Name == "UsageException")
        {
            return Report(program, ex.Message);
        }
        catch (Exception ex)
        {
            // Not expected: the library refuses bad input with rule violations. Still one line, never a stack trace.
            return Report(program, Localizer.F("unexpected error ({0}): {1}", ex.GetType().Name, ex.Message));
        }
    }

    /// <summary>Writes one line on stderr.</summary>
    /// <param name="program">The sample's name.</param>
    /// <param name="message">What went wrong.</param>
    /// <returns><see cref="ExitCode"/>.</returns>
    internal static int Report(string program, string message)
    {
        Console.Error.WriteLine($"{program}: {Escape(message)}");
        return ExitCode;
    }

    /// <summary>The first violation, with its path and code, and how many more there are.</summary>
    /// <param name="violations">The violations.</param>
    /// <returns>The text.</returns>
    internal static string Describe(IReadOnlyList<FriendshipUnion.Domain.Rules.RuleViolation> violations) => violations.Count switch
    {
        0 => "refused",
        1 => violations[0].DescribeIn(Localizer.Culture),
        _ => violations[0].DescribeIn(Localizer.Culture) + " " + Localizer.F("(and {0} more)", violations.Count - 1),
    };

    /// <summary>Makes text safe for one line (see <see cref="FriendshipUnion.Domain.Kernel.Printable"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    internal static string Escape(string text) => FriendshipUnion.Domain.Kernel.Printable.Escape(text, MaxLength);
}
