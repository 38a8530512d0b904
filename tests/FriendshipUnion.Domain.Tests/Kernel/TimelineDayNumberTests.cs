using NodaTime;

namespace FriendshipUnion.Domain.Tests.Kernel;

/// <summary>The day numbers a timeline searches by: one a day, in order, over every year NodaTime holds.</summary>
public sealed class TimelineDayNumberTests
{
    [Fact]
    public void Day_numbers_count_days_from_1970_across_leap_years_eras_and_the_ends_of_the_ISO_range()
    {
        Assert.Equal(0, Timeline.DayNumber(new LocalDate(1970, 1, 1)));
        Assert.Equal(19_983, Timeline.DayNumber(new LocalDate(2024, 9, 17)));
        Assert.Equal(-1, Timeline.DayNumber(new LocalDate(1969, 12, 31)));
        foreach (var start in new[] { LocalDate.MinIsoValue, new LocalDate(-1, 2, 20), new LocalDate(1899, 12, 1), new LocalDate(2000, 2, 20), new LocalDate(2100, 2, 20), LocalDate.MaxIsoValue.PlusDays(-800) })
        {
            var expected = Timeline.DayNumber(start);
            for (var day = start; day < start.PlusDays(800) && day != LocalDate.MaxIsoValue; day = day.PlusDays(1))
            {
                Assert.Equal(expected++, Timeline.DayNumber(day));
            }
        }

        Assert.Equal(Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days, Timeline.DayNumber(LocalDate.MaxIsoValue) - Timeline.DayNumber(LocalDate.MinIsoValue));
    }

    [Fact]
    public void A_date_of_another_calendar_is_refused_as_before()
    {
        var timeline = new Timeline([(new LocalDate(2019, 5, 14), new LocalDate(2019, 5, 14))]);

        Assert.Throws<ArgumentException>(() => timeline.Find(new LocalDate(2020, 1, 1, CalendarSystem.Julian), out _));
        Assert.Equal((0, true), (timeline.Find(new LocalDate(2020, 1, 1), out var certain), certain));
        Assert.Equal(-1, timeline.Find(new LocalDate(2019, 5, 13), out _));
    }
}
