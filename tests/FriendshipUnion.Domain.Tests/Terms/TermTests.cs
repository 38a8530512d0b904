using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Terms;

/// <summary>Term queries: in force on a date, current term, progress and the next congress's due status.</summary>
public sealed class TermTests
{
    private static readonly UnionDataset Facts = DefaultDataset.Load(Today);

    [Fact]
    public void Nghe_An_on_2024_10_01_is_in_the_6th_congress_term_2024_2029()
    {
        var match = Facts.Find(Id("nghe-an"))!.TermOn(new LocalDate(2024, 10, 1));

        Assert.Equal(Answer.Yes, match.Answer);
        Assert.Equal(6, match.Value!.Ordinal);
        Assert.Equal("2024–2029", match.Value.Label.Text);
        Assert.Equal(Date("2024-09-17"), match.Value.Start);
    }

    [Fact]
    public void An_Giang_on_2023_06_01_is_in_the_3rd_congress_term_labelled_2021_2026_that_began_in_2022()
    {
        var term = Facts.Find(Id("an-giang"))!.TermOn(new LocalDate(2023, 6, 1)).Value!;

        Assert.Equal(3, term.Ordinal);
        Assert.Equal("2021–2026", term.Label.Text);
        Assert.Equal(Date("2022-01-21"), term.Start);
    }

    [Fact]
    public void VUFO_on_2019_06_01_is_still_in_the_2013_2018_term_and_its_congress_is_overdue()
    {
        var term = Facts.Find(Id("vufo"))!.TermOn(new LocalDate(2019, 6, 1)).Value!;

        Assert.Equal("2013–2018", term.Label.Text);
        Assert.Equal(CongressDueStatus.Overdue, term.DueStatusOn(new LocalDate(2019, 6, 1)));
        Assert.Equal(CongressDueStatus.Escalated, term.DueStatusOn(new LocalDate(2019, 7, 1)));
        Assert.Equal(CongressDueStatus.Held, term.DueStatusOn(new LocalDate(2019, 12, 5)));
    }

    [Theory]
    [InlineData("2028-12-31", CongressDueStatus.OnTime)]
    [InlineData("2029-01-01", CongressDueStatus.Due)]
    [InlineData("2029-12-31", CongressDueStatus.Due)]
    [InlineData("2030-01-01", CongressDueStatus.Overdue)]
    [InlineData("2030-06-30", CongressDueStatus.Overdue)]
    [InlineData("2030-07-01", CongressDueStatus.Escalated)]
    public void The_next_congress_is_due_at_the_nominal_end_overdue_12_months_later_and_escalated_18_months_later(string date, CongressDueStatus expected)
    {
        var term = NgheAn().Union.Terms[^1];

        Assert.Equal(expected, term.DueStatusOn(PartialDateDay(date)));
        Assert.Equal(new CongressSchedule(new LocalDate(2029, 1, 1), new LocalDate(2030, 1, 1), new LocalDate(2030, 7, 1)), term.Schedule);
    }

    [Fact]
    public void The_due_thresholds_are_read_from_the_catalogue()
    {
        var stricter = RuleCatalog.Empty.With(RuleCatalog.Default.Rules.Where(r => r.Code != RuleCodes.CongressOverdue).Append(
            new Rule(RuleCodes.CongressOverdue, "Overdue after 6 months.", "A charter") { Threshold = 6, ThresholdUnit = "months", Severity = RuleSeverity.Advisory }).ToArray());

        var schedule = CongressSchedule.For(TermLabel.Parse("2024–2029"), stricter);

        Assert.Equal(new LocalDate(2029, 7, 1), schedule!.Value.OverdueFrom);
        Assert.Null(CongressSchedule.For(TermLabel.Parse("2024–2029"), RuleCatalog.Empty));
    }

    [Fact]
    public void A_label_without_years_has_no_due_date()
    {
        var term = Facts.Find(Id("an-giang"))!.Terms[0];

        Assert.Null(term.Schedule);
        Assert.Equal(CongressDueStatus.Unknown, term.DueStatusOn(new LocalDate(2020, 1, 1)));
        Assert.Equal(CongressDueStatus.Held, term.DueStatusOn(new LocalDate(2022, 1, 21)));
    }

