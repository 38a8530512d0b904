using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Terms;

/// <summary>A union's history of congresses and terms as lists, after refused proposals, and the words and paths of the
/// congress rules.</summary>
public sealed class TermHistoryContractTests
{
    [Fact]
    public void The_lists_of_congresses_and_terms_refuse_indexes_outside_them_and_enumerate_in_order()
    {
        var union = NgheAn().Union;
        Assert.Equal(2, union.Terms.Count);
        Assert.Equal([5, 6], union.Terms.Select(t => t.Ordinal));
        Assert.Equal([5, 6], union.Congresses.Select(c => c.Ordinal));
        var seen = new List<Term>();
        foreach (var term in union.Terms)
        {
            seen.Add(term);
        }

        Assert.Equal([union.Terms[0], union.Terms[1]], seen);
        Assert.Throws<ArgumentOutOfRangeException>(() => union.Terms[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => union.Terms[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => union.Congresses[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => union.Congresses[-1]);
    }

    [Fact]
    public void A_congress_recorded_after_a_refused_one_closes_the_term_it_follows_and_nothing_else()
    {
        var union = InDataset(Provincial(Congress(5, "2019-05-14", "2019–2024"))).Union;
        var today = new LocalDate(2024, 10, 1);
        var before = union.Terms;

        // Refused: held after today. The proposal grew the shared lists; the next congress must not see it.
        Assert.False(union.TryRecordCongress(Congress(6, "2025-01-01", "2025–2030"), today, out var refused));
        Assert.Contains(refused, v => v.Code == RuleCodes.CongressNotInFuture);
        Assert.Single(union.Congresses);

        union.RecordCongress(Congress(6, "2024-09-17", "2024–2029"), today);
        Assert.Equal(2, union.Congresses.Count);
        Assert.Equal(new PartialDate?(Date("2024-09-17")), union.Congresses[1].Held);
        Assert.Equal(2, union.Terms.Count);
        Assert.Equal(Date("2024-09-17"), union.Terms[0].End);
        Assert.Equal("2024–2029", union.Terms[0].NextCongress!.TermLabel.Text);
        Assert.True(union.Terms[1].IsOpen);
        Assert.Equal(6, union.Terms[1].Ordinal);

        // The snapshot taken before is unchanged.
        Assert.Single(before);
        Assert.True(before[0].IsOpen);

        // And the next one builds on the right lists too.
        union.RecordCongress(Congress(7, "2024-09-30", "2024–2029"), new LocalDate(2024, 10, 1));
        Assert.Equal([5, 6, 7], union.Terms.Select(t => t.Ordinal));
        Assert.Equal(Date("2024-09-30"), union.Terms[1].End);
        Assert.Equal(7, union.Terms[1].NextCongress!.Ordinal);
    }

    [Fact]
    public void The_fraction_elapsed_runs_from_the_latest_start_over_the_shortest_term_to_the_earliest_over_the_longest()
    {
        // Held in September 2024, day unknown; due from 2029-01-01.
        var term = InDataset(Provincial(Congress(6, "2024-09", "2024–2029"))).Union.Terms[0];
        var on = new LocalDate(2026, 3, 1);
        var progress = term.ProgressOn(on);
        var due = new LocalDate(2029, 1, 1);
        var shortest = Period.DaysBetween(new LocalDate(2024, 9, 30), due);
        var longest = Period.DaysBetween(new LocalDate(2024, 9, 1), due);
        var least = (double)Period.DaysBetween(new LocalDate(2024, 9, 30), on);
        var most = (double)Period.DaysBetween(new LocalDate(2024, 9, 1), on);
        Assert.Equal(new Bounds<int>((int)least, (int)most), progress.ElapsedDays);
        var fraction = progress.FractionElapsed!.Value;
        Assert.Equal(Math.Min(least / shortest, most / longest), fraction.Min, 12);
        Assert.Equal(Math.Max(least / shortest, most / longest), fraction.Max, 12);
        Assert.True(fraction.Min < fraction.Max);
    }

    [Fact]
    public void A_term_that_may_begin_on_its_due_date_has_no_fraction()
    {
        var term = InDataset(Provincial(Congress(1, "2026-01-01", "2021–2026"))).Union.Terms[0];
        var progress = term.ProgressOn(new LocalDate(2026, 2, 1));
        Assert.Null(progress.FractionElapsed);
        Assert.Equal(new Bounds<int>(31, 31), progress.ElapsedDays);
    }

    [Fact]
    public void The_congress_rules_say_which_congress_and_point_at_the_member_that_breaks_them()
    {
        var gap = Validate(Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(7, "2024-09-17", "2024–2029")), null);
        var sequence = Assert.Single(gap, v => v.Code == RuleCodes.CongressOrdinalSequence);
        Assert.Equal("The congress after the 5th must be the 6th.", sequence.Message);
        Assert.Equal("congresses[1].ordinal", sequence.Path);
        Assert.Equal("7", sequence.OffendingValue);

        var overlap = Validate(Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2019-05-14", "2024–2029")), null);
        var early = Assert.Single(overlap, v => v.Code == RuleCodes.TermNoOverlap);
        Assert.Equal("The 6th congress must be held after the congress before it (2019-05-14); otherwise the terms overlap.", early.Message);
        Assert.Equal("congresses[1].held", early.Path);

        var future = Validate(Provincial(Congress(5, "2019-05-14", "2019–2024")), new LocalDate(2019, 5, 1));
        var ahead = Assert.Single(future, v => v.Code == RuleCodes.CongressNotInFuture);
        Assert.Equal("The 5th congress cannot be recorded as held after today (2019-05-01).", ahead.Message);
        Assert.Equal("congresses[0].held", ahead.Path);

        var founding = Validate(Provincial(Congress(1, "1980-01-01", "1980–1985")), null);
        var first = Assert.Single(founding, v => v.Code == RuleCodes.CongressAfterFounding);
        Assert.Equal("The 1st congress cannot be held before the union was founded (1988-07-18).", first.Message);
        Assert.Equal("congresses[0].held", first.Path);
    }

    [Theory]
    [InlineData("2024–2029", true)]
    [InlineData("-2029", false)] // the dash first: no start year
    [InlineData("2024–", false)]
    [InlineData("2024–202a", false)] // digits on the right too
    [InlineData("202a–2029", false)]
    [InlineData("20245–2029", false)] // four digits each side
    [InlineData("2024–20290", false)]
    [InlineData("1000–1005", true)] // the first year with four digits
    public void A_label_is_a_span_only_with_four_ASCII_digits_each_side_of_the_dash(string text, bool span) =>
        Assert.Equal(span, TermLabel.Parse(text).NominalYears is not null);
}
