using NodaTime;

namespace FriendshipUnion.Domain.Tests.Kernel;

/// <summary>The kernel's value types at their edges: partial dates (range, precision, bounds, comparisons with their
/// three answers, order, equality), parse results and the slug ids.</summary>
public sealed class KernelContractTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10000, 0, 0)]
    [InlineData(-1, 0, 0)]
    [InlineData(2024, 13, 0)]
    [InlineData(2024, 0, 1)]
    [InlineData(2024, 2, 30)]
    [InlineData(2023, 2, 29)]
    [InlineData(2024, 4, 31)]
    [InlineData(2024, 1, -1)]
    public void A_partial_date_out_of_the_calendar_is_refused(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => month == 0 && day == 0 ? new PartialDate(year) : day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day));
    }

    [Fact]
    public void The_constructors_refuse_month_and_day_zero_and_accept_the_ends_of_the_calendar()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 1, 0));
        Assert.Equal("0001", new PartialDate(PartialDate.MinYear).ToString());
        Assert.Equal("9999-12-31", new PartialDate(PartialDate.MaxYear, 12, 31).ToString());
        Assert.Equal("2024-02-29", new PartialDate(2024, 2, 29).ToString());
    }

    [Theory]
    [InlineData("1991", DatePrecision.Year, null, null, false, "1991-01-01", "1991-12-31")]
    [InlineData("2013-12", DatePrecision.Month, 12, null, false, "2013-12-01", "2013-12-31")]
    [InlineData("2024-02", DatePrecision.Month, 2, null, false, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", DatePrecision.Month, 2, null, false, "2023-02-01", "2023-02-28")]
    [InlineData("2024-09-17", DatePrecision.Day, 9, 17, true, "2024-09-17", "2024-09-17")]
    public void Each_precision_knows_its_parts_and_the_days_it_may_stand_for(string text, DatePrecision precision, int? month, int? day, bool exact, string earliest, string latest)
    {
        var date = D(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(exact, date.IsExact);
        Assert.True(date.IsSet);
        Assert.Equal(earliest, date.Earliest.ToString("uuuu-MM-dd", null));
        Assert.Equal(latest, date.Latest.ToString("uuuu-MM-dd", null));
        Assert.Equal(text, date.ToString());
        Assert.True(date.Contains(date.Earliest) && date.Contains(date.Latest));
        Assert.False(date.Contains(date.Earliest.PlusDays(-1)) || date.Contains(date.Latest.PlusDays(1)));
    }

    [Fact]
    public void The_default_is_no_date()
    {
        Assert.False(default(PartialDate).IsSet);
        Assert.NotEqual(default, D("0001"));
    }

    [Fact]
    public void A_local_date_becomes_an_exact_partial_date_and_another_calendar_or_year_is_refused()
    {
        Assert.Equal(D("2024-09-17"), PartialDate.FromLocalDate(new LocalDate(2024, 9, 17)));
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => PartialDate.FromLocalDate(new LocalDate(2024, 9, 17, CalendarSystem.Julian))).ParamName);
        Assert.Contains("1 to 9999", Assert.Throws<ArgumentException>(() => PartialDate.FromLocalDate(new LocalDate(0, 1, 1))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PartialDate.FromLocalDate(LocalDate.MinIsoValue));
    }

    [Theory]
    [InlineData("2019", "2024", Answer.Yes, Answer.No, Answer.No)]
    [InlineData("2024", "2019", Answer.No, Answer.Yes, Answer.No)]
    [InlineData("2024", "2024-09-17", Answer.Possibly, Answer.Possibly, Answer.Possibly)]
    [InlineData("2024-09", "2024-10", Answer.Yes, Answer.No, Answer.No)]
    [InlineData("2024-09-16", "2024-09-17", Answer.Yes, Answer.No, Answer.No)]
    [InlineData("2024-09-17", "2024-09-17", Answer.No, Answer.No, Answer.Yes)]
    [InlineData("2024-09", "2024-09", Answer.Possibly, Answer.Possibly, Answer.Possibly)]
    [InlineData("2024-12-31", "2025", Answer.Yes, Answer.No, Answer.No)]
    [InlineData("2025-01-01", "2024", Answer.No, Answer.Yes, Answer.No)]
    public void Comparisons_answer_yes_no_or_possibly(string a, string b, Answer before, Answer after, Answer same)
    {
        Assert.Equal(before, D(a).IsBefore(D(b)));
        Assert.Equal(after, D(a).IsAfter(D(b)));
        Assert.Equal(same, D(a).IsSameDayAs(D(b)));
        Assert.Equal(same, D(b).IsSameDayAs(D(a)));
        Assert.Equal(before, D(b).IsAfter(D(a)));
    }

    [Theory]
    [InlineData("2024", "2023-12-31", Answer.No, Answer.Yes)]
    [InlineData("2024", "2025-01-01", Answer.Yes, Answer.No)]
    [InlineData("2024", "2024-06-01", Answer.Possibly, Answer.Possibly)]
    [InlineData("2024", "2024-01-01", Answer.No, Answer.Possibly)]
    [InlineData("2024", "2024-12-31", Answer.Possibly, Answer.No)]
    [InlineData("2024-06-01", "2024-06-01", Answer.No, Answer.No)]
    public void Comparisons_with_a_day_answer_yes_no_or_possibly(string a, string day, Answer before, Answer after)
    {
        var other = LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(before, D(a).IsBefore(other));
        Assert.Equal(after, D(a).IsAfter(other));
    }

    [Fact]
    public void The_sort_order_is_by_earliest_then_latest_day()
    {
        var dates = new[] { D("1991-01-15"), D("1991"), D("1990-12"), D("1991-01"), D("1992") };
        Assert.Equal(["1990-12", "1991-01", "1991", "1991-01-15", "1992"], dates.Order(PartialDate.SortOrder).Select(d => d.ToString()));
        Assert.Equal(0, PartialDate.SortOrder.Compare(D("1991"), D("1991")));
        Assert.True(PartialDate.SortOrder.Compare(D("1991-01"), D("1991")) < 0);
        Assert.True(PartialDate.SortOrder.Compare(D("1991"), D("1991-01-15")) < 0);
    }

    [Fact]
    public void Equality_is_by_precision_and_parts()
    {
        Assert.True(D("2024") == new PartialDate(2024));
        Assert.True(D("2024") != D("2024-01"));
        Assert.True(D("2024-01") != D("2024-01-01"));
        Assert.False(D("2024-09-17") != new PartialDate(2024, 9, 17));
        Assert.True(D("2024").Equals((object)new PartialDate(2024)));
        Assert.False(D("2024").Equals("2024"));
        var hashes = new[] { D("2024"), D("2024-01"), D("2024-01-01"), D("2024-02"), D("2025"), D("2024-01-02") }.Select(d => d.GetHashCode()).ToHashSet();
        Assert.Equal(6, hashes.Count);
        Assert.Equal(D("2024-09-17").GetHashCode(), new PartialDate(2024, 9, 17).GetHashCode());
    }

    [Fact]
    public void Parse_and_TryParse_agree_and_Parse_explains()
    {
        Assert.True(PartialDate.TryParse("2024-02-29", out var leap));
        Assert.Equal(new PartialDate(2024, 2, 29), leap);
        Assert.False(PartialDate.TryParse("2023-02-29", out var none));
        Assert.Equal(default, none);
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
        var ex = Assert.Throws<FormatException>(() => PartialDate.Parse("2023-02-29"));
        Assert.StartsWith("at 8: day 29 does not exist in 2023-02", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 0, "found nothing")]
    [InlineData("202", 3, "four-digit year")]
    [InlineData("20x4", 2, "four-digit year")]
    [InlineData("0000", 0, "0001 to 9999")]
    [InlineData("2024/09", 4, "'-' after the year")]
    [InlineData("2024-9", 6, "two-digit month")]
    [InlineData("2024-x9", 5, "two-digit month")]
    [InlineData("2024-00", 5, "01 to 12")]
    [InlineData("2024-13", 5, "01 to 12")]
    [InlineData("2024-09/17", 7, "'-' after the month")]
    [InlineData("2024-09-1", 9, "two-digit day")]
    [InlineData("2024-09-00", 8, "does not exist")]
    [InlineData("2024-09-31", 8, "does not exist")]
    [InlineData("2024-09-17T", 10, "after the date")]
    [InlineData("２０２４", 0, "four-digit year")]
    public void A_text_that_is_not_a_partial_date_is_refused_where_and_why(string text, int position, string why)
    {
        var result = PartialDatePattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(why, result.Error.Message, StringComparison.Ordinal);
        Assert.Equal($"at {position}: {result.Error.Message}", result.Error.ToString());
        Assert.DoesNotMatch(PartialDatePattern.RegexPattern, text);
    }

    [Fact]
    public void A_parse_result_gives_its_value_or_its_error_never_both()
    {
        var good = PartialDatePattern.Parse("2024");
        Assert.True(good.Success);
        Assert.Equal(new PartialDate(2024), good.Value);
        Assert.True(good.TryGetValue(out var value) && value == new PartialDate(2024));
        Assert.Equal("The parse succeeded; there is no error.", Assert.Throws<InvalidOperationException>(() => good.Error).Message);

        var bad = PartialDatePattern.Parse("x");
        Assert.False(bad.Success);
        Assert.False(bad.TryGetValue(out var nothing));
        Assert.Equal(default, nothing);
        Assert.Equal(bad.Error.ToString(), Assert.Throws<FormatException>(() => bad.Value).Message);
        Assert.Throws<ArgumentNullException>(() => ParseResult.ForError<int>(0, null!));
    }

    [Theory]
    [InlineData("nghe-an", true)]
    [InlineData("a", true)]
    [InlineData("0", true)]
    [InlineData("vn-kr-2024", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("Nghe-an", false)]
    [InlineData("nghe an", false)]
    [InlineData("nghệ-an", false)]
    [InlineData("nghe_an", false)]
    [InlineData("nghe-an\n", false)]
    public void A_slug_is_lower_case_words_of_letters_and_digits_joined_by_single_hyphens(string text, bool valid)
    {
        Assert.Equal(valid, SlugId.IsValid(text));
        Assert.Equal(valid, System.Text.RegularExpressions.Regex.IsMatch(text, SlugId.RegexPattern));
        Assert.Equal(valid, UnionId.TryParse(text, out var id));
        Assert.Equal(valid ? text : string.Empty, id.Value);
    }

    [Fact]
    public void A_slug_has_at_most_64_characters()
    {
        var longest = new string('a', SlugId.MaxLength);
        Assert.True(SlugId.IsValid(longest));
        Assert.False(SlugId.IsValid(longest + "a"));
        Assert.DoesNotMatch(SlugId.RegexPattern, longest + "a");
        Assert.Matches(SlugId.RegexPattern, longest);
    }

    [Fact]
    public void Each_id_type_parses_names_itself_in_errors_and_orders_ordinally()
    {
        Assert.Contains("is not a union id", Assert.Throws<FormatException>(() => UnionId.Parse("Nghe An")).Message, StringComparison.Ordinal);
        Assert.Contains("is not a person id", Assert.Throws<FormatException>(() => PersonId.Parse("X")).Message, StringComparison.Ordinal);
        Assert.Contains("is not a plan id", Assert.Throws<FormatException>(() => PlanId.Parse("X")).Message, StringComparison.Ordinal);
        Assert.Contains("is not a party id", Assert.Throws<FormatException>(() => PartyId.Parse("X")).Message, StringComparison.Ordinal);
        Assert.Contains("is not an activity id", Assert.Throws<FormatException>(() => ActivityId.Parse("X")).Message, StringComparison.Ordinal);
        Assert.Contains("at most 64 characters", Assert.Throws<FormatException>(() => UnionId.Parse("X")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => UnionId.Parse(null!));
        Assert.False(UnionId.TryParse(null, out _));
        Assert.False(PersonId.TryParse("X", out _));
        Assert.True(PlanId.TryParse("p", out var plan) && plan.ToString() == "p");
        Assert.True(PartyId.TryParse("p", out var party) && party.Value == "p");
        Assert.True(ActivityId.TryParse("p", out var activity) && activity.ToString() == "p");
        Assert.True(UnionId.Parse("a").CompareTo(UnionId.Parse("b")) < 0);
        Assert.True(UnionId.Parse("b").CompareTo(UnionId.Parse("a")) > 0);
        Assert.True(PersonId.Parse("a-b").CompareTo(PersonId.Parse("a")) > 0);
        Assert.True(PlanId.Parse("z").CompareTo(PlanId.Parse("a")) > 0);
        Assert.True(PartyId.Parse("a").CompareTo(PartyId.Parse("b")) < 0);
        Assert.True(ActivityId.Parse("b").CompareTo(ActivityId.Parse("a")) > 0);
        Assert.Equal(0, UnionId.Parse("a").CompareTo(UnionId.Parse("a")));
        Assert.Equal(string.Empty, default(UnionId).ToString());
        Assert.Equal(string.Empty, default(ActivityId).Value);
    }
}
