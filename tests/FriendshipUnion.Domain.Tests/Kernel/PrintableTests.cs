namespace FriendshipUnion.Domain.Tests.Kernel;

public sealed class PrintableTests
{
    [Theory]
    [InlineData("Nghệ An", "Nghệ An")]
    [InlineData("a\nb", "a\\u000Ab")]
    [InlineData("\u001b[31m", "\\u001B[31m")]
    [InlineData("x\u200By", "x\\u200By")]
    [InlineData("", "")]
    public void Control_and_invisible_characters_are_escaped_and_the_rest_kept(string text, string escaped) =>
        Assert.Equal(escaped, Printable.Escape(text));

    [Fact]
    public void A_lone_surrogate_is_escaped_as_its_code_unit()
    {
        Assert.Equal("a\\uD800b", Printable.Escape("a\ud800b"));
        Assert.Equal("\\uDC00", Printable.Escape("\udc00"));
        Assert.Equal("😀", Printable.Escape("😀"));
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis_at_the_length_asked()
    {
        Assert.Equal(new string('a', 80) + "…", Printable.Escape(new string('a', 200)));
        Assert.Equal("abc…", Printable.Escape("abcdef", 3));
        Assert.Equal("abc", Printable.Escape("abc", 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Printable.Escape("abc", 0));
        Assert.Throws<ArgumentNullException>(() => Printable.Escape(null!));
    }
}
