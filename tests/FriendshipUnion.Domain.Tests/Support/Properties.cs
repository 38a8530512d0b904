namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>
/// The properties' arbitraries: a generator with the shrinking that suits it. Every property is an FsCheck.Xunit
/// <c>[Property]</c>: on failure FsCheck shrinks the counterexample and reports the seed; paste it into the
/// attribute's <c>Replay</c> (<c>[Property(Replay = "(123,456)")]</c>) to run that case again.
/// </summary>
internal static class Props
{
    /// <summary>How many cases a property runs unless it says otherwise.</summary>
    internal const int DefaultTests = 200;

    /// <summary>A property over a generated value, shrunk by FsCheck's shrinker for its type where it has one.</summary>
    internal static Property ForAll<T>(Gen<T> generator, Func<T, bool> property) =>
        Prop.ForAll(generator.ToArbitrary(), property);

    /// <summary>A property over a generated sequence (of commands, changes, steps), shrunk by dropping elements:
    /// first halves, then single elements, so that a failure is reported with the shortest sequence that shows it.</summary>
    internal static Property ForAllSequences<T>(Gen<T[]> generator, Func<T[], bool> property) =>
        Prop.ForAll(Arb.From(generator, items => Shorter(items)), property);

    /// <summary>The same, for a sequence generated with other values.</summary>
    internal static Property ForAllSequences<T, TOther>(Gen<(T[] Items, TOther Other)> generator, Func<(T[] Items, TOther Other), bool> property) =>
        Prop.ForAll(Arb.From(generator, s => Shorter(s.Items).Select(items => (items, s.Other))), property);

    internal static IEnumerable<T[]> Shorter<T>(T[] items)
    {
        if (items.Length == 0)
        {
            yield break;
        }

        yield return [];
        if (items.Length > 3)
        {
            yield return items[..(items.Length / 2)];
            yield return items[(items.Length / 2)..];
        }

        for (var i = 0; i < items.Length; i++)
        {
            yield return [.. items[..i], .. items[(i + 1)..]];
        }
    }

    /// <summary>Samples a generator with a fixed seed, for the facts that check what a generator reaches: the same
    /// sample on every run, so that such a fact never fails by chance.</summary>
    internal static T[] Sample<T>(Gen<T> generator, int size, int count) =>
        Gen.Sample(generator, size, new Rnd(20261129UL), count);
}
