using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>
/// Runs FsCheck properties inside xunit tests (FsCheck.Xunit is not available here). On failure the counterexample
/// and the replay seed go into the test output and the failure message; set FSCHECK_REPLAY="seed,gamma" to replay.
/// </summary>
internal static class Properties
{
    internal const int DefaultTests = 200;

    internal static void Check<T>(ITestOutputHelper output, Gen<T> generator, Func<T, bool> property, int maxTest = DefaultTests, [CallerMemberName] string name = "")
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true).WithName(name);
        if (Environment.GetEnvironmentVariable("FSCHECK_REPLAY") is { Length: > 0 } replay)
        {
            var parts = replay.Split(',', StringSplitOptions.TrimEntries);
            config = config.WithReplay(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
            output.WriteLine($"Replaying {replay}");
        }

        try
        {
            FsCheck.Check.One(config, Prop.ForAll(generator.ToArbitrary(), property));
            output.WriteLine($"{name}: passed {maxTest} tests");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            output.WriteLine(ex.Message);
            output.WriteLine("To replay: set FSCHECK_REPLAY to the two numbers in parentheses above (seed,gamma).");
            throw new PropertyFailedException($"{name} failed:{Environment.NewLine}{ex.Message}", ex);
        }
    }

    internal sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
}
