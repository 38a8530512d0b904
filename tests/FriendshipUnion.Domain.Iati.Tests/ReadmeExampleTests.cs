using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using NodaTime;

namespace FriendshipUnion.Domain.Iati.Tests;

/// <summary>The README's IATI example is this compiled code, and it works.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_README_shows_the_compiled_example()
    {
        var source = File.ReadAllText(Path.Combine(Root(), "tests", "FriendshipUnion.Domain.Iati.Tests", "ReadmeExampleTests.cs"));
        var begin = source.IndexOf("// README:" + "begin", StringComparison.Ordinal) + "// README:".Length + "begin".Length;
        var end = source.IndexOf("// README:" + "end", StringComparison.Ordinal);
        var lines = source[begin..end].Split('\n').Select(l => l.TrimEnd()).Select(l => l.StartsWith("        ", StringComparison.Ordinal) ? l[8..] : l.Trim());
        var snippet = string.Join("\n", lines).Trim();
        Assert.Contains("```csharp\n" + snippet + "\n```", File.ReadAllText(Path.Combine(Root(), "README.md")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_example_imports_a_publishers_file()
    {
        var dataset = DefaultDataset.Load(SystemClock.Instance);
        var updated = Example(dataset, IatiImportTests.Fixture("ngo-publisher.xml"));
        Assert.Empty(dataset.Aid.Activities);
        Assert.Equal(3, updated.Aid.Activities.Count);
    }

    private static UnionDataset Example(UnionDataset dataset, string path)
    {
        // README:begin
        using var file = File.OpenRead(path);
        var import = IatiImporter.Import(dataset, [new IatiSource(file, Path.GetFileName(path))],
            new IatiImportOptions(UnionId.Parse("nghe-an")) { Perspective = IatiPerspective.Recipient }, SystemClock.Instance);
        foreach (var violation in import.Violations)
        {
            Console.WriteLine(violation);  // file:line:column: code: message (xpath)
        }

        var updated = import.Dataset;                                               // `dataset` itself is never changed
        // README:end
        return updated;
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FriendshipUnion.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
