using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Calendar;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1991", DatePrecision.Year, "1991-01-01", "1991-12-31")]
    [InlineData("2013-12", DatePrecision.Month, "2013-12-01", "2013-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2024-09-17", DatePrecision.Day, "2024-09-17", "2024-09-17")]
    public void Parse_reads_each_precision_with_its_range(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(earliest, date.Earliest.ToString("uuuu-MM-dd", null));
        Assert.Equal(latest, date.Latest.ToString("uuuu-MM-dd", null));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("91", 2)]
    [InlineData("0000", 0)]
    [InlineData("2024/09", 4)]
    [InlineData("2024-13", 5)]
    [InlineData("2024-00", 5)]
    [InlineData("2023-02-29", 8)]
    [InlineData("2024-09-17T00", 10)]
    [InlineData("2024-9-17", 6)]
    [InlineData(" 2024", 0)]
    public void Parse_reports_where_a_malformed_date_fails(string text, int position)
    {
        var result = PartialDatePattern.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void A_year_is_not_silently_the_first_of_January()
    {
        var year = new PartialDate(1991);

        Assert.NotEqual(PartialDate.FromLocalDate(new LocalDate(1991, 1, 1)), year);
        Assert.Equal((Answer.No, Answer.Possibly), (year.IsBefore(new LocalDate(1991, 1, 1)), year.IsAfter(new LocalDate(1991, 1, 1))));
        Assert.Equal(Answer.Possibly, year.IsSameDayAs(PartialDate.FromLocalDate(new LocalDate(1991, 1, 1))));
        Assert.Equal((Answer.Possibly, Answer.Possibly), (year.IsBefore(new PartialDate(1991, 6)), year.IsAfter(new PartialDate(1991, 6))));
        Assert.False(year.IsExact);
    }

    [Fact]
    public void Relations_are_honest()
    {
        Assert.Equal(Answer.Yes, new PartialDate(2013, 12).IsBefore(PartialDate.Parse("2014-01-01")));
        Assert.Equal(Answer.Yes, new PartialDate(2019).IsAfter(new PartialDate(2018, 12)));
        Assert.Equal(Answer.Yes, PartialDate.Parse("2024-09-17").IsSameDayAs(PartialDate.FromLocalDate(new LocalDate(2024, 9, 17))));
        Assert.Equal((Answer.No, Answer.No), (PartialDate.Parse("2024-09-17").IsBefore(new LocalDate(2024, 9, 17)), PartialDate.Parse("2024-09-17").IsAfter(new LocalDate(2024, 9, 17))));
        Assert.Equal(Answer.Yes, new PartialDate(2013).IsBefore(new PartialDate(2014, 1)));
        Assert.Equal(Answer.Possibly, new PartialDate(2013).IsBefore(new PartialDate(2013, 12, 31)));
        Assert.Equal(Answer.No, new PartialDate(2013, 12, 31).IsBefore(new PartialDate(2013)));
        Assert.Equal(Answer.Yes, new PartialDate(2019, 12, 5).IsAfter(new PartialDate(2013, 12)));
        Assert.Equal(Answer.No, new PartialDate(2019).IsSameDayAs(new PartialDate(2020)));
    }

    [Fact]
    public void Constructors_refuse_impossible_dates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 0));
    }

    [Fact]
    public void Sort_order_is_by_earliest_then_latest_day()
    {
        var dates = new[] { PartialDate.Parse("1991-01-15"), new PartialDate(1991), new PartialDate(1990, 12), new PartialDate(1991, 1) };

        var sorted = dates.Order(PartialDate.SortOrder).Select(d => d.ToString());

        Assert.Equal(["1990-12", "1991-01", "1991", "1991-01-15"], sorted);
    }

    [Property(MaxTest = Props.DefaultTests)]
    public Property Format_then_parse_round_trips_any_partial_date() =>
        Props.ForAll(Generators.AnyPartialDate(), date => PartialDate.Parse(date.ToString()) == date);

    [Property(MaxTest = Props.DefaultTests)]
    public Property Before_after_and_same_day_are_mirrored_and_agree_with_the_ranges() =>
        Props.ForAll(
            from a in Generators.AnyPartialDate()
            from b in Generators.AnyPartialDate()
            select (a, b),
            pair =>
            {
                var (a, b) = pair;
                // Against the definitions, on the earliest and latest days each date may stand for.
                var before = a.IsBefore(b);
                var mirrored = before == b.IsAfter(a) && a.IsSameDayAs(b) == b.IsSameDayAs(a);
                var someBefore = a.Earliest < b.Latest;
                var allBefore = a.Latest < b.Earliest;
                var expected = allBefore ? Answer.Yes : someBefore ? Answer.Possibly : Answer.No;
                var sameDay = a.IsSameDayAs(b);
                var overlap = a.Earliest <= b.Latest && b.Earliest <= a.Latest;
                var expectedSame = !overlap ? Answer.No : a.IsExact && a == b ? Answer.Yes : Answer.Possibly;
                return mirrored && before == expected && sameDay == expectedSame;
            });

    [Property(MaxTest = Props.DefaultTests)]
    public Property Contains_exactly_the_days_between_earliest_and_latest() =>
        Props.ForAll(
            from date in Generators.AnyPartialDate().Where(d => d.Year is > 1 and < 9999)
            from offset in Gen.Choose(-40, 40)
            select (date, day: date.Earliest.PlusDays(offset)),
            pair => pair.date.Contains(pair.day) == (pair.day >= pair.date.Earliest && pair.day <= pair.date.Latest)
                && pair.date.Contains(pair.date.Earliest) && pair.date.Contains(pair.date.Latest));
}