    [Fact]
    public void A_term_with_an_unknown_start_is_only_possibly_in_force()
    {
        var anGiang = Facts.Find(Id("an-giang"))!;

        var before = anGiang.TermOn(new LocalDate(2020, 1, 1));
        Assert.Equal((2, Answer.Possibly), (before.Value!.Ordinal, before.Answer));
        Assert.Equal(Answer.Yes, anGiang.TermOn(new LocalDate(2022, 1, 21)).Answer);
    }

    [Fact]
    public void A_month_precise_congress_is_possibly_in_force_within_its_month()
    {
        var vufo = Facts.Find(Id("vufo"))!;

        Assert.Null(vufo.TermOn(new LocalDate(2013, 11, 30)).Value);
        var during = vufo.TermOn(new LocalDate(2013, 12, 10));
        Assert.Equal((5, Answer.Possibly), (during.Value!.Ordinal, during.Answer));
        Assert.Equal(Answer.Yes, vufo.TermOn(new LocalDate(2013, 12, 31)).Answer);
    }

    [Fact]
    public void The_current_term_comes_from_the_clock()
    {
        var union = NgheAn().Union;

        Assert.Equal(5, union.CurrentTerm(Clocks.At(2024, 9, 16)).Value!.Ordinal);
        Assert.Equal(6, union.CurrentTerm(Clocks.At(2024, 9, 17)).Value!.Ordinal);
    }

    [Fact]
    public void Progress_counts_elapsed_and_remaining_days_and_the_fraction()
    {
        var progress = NgheAn().Union.Terms[^1].ProgressOn(new LocalDate(2024, 10, 1));

        Assert.Equal(new Bounds<int>(14, 14), progress.ElapsedDays);
        Assert.Equal(Period.DaysBetween(new LocalDate(2024, 10, 1), new LocalDate(2029, 1, 1)), progress.RemainingDays);
        var total = Period.DaysBetween(new LocalDate(2024, 9, 17), new LocalDate(2029, 1, 1));
        Assert.Equal(14.0 / total, progress.FractionElapsed!.Value.Min, 12);
        Assert.True(progress.FractionElapsed.Value.IsExact);
    }

    [Fact]
    public void Progress_from_a_partial_start_is_a_range()
    {
        var term = Facts.Find(Id("vufo"))!.Terms[0];

        var progress = term.ProgressOn(new LocalDate(2019, 6, 1));

        Assert.Equal(new Bounds<int>(Period.DaysBetween(new LocalDate(2013, 12, 31), new LocalDate(2019, 6, 1)), Period.DaysBetween(new LocalDate(2013, 12, 1), new LocalDate(2019, 6, 1))), progress.ElapsedDays);
        Assert.True(progress.RemainingDays < 0);
        Assert.True(progress.FractionElapsed!.Value.Min > 1);
        Assert.True(progress.FractionElapsed.Value.Min < progress.FractionElapsed.Value.Max);
    }

    [Fact]
    public void Labels_keep_their_text_and_read_years_only_from_a_span()
    {
        Assert.Equal((2024, 2029, 5), (TermLabel.Parse("2024–2029").NominalStartYear, TermLabel.Parse("2024-2029").NominalEndYear, TermLabel.Parse("2024 – 2029").NominalYears));
        Assert.Equal("2024-2029", TermLabel.Parse("2024-2029").Text);
        var inconsistent = TermLabel.Parse("2014–2021 / 2015–2021");
        Assert.Null(inconsistent.NominalYears);
        Assert.Equal("2014–2021 / 2015–2021", inconsistent.Text);
        Assert.Throws<ArgumentException>(() => TermLabel.Parse("2029–2024"));
        Assert.Throws<ArgumentException>(() => TermLabel.Parse(" "));
        Assert.Equal("2021–2026", TermLabel.FromYears(2021, 2026).Text);
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(6, "6th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(21, "21st")]
    public void Ordinals_read_in_English(int ordinal, string text) =>
        Assert.Equal(text, new Congress(ordinal, null, TermLabel.Parse("x")).OrdinalText);

    private static LocalDate PartialDateDay(string text) => Date(text).Earliest;
}
