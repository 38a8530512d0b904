namespace TermTracker;

/// <summary>The README's code example, kept here so that the build compiles it (<c>TermTracker quickstart</c> runs it).</summary>
internal static class QuickStart
{
    /// <summary>Runs the example.</summary>
    /// <param name="output">Where to write.</param>
    internal static void Run(TextWriter output)
    {
        // README:begin
        // using FriendshipUnion.Domain.Data; using FriendshipUnion.Domain.Kernel; using FriendshipUnion.Domain.Rules; using FriendshipUnion.Domain.Terms; using NodaTime;
        var today = new LocalDate(2024, 10, 1);
        var dataset = DefaultDataset.Load(today);                    // every rule checked on load
        var ngheAn = dataset.Find(UnionId.Parse("nghe-an"))!;

        var term = ngheAn.TermOn(today).Value!;                      // the 6th congress's term, 2024–2029
        output.WriteLine($"{term.Congress.OrdinalText} congress, term {term.Label}, since {term.Start}");
        output.WriteLine($"Next congress: {term.DueStatusOn(today)}, due from {term.Schedule?.DueFrom.ToString("uuuu-MM-dd", null)}");

        try
        {
            // A 7th congress dated before the 6th breaks a rule: nothing changes, and the error says which rule.
            ngheAn.RecordCongress(new Congress(7, PartialDate.Parse("2024-01"), TermLabel.Parse("2029–2034")), today);
        }
        catch (RuleViolationException ex)
        {
            output.WriteLine($"Refused: {ex.Violations[0]}");
        }

        // README:end
    }
}
