using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>The named hostile documents (Serialization/Hostile, written by its generate.py from complete.json): each
/// is refused, on a 1 MB stack, with the rule code and JSON path listed for it in expected.tsv, and
/// <c>DatasetJson.Read</c> throws only the documented exception.</summary>
public sealed class HostileCorpusTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Serialization", "Hostile");

    public static TheoryData<string, string, string> Documents()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Fact]
    public void The_corpus_holds_at_least_a_hundred_named_documents()
    {
        Assert.True(Documents().Count >= 100);
        Assert.Equal(Documents().Count, Directory.GetFiles(Folder, "*.json").Length);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_hostile_document_is_refused_with_its_code_and_path(string file, string code, string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var result = SmallStack.Run(() => JsonText.TryRead(bytes, Today));

        Assert.False(result.Success);
        var violation = result.Violations.FirstOrDefault(v => v.Code == code);
        Assert.True(violation is not null, $"Expected {code} at {path}; got {string.Join("; ", result.Violations.Take(3))}");
        Assert.Equal(path, violation.Path);
        using var stream = new MemoryStream(bytes);
        Assert.Throws<Domain.Rules.RuleViolationException>(() => SmallStack.Run(() => DatasetJson.Read(stream, Today)));
    }
}
