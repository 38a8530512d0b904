using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Rules;

public sealed class RuleCatalogTests
{
    [Fact]
    public void Every_code_constant_has_a_provision_and_every_provision_a_known_code()
    {
        var constants = typeof(RuleCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var charter = new Charter(UnionId.Parse("nghe-an"), "A charter")
        {
            ExecutiveCommitteeSize = new(15, 37),
            StandingCommitteeSize = new(5, 11),
            InspectionCommitteeSize = new(3, 5),
            MaxVicePresidents = 3,
        };

        // The charter codes belong to a union's own charter: the default catalogue has none of them.
        Assert.Equal(constants.Where(c => !c.StartsWith("charter.", StringComparison.Ordinal)).Order(), RuleCatalog.Default.Codes.Order());
        Assert.Equal(constants.Where(c => c.StartsWith("charter.", StringComparison.Ordinal)).Order(), charter.ToRules().Select(r => r.Code).Order());
    }

    [Fact]
    public void A_union_charter_applies_to_that_union_only_and_wins_over_a_general_provision()
    {
        var ngheAn = UnionId.Parse("nghe-an");
        var charter = new Charter(ngheAn, "Charter of the Nghe An union") { InForceFrom = new LocalDate(2020, 1, 1), MaxVicePresidents = 2 };
        var general = new Rule(RuleCodes.CharterVicePresidents, "At most four.", "A general rule") { Threshold = 4 };
        var rules = RuleCatalog.Default.With(general).With(charter.ToRules());
        var on = new LocalDate(2025, 1, 1);

        Assert.Equal(2, rules.Find(RuleCodes.CharterVicePresidents, on, ngheAn)!.Threshold);
        Assert.Equal(4, rules.Find(RuleCodes.CharterVicePresidents, on, UnionId.Parse("an-giang"))!.Threshold);
        Assert.Equal(4, rules.Find(RuleCodes.CharterVicePresidents, on)!.Threshold);
        Assert.Equal(4, rules.Find(RuleCodes.CharterVicePresidents, new LocalDate(2019, 1, 1), ngheAn)!.Threshold);
        var forNgheAn = rules.InForceOn(on, ngheAn).Where(r => r.Code == RuleCodes.CharterVicePresidents).ToArray();
        Assert.Equal(2, Assert.Single(forNgheAn).Threshold);
        Assert.Equal(2, rules.InForceOn(on).Count(r => r.Code == RuleCodes.CharterVicePresidents));
        Assert.Throws<ArgumentException>(() => rules.With(charter.ToRules()));
    }

    [Fact]
    public void The_term_limit_comes_from_Decree_45_until_2024_11_25_and_from_Decree_126_after()
    {
        var before = RuleCatalog.Default.Find(RuleCodes.TermMaxSpan, new LocalDate(2024, 11, 25));
        var after = RuleCatalog.Default.Find(RuleCodes.TermMaxSpan, new LocalDate(2024, 11, 26));

        Assert.Contains("45/2010", before!.Source, StringComparison.Ordinal);
        Assert.Contains("126/2024", after!.Source, StringComparison.Ordinal);
        Assert.Equal(5, before.Threshold);
        Assert.Equal(5, after.Threshold);
        Assert.Null(RuleCatalog.Default.Find(RuleCodes.TermMaxSpan, new LocalDate(2010, 6, 30)));
    }

    [Fact]
    public void Rules_in_force_list_one_provision_per_code()
    {
        var inForce = RuleCatalog.Default.InForceOn(new LocalDate(2025, 1, 1));

        Assert.Equal(inForce.Count, inForce.Select(r => r.Code).Distinct().Count());
        Assert.Contains(inForce, r => r.Code == RuleCodes.TermMaxSpan && r.Source.Contains("126/2024", StringComparison.Ordinal));
    }

    [Fact]
    public void A_charter_may_add_a_rule_but_not_a_second_provision_in_force_at_once()
    {
        var charter = new Rule("charter.vufo.example", "An example charter rule.", "VUFO Charter (2019)") { InForceFrom = new LocalDate(2021, 3, 23) };
        var extended = RuleCatalog.Default.With(charter);

        Assert.Same(charter, extended.Find("charter.vufo.example", new LocalDate(2022, 1, 1)));
        Assert.Null(RuleCatalog.Default.Find("charter.vufo.example", new LocalDate(2022, 1, 1)));
        var clash = new Rule(RuleCodes.TermMaxSpan, "Six years.", "A charter") { InForceFrom = new LocalDate(2025, 1, 1), Threshold = 6 };
        Assert.Throws<ArgumentException>(() => RuleCatalog.Default.With(clash));
    }

    [Fact]
    public void A_violation_reads_as_one_line_with_path_code_and_value()
    {
        var violation = new RuleViolation(RuleCodes.TermNoOverlap, "Out of order.", "congresses[2].held", "2024-01").Under("$.unions[1]");

        Assert.Equal("$.unions[1].congresses[2].held: [term.no-overlap] Out of order. (value: 2024-01)", violation.ToString());
    }

    [Fact]
    public void An_exception_carries_every_violation()
    {
        var ex = new RuleViolationException([new RuleViolation("a.b", "First."), new RuleViolation("c.d", "Second.")]);

        Assert.Equal("a.b", ex.Code);
        Assert.Equal(2, ex.Violations.Count);
        Assert.Contains("and 1 more violation", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RuleViolationException(Array.Empty<RuleViolation>()));
    }
}
