using System.Globalization;
using System.Text;
using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Iati.Tests;

/// <summary>The package's rules and violations in English and Vietnamese.</summary>
public sealed class IatiLanguageTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void Every_rule_of_the_package_has_its_Vietnamese_statement_and_source()
    {
        Assert.All(IatiRules.Catalog, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.StatementVi), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.SourceVi), rule.Code);
            Assert.True(rule.StatementVi!.IsNormalized(NormalizationForm.FormC) && rule.SourceVi!.IsNormalized(NormalizationForm.FormC));
            Assert.Equal((rule.StatementVi, rule.SourceVi), (rule.StatementIn(Vi), rule.SourceIn(Vi)));
            Assert.Equal(rule.Statement, rule.StatementIn(CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void A_violation_reads_in_either_language_with_its_position()
    {
        var violation = new IatiViolation(IatiRules.ValueDate, "The value has no @value-date.", new IatiPosition("a.xml", 12, 7, "/iati-activities/iati-activity[1]/transaction[2]/value"), "5000");
        var coreRule = new IatiViolation(RuleCodes.CurrencyKnown, "XAU is not a currency of the table.");

        Assert.Equal("a.xml:12:7: iati.value-date: The value has no @value-date. (/iati-activities/iati-activity[1]/transaction[2]/value)", violation.DescribeIn(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(violation.ToString(), violation.DescribeIn(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(
            "a.xml:12:7: iati.value-date: Vi phạm quy tắc: " + IatiRules.Catalog.Single(r => r.Code == IatiRules.ValueDate).StatementVi + " (giá trị: 5000) (/iati-activities/iati-activity[1]/transaction[2]/value)",
            violation.DescribeIn(Vi));
        Assert.StartsWith("currency.known: Vi phạm quy tắc: ", coreRule.DescribeIn(Vi), StringComparison.Ordinal);
    }
}
