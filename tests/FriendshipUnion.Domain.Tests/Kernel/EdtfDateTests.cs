using NodaTime;

namespace FriendshipUnion.Domain.Tests.Calendar;

/// <summary>Dates known only to lie between two days, and dates a source gives as probable or approximate, in the
/// manner of ISO 8601-2 / EDTF: the text round-trips, the bounds are honest, and chronology answers "possibly" where
/// the record cannot tell.</summary>
public sealed class EdtfDateTests
{
    [Theory]
    [InlineData("2023-07-11/2023-09-14", "2023-07-11", "2023-09-14", DatePrecision.Range, DateQualifier.None)]
    [InlineData("2013-12-30?", "2013-12-01", "2013-12-31", DatePrecision.Day, DateQualifier.Uncertain)]
    [InlineData("2013-12~", "2013-01-01", "2013-12-31", DatePrecision.Month, DateQualifier.Approximate)]
    [InlineData("1956%", "1955-01-01", "1957-12-31", DatePrecision.Year, DateQualifier.UncertainAndApproximate)]
    [InlineData("0001?", "0001-01-01", "0002-12-31", DatePrecision.Year, DateQualifier.Uncertain)]
    public void The_text_round_trips_and_stands_for_honest_bounds(string text, string earliest, string latest, DatePrecision precision, DateQualifier qualifier)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(text, date.ToString());
        Assert.Equal((PartialDate.Parse(earliest).Earliest, PartialDate.Parse(latest).Earliest), (date.Earliest, date.Latest));
        Assert.Equal((precision, qualifier), (date.Precision, date.Qualifier));
        Assert.False(date.IsExact);
        Assert.Equal(date, PartialDate.Parse(date.ToString()));
    }

    [Theory]
    [InlineData("2023-07-11/2023-09-14?", 21)]
    [InlineData("2023-07/2023-09-14", 7)]
    [InlineData("2023-07-11/2023-09", 11)]
    [InlineData("2023-07-11/2023-07-11", 11)]
    [InlineData("2023-07-11/2023-07-10", 11)]
    [InlineData("2023-07-11/", 11)]
    [InlineData("2023-07-11??", 10)]
    [InlineData("?", 0)]
    [InlineData("2023-13~", 5)]
    public void A_malformed_range_or_qualifier_is_refused_where_it_fails(string text, int position)
    {
        var result = PartialDatePattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
    }

    [Fact]
    public void Chronology_inside_a_range_is_possibly_and_outside_it_certain()
    {
        var range = PartialDate.Parse("2023-07-11/2023-09-14");
        Assert.Equal(Answer.Yes, range.IsAfter(new LocalDate(2023, 7, 10)));
        Assert.Equal(Answer.Possibly, range.IsAfter(new LocalDate(2023, 8, 1)));
        Assert.Equal(Answer.No, range.IsAfter(new LocalDate(2023, 9, 14)));
        Assert.True(range.Contains(new LocalDate(2023, 9, 14)));
        Assert.Equal(Answer.Possibly, range.IsSameDayAs(new PartialDate(2023, 8)));
        Assert.Equal(PartialDate.FromLocalDate(new LocalDate(2024, 1, 1)), PartialDate.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Between(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => range.WithQualifier(DateQualifier.Uncertain));
        Assert.Throws<InvalidOperationException>(() => default(PartialDate).WithQualifier(DateQualifier.Uncertain));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024).WithQualifier((DateQualifier)9));
        Assert.NotEqual(new PartialDate(2013, 12, 30), new PartialDate(2013, 12, 30).WithQualifier(DateQualifier.Uncertain));
        Assert.Equal(new PartialDate(2013, 12, 30), new PartialDate(2013, 12, 30).WithQualifier(DateQualifier.Uncertain).WithQualifier(DateQualifier.None));
    }

    [Theory]
    [InlineData("2023-07-11/2023-09-14")]
    [InlineData("2013-12-30?")]
    [InlineData("1956~")]
    [InlineData("2024-02-29%")]
    public void The_schema_pattern_accepts_what_the_parser_accepts(string text)
    {
        Assert.Matches(PartialDatePattern.RegexPattern, text);
        Assert.True(PartialDate.TryParse(text, out _));
        Assert.DoesNotMatch(PartialDatePattern.RegexPattern, text + "?");
    }
}
