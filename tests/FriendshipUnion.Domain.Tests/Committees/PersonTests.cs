using System.Text;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Tests.Committees;

public sealed class PersonTests
{
    private static readonly Person Hieu = new(PersonId.Parse("hoang-nghia-hieu"), "Hoàng Nghĩa Hiếu") { AsciiName = "Hoang Nghia Hieu" };

    [Fact]
    public void The_name_is_stored_in_NFC_whatever_form_it_was_typed_in()
    {
        var decomposed = "Hoàng Nghĩa Hiếu".Normalize(NormalizationForm.FormD);

        var person = new Person(PersonId.Parse("x"), decomposed);

        Assert.Equal("Hoàng Nghĩa Hiếu".Normalize(NormalizationForm.FormC), person.Name);
        Assert.True(person.Name.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Hoàng Nghĩa Hiếu", true)]
    [InlineData("hoàng  nghĩa hiếu", true)]
    [InlineData("Hoang Nghia Hieu", true)]
    [InlineData("hoang nghia hieu", true)]
    [InlineData("Hoàng Nghĩa Hiêu", false)] // a different diacritic is a different name
    [InlineData("Hoang Nghia", false)]
    [InlineData("", false)]
    public void A_person_is_found_by_the_Vietnamese_name_or_the_ASCII_form(string typed, bool found)
    {
        Assert.Equal(found, Hieu.IsNamed(typed));
        Assert.Equal(found, Hieu.IsNamed(typed.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Without_an_ASCII_form_the_name_stripped_of_diacritics_still_matches()
    {
        var son = new Person(PersonId.Parse("phan-huynh-son"), "Phan Huỳnh Sơn");
        var dong = new Person(PersonId.Parse("x"), "Đồng Đức");

        Assert.True(son.IsNamed("Phan Huynh Son"));
        Assert.True(dong.IsNamed("Dong Duc"));
    }

    [Fact]
    public void The_ASCII_form_is_ASCII()
    {
        Assert.Throws<ArgumentException>(() => new Person(PersonId.Parse("x"), "Sơn") { AsciiName = "Sơn" });
        Assert.Throws<ArgumentException>(() => new Person(PersonId.Parse("x"), " "));
        Assert.Throws<FormatException>(() => PersonId.Parse("Hoang Nghia Hieu"));
    }

    [Fact]
    public void The_directory_finds_people_by_id_and_name_and_refuses_a_duplicate_id()
    {
        var directory = PersonDirectory.Create([Hieu, new Person(PersonId.Parse("phan-huynh-son"), "Phan Huỳnh Sơn")]);

        Assert.Same(Hieu, directory.Find(PersonId.Parse("hoang-nghia-hieu")));
        Assert.Same(Hieu, Assert.Single(directory.FindByName("HOANG NGHIA HIEU")));
        Assert.Equal("Phan Huỳnh Sơn", directory.NameOf(PersonId.Parse("phan-huynh-son")));
        Assert.Equal("nobody", directory.NameOf(PersonId.Parse("nobody")));
        Assert.Equal(RuleCodes.PersonUniqueId, Assert.Throws<RuleViolationException>(() => PersonDirectory.Create([Hieu, Hieu])).Code);
    }

    [Fact]
    public void A_person_who_dies_before_being_born_is_refused_with_the_lifetime_rule_where_people_enter()
    {
        var wrong = new Person(PersonId.Parse("p"), "Người Sai") { BirthDate = new PartialDate(1990), DeathDate = new PartialDate(1989, 12, 31) };
        var fine = new Person(PersonId.Parse("q"), "Người Đúng") { BirthDate = new PartialDate(1990), DeathDate = new PartialDate(1990, 1) };

        var created = Assert.Throws<RuleViolationException>(() => PersonDirectory.Create([fine, wrong]));
        Assert.Equal((RuleCodes.PersonLifetime, "people[1].deathDate"), (created.Violations.Single().Code, created.Violations.Single().Path));

        Assert.False(UnionDataset.TryCreate(new DatasetDraft { People = [wrong] }, new NodaTime.LocalDate(2026, 1, 1), null, out _, out var drafted));
        Assert.Equal((RuleCodes.PersonLifetime, "people[0].deathDate"), (drafted.Single().Code, drafted.Single().Path));

        var dataset = UnionDataset.Create(new DatasetDraft { People = [fine] }, new NodaTime.LocalDate(2026, 1, 1));
        Assert.False(dataset.TryAddPeople([wrong], out var added));
        Assert.Equal((RuleCodes.PersonLifetime, "people[1].deathDate"), (added.Single().Code, added.Single().Path));
        Assert.Single(dataset.People.People);
    }

    [Fact]
    public void Other_names_identifiers_links_and_dates_make_part_of_a_persons_equality()
    {
        var person = new Person(PersonId.Parse("p"), "Nguyễn Văn Ví Dụ")
        {
            BirthDate = new PartialDate(1956),
            OtherNames = [new PersonName("阮文例") { Language = "zh" }],
            Identifiers = [new PersonIdentifier("Q1", "wikidata")],
            Links = [new PersonLink("https://vi.wikipedia.org/wiki/Ví_Dụ", "Wikipedia")],
        };
        Assert.Equal(person, person with { OtherNames = [new PersonName("阮文例") { Language = "zh" }] });
        Assert.NotEqual(person, person with { OtherNames = [new PersonName("阮文例") { Language = "ja" }] });
        Assert.NotEqual(person, person with { Identifiers = [] });
        Assert.NotEqual(person, person with { Links = [new PersonLink("https://example.org")] });
        Assert.NotEqual(person, person with { DeathDate = new PartialDate(2020) });
        Assert.Throws<ArgumentException>(() => new PersonName(" "));
        Assert.Throws<ArgumentException>(() => new PersonIdentifier("Q1", " "));
        Assert.Throws<ArgumentException>(() => new PersonLink(""));
        Assert.Throws<ArgumentNullException>(() => person with { OtherNames = [null!] });
    }

    [Theory]
    [InlineData("2019-05-14", "2019-05", null, true)]
    [InlineData("2019-05-14", "2019-06", null, false)]
    [InlineData("2019-05-14", null, "2019-05-13", false)]
    [InlineData("2019-05-14", null, "2019", true)]
    public void A_leadership_change_names_a_person_only_within_their_lifetime(string elected, string? born, string? died, bool accepted)
    {
        var union = Support.Build.Provincial(Support.Build.Congress(5, "2019-05-14", "2019–2024"));
        var holder = new Person(PersonId.Parse("holder"), "Người Giữ")
        {
            BirthDate = born is null ? null : PartialDate.Parse(born),
            DeathDate = died is null ? null : PartialDate.Parse(died),
        };
        var draft = Support.Build.DatasetOf([union]) is var d ? d with { People = [.. d.People, holder] } : null!;
        var dataset = UnionDataset.Create(draft, Support.Build.Today);
        var change = new LeadershipChange(5, PartialDate.Parse(elected), [OfficeFact.ElectedAtCongress(holder.Id, Office.ExecutiveCommitteeMember)]);
        var recorded = dataset.LeadershipOf(union.Id).TryRecordChange(change, Support.Build.Today, out var violations);
        Assert.Equal(accepted, recorded);
        if (!accepted)
        {
            var violation = Assert.Single(violations);
            Assert.Equal((RuleCodes.LeadershipWithinLifetime, "leadership[0].facts[0]"), (violation.Code, violation.Path));
        }

        // The same history in a description is judged alike when the dataset is created.
        var described = draft with { Unions = [draft.Unions[0], union with { Leadership = [change] }] };
        Assert.Equal(accepted, UnionDataset.TryCreate(described, Support.Build.Today, null, out _, out var refused));
        Assert.Equal(accepted ? [] : [RuleCodes.LeadershipWithinLifetime], refused.Select(v => v.Code));
    }

    [Theory]
    [InlineData("2016", "2011", "ends (2011) before it starts (2016)")]
    [InlineData("1940", null, "starts (1940) before Người Sống was born (1950)")]
    [InlineData("2021", null, "starts (2021) after Người Sống died (2020-06)")]
    [InlineData("2019", "2021-01", "ends (2021-01) after Người Sống died (2020-06)")]
    public void An_affiliation_outside_the_persons_life_or_out_of_order_is_refused(string from, string? to, string problem)
    {
        var person = new Person(PersonId.Parse("p"), "Người Sống")
        {
            BirthDate = new PartialDate(1950),
            DeathDate = new PartialDate(2020, 6),
            Affiliations = [new PersonAffiliation("Quốc hội") { From = new PartialDate(2000) }, new PersonAffiliation("Đảng") { From = PartialDate.Parse(from), To = to is null ? null : PartialDate.Parse(to) }],
        };
        var refused = Assert.Throws<RuleViolationException>(() => PersonDirectory.Create([person]));
        var violation = Assert.Single(refused.Violations);
        Assert.Equal((RuleCodes.PersonAffiliationDates, "people[0].affiliations[1]", $"The affiliation with Đảng {problem}."), (violation.Code, violation.Path, violation.Message));
        Assert.False(UnionDataset.TryCreate(new DatasetDraft { People = [person] }, Support.Build.Today, null, out _, out var created));
        Assert.Equal([RuleCodes.PersonAffiliationDates], created.Select(v => v.Code));
        Assert.NotNull(PersonDirectory.Create([person with { Affiliations = [person.Affiliations[0]] }]));
    }
}
