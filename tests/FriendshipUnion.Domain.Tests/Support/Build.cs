using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>Small builders for example-based tests.</summary>
internal static class Build
{
    internal static readonly LocalDate Today = new(2026, 11, 22);

    internal static UnionId Id(string text) => UnionId.Parse(text);

    internal static PartialDate Date(string text) => PartialDate.Parse(text);

    internal static Congress Congress(int ordinal, string? held, string label) =>
        new(ordinal, held is null ? null : PartialDate.Parse(held), TermLabel.Parse(label));

    internal static UnionDraft Provincial(params Congress[] congresses) =>
        new(Id("nghe-an"), OrganizationLevel.Provincial, [new UnionName("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An", "Nghe An Union of Friendship Organizations")])
        {
            Parent = Id("vufo"),
            Founded = Date("1988-07-18"),
            Congresses = congresses,
        };

    internal static Union NgheAn() => Union.Create(Provincial(
        Congress(5, "2019-05-14", "2019–2024"),
        Congress(6, "2024-09-17", "2024–2029")), Today);

    internal static string[] Codes(IEnumerable<RuleViolation> violations) => violations.Select(v => v.Code).ToArray();

    internal static PersonId Person(string id) => PersonId.Parse(id);

    /// <summary>Replaces the first occurrence of <paramref name="find"/>, which must occur, in a test document.</summary>
    internal static string ReplaceOnce(string source, string find, string replace)
    {
        Assert.Contains(find, source, StringComparison.Ordinal);
        var at = source.IndexOf(find, StringComparison.Ordinal);
        return source[..at] + replace + source[(at + find.Length)..];
    }

    internal static LeadershipChange Change(int term, string date, params OfficeFact[] facts) => new(term, Date(date), facts);

    /// <summary>Nghe An's 5th and 6th terms with the given bodies and leadership history.</summary>
    internal static UnionDraft WithLeadership(IReadOnlyList<CommitteeBody> bodies, params LeadershipChange[] history) =>
        Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2024-09-17", "2024–2029")) with { Bodies = bodies, Leadership = history };

    /// <summary>The 6th term seated at its congress: a (President), b (Permanent Vice President) and c, all on the
    /// Executive Committee; a and b on the Standing Committee.</summary>
    internal static LeadershipChange Seated() => Change(6, "2024-09-17",
        OfficeFact.ElectedAtCongress(Person("a"), Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("b"), Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("c"), Office.ExecutiveCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("a"), Office.StandingCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("b"), Office.StandingCommitteeMember),
        OfficeFact.ElectedAtCongress(Person("a"), Office.President),
        OfficeFact.ElectedAtCongress(Person("b"), Office.PermanentVicePresident));
}
