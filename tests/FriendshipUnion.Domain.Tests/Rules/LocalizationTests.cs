using System.Globalization;
using System.Reflection;
using System.Text;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Rules;

/// <summary>Every code, source and name of the library in English and in Vietnamese, chosen by culture, from the
/// assembly's resources; and the Vietnamese forms of dates, money and ordinals.</summary>
public sealed class LocalizationTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> Codes() => [.. typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    public static TheoryData<Type> Enums() => [.. typeof(RuleCodes).Assembly.GetExportedTypes().Where(t => t.IsEnum)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_English_and_a_Vietnamese_text(string code)
    {
        var english = DomainText.Find("rule." + code, En);
        var vietnamese = DomainText.Find("rule." + code, Vi);

        Assert.False(string.IsNullOrWhiteSpace(english), $"{code} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(vietnamese), $"{code} has no Vietnamese text");
        Assert.NotEqual(english, vietnamese);
        Assert.True(vietnamese.IsNormalized(NormalizationForm.FormC), $"{code}: not NFC");
        foreach (var provision in RuleCatalog.Default.Rules.Where(r => r.Code == code))
        {
            // The English text is the catalogue's statement, word for word.
            Assert.Equal(provision.Statement, english);
            Assert.Equal(vietnamese, provision.StatementIn(Vi));
            Assert.Equal(provision.Statement, provision.StatementIn(En));
        }
    }

    [Fact]
    public void Every_source_of_the_catalogue_is_in_both_languages()
    {
        foreach (var provision in RuleCatalog.Default.Rules)
        {
            var vietnamese = provision.SourceIn(Vi);
            Assert.True(DomainText.Find("source." + provision.Source, Vi) == vietnamese, $"{provision.Code}: '{provision.Source}' has no Vietnamese text");
            Assert.True(vietnamese.IsNormalized(NormalizationForm.FormC));
            Assert.Equal(provision.Source, provision.SourceIn(En));
        }

        Assert.Contains(RuleCatalog.Default.Rules, r => r.SourceIn(Vi) == "Nghị định 126/2024/NĐ-CP về hội, Điều 22");
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_name_of_a_kind_office_body_and_status_is_in_both_languages(Type type)
    {
        foreach (var member in Enum.GetNames(type))
        {
            var english = DomainText.Find($"{type.Name}.{member}", En);
            var vietnamese = DomainText.Find($"{type.Name}.{member}", Vi);
            Assert.False(string.IsNullOrWhiteSpace(english), $"{type.Name}.{member} has no English name");
            Assert.False(string.IsNullOrWhiteSpace(vietnamese), $"{type.Name}.{member} has no Vietnamese name");
            Assert.True(vietnamese.IsNormalized(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void The_Vietnamese_terms_are_the_ones_in_use_with_their_diacritics()
    {
        Assert.Equal(
            ["Ban Chấp hành", "Ban Thường vụ", "Đoàn Chủ tịch", "Phó Chủ tịch thường trực", "Chủ tịch"],
            [DomainText.Name(BodyKind.ExecutiveCommittee, Vi), DomainText.Name(BodyKind.StandingCommittee, Vi), DomainText.Name(BodyKind.Presidium, Vi), DomainText.Name(Office.PermanentVicePresident, Vi), DomainText.Name(Office.President, Vi)]);
        Assert.Equal("Permanent Vice President", DomainText.Name(Office.PermanentVicePresident, En));
        var kinds = SymbolVocabulary.Default.Types.Select(t => t.Kind).DistinctBy(k => k.Code).ToDictionary(k => k.Code);
        Assert.Equal(("Nghị định", "Chỉ thị"), (kinds["decree"].NameIn(Vi), kinds["directive"].NameIn(Vi)));
        Assert.Equal("Decree", kinds["decree"].NameIn(En));
    }

    [Fact]
    public void English_is_the_fallback_for_any_other_culture()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");

        Assert.Equal("President", DomainText.Name(Office.President, french));
        Assert.Equal("Chủ tịch", DomainText.Name(Office.President, CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("99", DomainText.Name((Office)99, Vi));
        Assert.Null(DomainText.Find("no.such.key", Vi));
    }

    [Fact]
    public void Dates_money_and_ordinals_are_written_as_the_culture_writes_them()
    {
        Assert.Equal(("17/09/2024", "2024-09-17"), (DomainText.FormatDate(new LocalDate(2024, 9, 17), Vi), DomainText.FormatDate(new LocalDate(2024, 9, 17), En)));
        Assert.Equal(
            ["17/09/2024", "09/2024", "1991", "11/07/2023–14/09/2023", "30/12/2013?"],
            new[] { "2024-09-17", "2024-09", "1991", "2023-07-11/2023-09-14", "2013-12-30?" }.Select(d => DomainText.FormatDate(PartialDate.Parse(d), Vi)));
        Assert.Equal("2023-07-11/2023-09-14", DomainText.FormatDate(PartialDate.Parse("2023-07-11/2023-09-14"), En));
        Assert.Equal("91.000.000.000 ₫", Money.Of(91_000_000_000m, Currency.Vnd).Format(Vi));
        Assert.Equal("4.000.000,00 US$", Money.Of(4_000_000m, Currency.Usd).Format(Vi));
        Assert.Equal("USD 4,000,000.00", Money.Of(4_000_000m, Currency.Usd).Format(En));
        Assert.Equal(("lần thứ VI", "6th", "lần thứ XIV", "13th"), (DomainText.Ordinal(6, Vi), DomainText.Ordinal(6, En), DomainText.Ordinal(14, Vi), DomainText.Ordinal(13, En)));
    }

    [Fact]
    public void A_violation_reads_in_Vietnamese_with_its_path_code_and_value()
    {
        var violation = new RuleViolation(RuleCodes.TermNoOverlap, "The 6th congress (2019) is not after the 5th (2024).", "$.unions[1].congresses[1].held", "2019");

        Assert.Equal(violation.ToString(), violation.DescribeIn(En));
        Assert.Equal("$.unions[1].congresses[1].held: [term.no-overlap] Vi phạm quy tắc: " + DomainText.Find("rule.term.no-overlap", Vi) + " (giá trị: 2019)", violation.DescribeIn(Vi));
        Assert.Equal("custom", new RuleViolation("custom.rule", "custom").MessageIn(Vi));
    }

    [Fact]
    public void A_callers_own_provision_keeps_its_words_or_gives_its_Vietnamese()
    {
        var own = new Rule(RuleCodes.TermMaxSpan, "A term lasts at most four years under our charter.", "Charter of the union");
        var bilingual = new Rule("charter.term", "A term lasts at most four years.", "Charter, Art. 9") { StatementVi = "Nhiệm kỳ không quá bốn năm.", SourceVi = "Điều lệ, Điều 9" };

        Assert.Equal((own.Statement, own.Source), (own.StatementIn(Vi), own.SourceIn(Vi)));
        Assert.Equal(("Nhiệm kỳ không quá bốn năm.", "Điều lệ, Điều 9"), (bilingual.StatementIn(Vi), bilingual.SourceIn(Vi)));
        Assert.Equal(bilingual.Statement, bilingual.StatementIn(En));
        Assert.Equal("Vi phạm quy tắc: Nhiệm kỳ không quá bốn năm.", new RuleViolation("charter.term", "Term 6 spans five years.").MessageIn(Vi, [bilingual]));
        Assert.Equal("Term 6 spans five years.", new RuleViolation("charter.term", "Term 6 spans five years.").MessageIn(Vi, []));
    }
}
