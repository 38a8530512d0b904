using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Rules;

/// <summary>Each provision says how far its source was checked, as FACTS.md records it: what was read in a decree or a
/// standard is verified, what comes from reports is assumed, and Decree 313/2025 does not inherit 80/2020's numbers.</summary>
public sealed class RuleVerificationTests
{
    [Fact]
    public void The_five_year_term_and_the_overdue_deadlines_are_assumed()
    {
        foreach (var code in new[] { RuleCodes.TermMaxSpan, RuleCodes.CongressDue, RuleCodes.CongressOverdue, RuleCodes.CongressEscalated, RuleCodes.PostFromStandingCommittee, RuleCodes.CommitteeStandingWithinExecutive })
        {
            Assert.All(RuleCatalog.Default.Describe(code), rule => Assert.Equal(RuleVerification.Assumed, rule.Verification));
        }
    }

    [Fact]
    public void The_six_month_revocation_of_Decree_80_is_verified_and_not_carried_into_Decree_313()
    {
        var revocation = Assert.Single(RuleCatalog.Default.Describe(RuleCodes.ActivityRevocation));
        Assert.Equal((RuleVerification.Verified, new LocalDate(2025, 12, 7), 6), (revocation.Verification, revocation.InForceTo!.Value, revocation.Threshold!.Value));
        Assert.DoesNotContain(RuleCatalog.Default.Rules, r => r.Source.Contains("313/2025", StringComparison.Ordinal) && r.Threshold is not null);
        Assert.Null(RuleCatalog.Default.Find(RuleCodes.ActivityRevocation, new LocalDate(2025, 12, 8), null));
    }

    [Fact]
    public void Integrity_rules_are_the_librarys_own_and_public_standards_are_verified()
    {
        Assert.All(RuleCatalog.Default.Rules.Where(r => r.Source.StartsWith("FriendshipUnion.Domain", StringComparison.Ordinal)), r => Assert.Equal(RuleVerification.LibraryOwn, r.Verification));
        Assert.All(RuleCatalog.Default.Rules.Where(r => r.Source.StartsWith("ISO 4217", StringComparison.Ordinal) || r.Source.StartsWith("IATI", StringComparison.Ordinal)), r => Assert.Equal(RuleVerification.Verified, r.Verification));
        Assert.Equal(RuleVerification.Verified, Assert.Single(RuleCatalog.Default.Describe(RuleCodes.LedgerActivityCurrency)).Verification);
        Assert.Equal(RuleVerification.Assumed, new Rule("x.y", "A charter's own rule.", "Charter of a union").Verification);
        Assert.Equal(RuleVerification.LibraryOwn, new Rule("x.y", "An integrity rule.", "FriendshipUnion.Domain data integrity").Verification);
    }
}
