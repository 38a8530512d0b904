using System.Text;
using FriendshipUnion.Domain.Committees;
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
}
