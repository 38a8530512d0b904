using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;

using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Organizations;

/// <summary>The rules across unions.</summary>
public sealed class UnionDatasetTests
{
    private static readonly UnionDraft Vufo = new(Id("vufo"), OrganizationLevel.Central, [new UnionName("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")]);

    [Fact]
    public void A_provincial_union_under_the_central_one_is_valid()
    {
        Assert.Empty(UnionDataset.Validate(new DatasetDraft { Unions = [Vufo, Provincial()] }, Today));
        var dataset = UnionDataset.Create(new DatasetDraft { Unions = [Vufo, Provincial()] }, Today);
        Assert.NotNull(dataset.Find(Id("nghe-an")));
        Assert.Null(dataset.Find(Id("hanoi")));
    }

    [Fact]
    public void Ids_are_unique() =>
        Assert.Equal([RuleCodes.UnionUniqueId], Codes(UnionDataset.Validate(new DatasetDraft { Unions = [Vufo, Vufo] }, Today)));

    [Fact]
    public void A_parent_must_exist_and_be_central()
    {
        Assert.Equal([RuleCodes.UnionParentExists], Codes(UnionDataset.Validate(new DatasetDraft { Unions = [Provincial()] }, Today)));
        var other = Provincial() with { };
        var child = new UnionDraft(Id("child"), OrganizationLevel.Provincial, [new UnionName("Con", "Child")]) { Parent = Id("nghe-an") };
        var violation = Assert.Single(UnionDataset.Validate(new DatasetDraft { Unions = [Vufo, other, child] }, Today));
        Assert.Equal((RuleCodes.UnionParentLevel, "unions[2].parent"), (violation.Code, violation.Path));
    }

    [Fact]
    public void A_successor_must_exist()
    {
        var merged = Provincial() with { Succession = new Succession(SuccessionKind.Merged, Date("2025-07"), Id("nghe-an-ha-tinh")) };

        Assert.Equal([RuleCodes.UnionSuccessorExists], Codes(UnionDataset.Validate(new DatasetDraft { Unions = [Vufo, merged] }, Today)));
        Assert.Throws<RuleViolationException>(() => UnionDataset.Create(new DatasetDraft { Unions = [Vufo, merged] }, Today));
    }

    [Fact]
    public void The_dataset_validator_reports_the_violations_of_each_union_and_those_across_unions_at_once()
    {
        var broken = Provincial(Congress(4, "2014-05-14", "2014–2019"), Congress(6, "2019-05-14", "2019–2024")) with { Parent = Id("hanoi") };

        var violations = UnionDataset.Validate(new DatasetDraft { Unions = [Vufo, broken] }, Today);

        Assert.Equal(
            [(RuleCodes.CongressOrdinalSequence, "unions[1].congresses[1].ordinal"), (RuleCodes.UnionParentExists, "unions[1].parent")],
            violations.Select(v => (v.Code, v.Path!)));
    }

    [Fact]
    public void Establishing_checks_the_rules_across_unions_where_the_change_is_made()
    {
        var dataset = UnionDataset.Create();

        Assert.Equal(RuleCodes.UnionParentExists, Assert.Throws<RuleViolationException>(() => dataset.Establish(Provincial(), Today)).Code);
        dataset.Establish(Vufo, Today);
        Assert.Equal(RuleCodes.UnionUniqueId, Assert.Throws<RuleViolationException>(() => dataset.Establish(Vufo, Today)).Code);
        var child = new UnionDraft(Id("child"), OrganizationLevel.Provincial, [new UnionName("Con", "Child")]) { Parent = Id("nghe-an") };
        dataset.Establish(Provincial(), Today);
        Assert.Equal(RuleCodes.UnionParentLevel, Assert.Throws<RuleViolationException>(() => dataset.Establish(child, Today)).Code);
        Assert.Equal([Id("vufo"), Id("nghe-an")], dataset.Unions.Select(u => u.Id));
    }

    [Fact]
    public void Adding_people_refuses_an_id_already_taken()
    {
        var dataset = UnionDataset.Create();
        dataset.AddPeople([new Domain.Committees.Person(Person("a"), "Nguyễn Văn A")]);

        var ex = Assert.Throws<RuleViolationException>(() => dataset.AddPeople([new Domain.Committees.Person(Person("b"), "B"), new Domain.Committees.Person(Person("a"), "A again")]));

        Assert.Equal((RuleCodes.PersonUniqueId, "people[2].id"), (ex.Code, ex.Violations[0].Path));
        Assert.Single(dataset.People.People);
    }
}
