using System.Globalization;
using System.Text;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Serialization;

namespace FriendshipUnion.Domain.Tests;

/// <summary>The README tells the truth: its example is the compiled one, and its rule table is the catalogue.</summary>
public sealed class ReadmeTests
{
    private static readonly string Root = DatasetJsonTests.RepositoryRoot();

    [Fact]
    public void The_README_example_is_the_compiled_quick_start()
    {
        var source = File.ReadAllText(Path.Combine(Root, "samples", "TermTracker", "QuickStart.cs"));
        var begin = source.IndexOf("// README:begin", StringComparison.Ordinal) + "// README:begin".Length;
        var end = source.IndexOf("// README:end", StringComparison.Ordinal);
        var lines = source[begin..end].Split('\n').Select(l => l.TrimEnd()).Select(l => l.StartsWith("        ", StringComparison.Ordinal) ? l[8..] : l.Trim());
        var snippet = string.Join("\n", lines).Trim();

        Assert.Contains("```csharp\n" + snippet + "\n```", Readme(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_rule_table_is_the_rule_catalogue()
    {
        var table = new StringBuilder("<!-- rules:begin -->\n| code | meaning | source | checked | in force |\n|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var period = (rule.InForceFrom, rule.InForceTo) switch
            {
                (null, null) => "always",
                ({ } from, null) => $"from {from:uuuu-MM-dd}",
                (null, { } to) => $"to {to:uuuu-MM-dd}",
                ({ } from, { } to) => $"{from:uuuu-MM-dd} to {to:uuuu-MM-dd}",
            };
            var severity = rule.Severity == RuleSeverity.Advisory ? " (advisory: a status, never a refusal)" : string.Empty;
            var check = rule.Verification switch
            {
                RuleVerification.Verified => "verified",
                RuleVerification.Assumed => "**assumed**",
                _ => "the library's",
            };
            table.Append(CultureInfo.InvariantCulture, $"| `{rule.Code}` | {rule.Statement}{severity} | {rule.Source} | {check} | {period} |\n");
        }

        table.Append("<!-- rules:end -->");
        var readme = Readme();
        var start = readme.IndexOf("<!-- rules:begin -->", StringComparison.Ordinal);
        var stop = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal) + "<!-- rules:end -->".Length;
        Assert.True(start >= 0 && stop > start, "README.md lacks the <!-- rules:begin --> and <!-- rules:end --> markers.");
        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            readme = readme[..start] + table + readme[stop..];
            File.WriteAllText(Path.Combine(Root, "README.md"), readme);
        }

        Assert.True(readme.Contains(table.ToString(), StringComparison.Ordinal), "The README's rule table differs from RuleCatalog.Default; run the tests with UPDATE_README=1 and commit README.md.");
    }

    private static string Readme() => File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
}
