using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Terms;

/// <summary>Terms, labels, congresses and schedules at their edges.</summary>
public sealed class TermContractTests
{
    [Theory]
    [InlineData("0999–1005", null, null)] // a span starts in year 1000 or later
    [InlineData("2024–2029–2034", null, null)]
    [InlineData("202a–2029", null, null)]
    [InlineData("2024—2029", null, null)] // an em dash is not the span's dash
    [InlineData("24–29", null, null)]
    [InlineData("2024–2024", 2024, 2024)]
    [InlineData("  2024 - 2029  ", 2024, 2029)]
    [InlineData("Khóa VI", null, null)]
    public void A_label_is_a_span_of_years_only_when_it_is_one(string text, int? start, int? end)
    {
        var label = TermLabel.Parse(text);
        Assert.Equal((start, end), (label.NominalStartYear, label.NominalEndYear));
        Assert.Equal(end - start, label.NominalYears);
        Assert.Equal(text.Trim(), label.Text);
        Assert.Equal(label.Text, label.ToString());
    }

    [Fact]
    public void A_label_refuses_null_blank_and_backward_spans_and_says_why()
    {
        Assert.Throws<ArgumentNullException>(() => TermLabel.Parse(null!));
        Assert.Throws<ArgumentException>(() => TermLabel.Parse(""));
        var ex = Assert.Throws<ArgumentException>(() => TermLabel.Parse("2029–2024"));
        Assert.Contains("'2029–2024' ends before it starts", ex.Message, StringComparison.Ordinal);
        Assert.Equal("text", ex.ParamName);
        Assert.Equal(TermLabel.Parse("Nghe\u0323"), TermLabel.Parse("Nghẹ"));
    }

    [Fact]
    public void A_label_from_years_is_written_with_an_en_dash_within_the_calendar()
    {
        Assert.Equal(TermLabel.Parse("2021–2026"), TermLabel.FromYears(2021, 2026));
        Assert.Equal("1000–9999", TermLabel.FromYears(1000, 9999).Text);
        Assert.Equal("2024–2024", TermLabel.FromYears(2024, 2024).Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => TermLabel.FromYears(999, 2000));
        Assert.Throws<ArgumentOutOfRangeException>(() => TermLabel.FromYears(2000, 10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => TermLabel.FromYears(2029, 2024));
    }

    [Theory]
    [InlineData(0, "0th")]
    [InlineData(4, "4th")]
    [InlineData(13, "13th")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    [InlineData(113, "113th")]
    [InlineData(1002, "1002nd")]
    public void Ordinals_follow_English_including_the_teens_of_every_hundred(int n, string text) =>
        Assert.Equal(text, Domain.Terms.Congress.FormatOrdinal(n));

    [Fact]
    public void A_congress_refuses_a_zero_ordinal_a_null_label_and_blank_notes_and_describes_itself()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Domain.Terms.Congress(0, null, TermLabel.Parse("x")));
        Assert.Throws<ArgumentNullException>(() => new Domain.Terms.Congress(1, null, null!));
        Assert.Throws<ArgumentException>(() => new Domain.Terms.Congress(1, null, TermLabel.Parse("x")) { Note = " " });
        Assert.Throws<ArgumentException>(() => new Domain.Terms.Congress(1, null, TermLabel.Parse("x")) { Source = "" });
        Assert.Equal("6th congress (2024-09-17), term 2024–2029", Congress(6, "2024-09-17", "2024–2029").ToString());
        Assert.Equal("2nd congress (date unknown), term 2014–2021", Congress(2, null, "2014–2021").ToString());
        Assert.Equal("Note", (new Domain.Terms.Congress(1, null, TermLabel.Parse("x")) { Note = " Note " }).Note);
    }

