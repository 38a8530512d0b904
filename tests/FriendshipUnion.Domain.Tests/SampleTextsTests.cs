using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FriendshipUnion.Domain.Tests.Serialization;

namespace FriendshipUnion.Domain.Tests;

/// <summary>The samples speak Vietnamese wherever they speak: every text they pass to <c>T("...")</c> or
/// <c>F("...")</c> has a Vietnamese translation in their resources, with the same placeholders and spacing.</summary>
public sealed partial class SampleTextsTests
{
    private static readonly string Root = DatasetJsonTests.RepositoryRoot();

    public static TheoryData<string> Samples() => ["TermTracker", "AidLedger"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_text_of_a_sample_has_its_Vietnamese_translation(string sample)
    {
        var translations = XDocument.Load(Path.Combine(Root, "samples", sample, "Resources", "Texts.vi.resx")).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var sources = Directory.GetFiles(Path.Combine(Root, "samples", sample), "*.cs").Concat(Directory.GetFiles(Path.Combine(Root, "samples", "Shared"), "*.cs"));
        var missing = new List<string>();
        foreach (var file in sources)
        {
            foreach (Match match in Literal().Matches(File.ReadAllText(file)))
            {
                var english = Regex.Unescape(match.Groups[1].Value);
                if (!english.All(char.IsAscii))
                {
                    continue; // already Vietnamese (the parse errors Cli translates)
                }

                if (!translations.TryGetValue(english, out var vietnamese))
                {
                    missing.Add($"{Path.GetFileName(file)}: {english}");
                    continue;
                }

                Assert.True(vietnamese.IsNormalized(NormalizationForm.FormC), english);
                Assert.Equal(Placeholders(english), Placeholders(vietnamese));
                Assert.True(LeadingSpaces(english) == LeadingSpaces(vietnamese), $"'{english}' and '{vietnamese}' start differently");
            }
        }

        Assert.True(missing.Count == 0, "No Vietnamese text for:\n" + string.Join("\n", missing));
    }

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static int LeadingSpaces(string text) => text.Length - text.TrimStart(' ').Length;

    [GeneratedRegex("""\b[TF]\(\s*"((?:[^"\\]|\\.)*)"(?=\s*[,)])""")]
    private static partial Regex Literal();
}
