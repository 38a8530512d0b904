using System.Globalization;
using System.Text;

namespace FriendshipUnion.Domain.Popolo.Tests;

/// <summary>The package's rules and violations in English and Vietnamese.</summary>
public sealed class PopoloLanguageTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");

    [Fact]
    public void Every_rule_of_the_package_has_its_Vietnamese_statement_and_source()
    {
        Assert.All(PopoloRules.Catalog, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.StatementVi), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.SourceVi), rule.Code);
            Assert.True(rule.StatementVi!.IsNormalized(NormalizationForm.FormC) && rule.SourceVi!.IsNormalized(NormalizationForm.FormC));
        });
    }

    [Fact]
    public void A_violation_reads_in_either_language_with_its_path()
    {
        var violation = new PopoloViolation(PopoloRules.Date, "'2024-13' is not a date.", "$.persons[0].birth_date");

        Assert.Equal(violation.ToString(), violation.DescribeIn(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("$.persons[0].birth_date: popolo.date: Vi phạm quy tắc: " + PopoloRules.Catalog.Single(r => r.Code == PopoloRules.Date).StatementVi, violation.DescribeIn(Vi));
    }
}