    [Fact]
    public void A_schedule_needs_a_label_and_a_catalogue_and_stays_within_the_calendar()
    {
        Assert.Throws<ArgumentNullException>(() => CongressSchedule.For(null!, RuleCatalog.Default));
        Assert.Throws<ArgumentNullException>(() => CongressSchedule.For(TermLabel.Parse("2024–2029"), null!));
        Assert.Null(CongressSchedule.For(TermLabel.Parse("Khóa VI"), RuleCatalog.Default));
        Assert.Null(CongressSchedule.For(TermLabel.Parse("9995–9999"), RuleCatalog.Default)); // escalation would fall after 9999
        Assert.Equal(new CongressSchedule(new LocalDate(9998, 1, 1), new LocalDate(9999, 1, 1), new LocalDate(9999, 7, 1)), CongressSchedule.For(TermLabel.Parse("9993–9998"), RuleCatalog.Default));
    }

    [Fact]
    public void A_closed_term_knows_both_congresses_and_an_open_one_only_its_own()
    {
        var terms = NgheAn().Union.Terms;
        var closed = terms[0];
        var open = terms[1];
        Assert.Equal((5, "2019–2024", Date("2019-05-14"), Date("2024-09-17"), false), (closed.Ordinal, closed.Label.Text, closed.Start, closed.End, closed.IsOpen));
        Assert.Equal(6, closed.NextCongress!.Ordinal);
        Assert.Equal((6, (PartialDate?)null, true), (open.Ordinal, open.End, open.IsOpen));
        Assert.Null(open.NextCongress);
        Assert.Equal("6th congress term 2024–2029 (from 2024-09-17)", open.ToString());
        Assert.Equal(Id("nghe-an"), open.Union);
    }

    [Fact]
    public void A_term_is_held_only_once_its_closing_congress_has_certainly_met()
    {
        var union = InDataset(Provincial(Congress(5, "2019-05-14", "2019–2024"), Congress(6, "2024-09", "2024–2029"))).Union;
        var closed = union.Terms[0];
        Assert.Equal(CongressDueStatus.Due, closed.DueStatusOn(new LocalDate(2024, 9, 15)));
        Assert.Equal(CongressDueStatus.Due, closed.DueStatusOn(new LocalDate(2024, 9, 29)));
        Assert.Equal(CongressDueStatus.Held, closed.DueStatusOn(new LocalDate(2024, 9, 30)));
        Assert.Equal(CongressDueStatus.OnTime, closed.DueStatusOn(new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void Progress_before_the_start_is_zero_and_without_a_schedule_or_start_is_unknown()
    {
        var term = NgheAn().Union.Terms[1];
        var before = term.ProgressOn(new LocalDate(2024, 9, 1));
        Assert.Equal(new Bounds<int>(0, 0), before.ElapsedDays);
        Assert.Equal(new LocalDate(2024, 9, 1), before.AsOf);
        Assert.Equal(0, before.FractionElapsed!.Value.Max);

        var unlabelled = InDataset(Provincial(Congress(1, "2020-01-01", "Khóa I"))).Union.Terms[0].ProgressOn(new LocalDate(2021, 1, 1));
        Assert.Equal(new Bounds<int>(366, 366), unlabelled.ElapsedDays);
        Assert.Null(unlabelled.RemainingDays);
        Assert.Null(unlabelled.FractionElapsed);

        var undated = InDataset(Provincial(Congress(1, null, "2020–2025"))).Union.Terms[0];
        var progress = undated.ProgressOn(new LocalDate(2021, 1, 1));
        Assert.Null(progress.ElapsedDays);
        Assert.Null(progress.FractionElapsed);
        Assert.Equal(Period.DaysBetween(new LocalDate(2021, 1, 1), new LocalDate(2025, 1, 1)), progress.RemainingDays);
        Assert.Equal("1st congress term 2020–2025 (from an unknown date)", undated.ToString());
    }

    [Fact]
    public void A_term_that_began_after_its_due_date_has_no_fraction()
    {
        var late = InDataset(Provincial(Congress(1, "2026-03-01", "2021–2026"))).Union.Terms[0];
        var progress = late.ProgressOn(new LocalDate(2026, 6, 1));
        Assert.Null(progress.FractionElapsed);
        Assert.Equal(new Bounds<int>(92, 92), progress.ElapsedDays);
        Assert.True(progress.RemainingDays < 0);
    }
}
