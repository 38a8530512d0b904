using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Implementation;

/// <summary>Status on a date — planned, in progress, done, overdue — computed from a plan's dates and reports.</summary>
public sealed class PlanStatusTests
{
    private static readonly DocumentSymbol Directive = DocumentSymbol.Parse("38-CT/TW");

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static ImplementationPlan Plan(PlanSchedule schedule, LocalDate? starts, params ImplementationReport[] reports) =>
        new(PlanId.Parse("plan"), 3, Directive, schedule) { Starts = starts, Reports = reports };

    [Fact]
    public void A_one_off_plan_is_planned_then_in_progress_then_overdue_until_its_final_report()
    {
        var plan = Plan(PlanSchedule.Once(D(2024, 6, 30)), D(2024, 3, 1),
            new ImplementationReport(D(2024, 5, 1), ReportKind.Progress),
            new ImplementationReport(D(2024, 8, 15), ReportKind.Final));

        Assert.Equal(PlanStatus.Planned, plan.StatusOn(D(2024, 2, 29)));
        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2024, 3, 1)));
        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2024, 5, 2))); // a progress report does not finish the work
        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2024, 6, 30))); // the deadline day itself
        Assert.Equal(PlanStatus.Overdue, plan.StatusOn(D(2024, 7, 1)));
        Assert.Equal(PlanStatus.Done, plan.StatusOn(D(2024, 8, 15)));
    }

    [Fact]
    public void An_annual_plan_is_done_for_the_year_then_in_progress_again_and_a_missed_year_stays_overdue()
    {
        var plan = Plan(PlanSchedule.Annual(new AnnualDate(12, 15)), D(2022, 1, 1),
            new ImplementationReport(D(2022, 12, 10), ReportKind.Final),
            new ImplementationReport(D(2024, 1, 20), ReportKind.Final, 2023));

        Assert.Equal(PlanStatus.Done, plan.StatusOn(D(2022, 12, 31)));
        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2023, 1, 1)));
        Assert.Equal(PlanStatus.Overdue, plan.StatusOn(D(2023, 12, 16)));
        Assert.Equal(PlanStatus.Overdue, plan.StatusOn(D(2024, 1, 19))); // 2023 still owed in the new year
        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2024, 1, 20))); // the late report for 2023 settles it
        Assert.Equal(PlanStatus.Overdue, plan.StatusOn(D(2025, 3, 1))); // 2024 was never reported
    }

    [Fact]
    public void After_its_last_year_an_annual_plan_keeps_the_status_of_its_last_cycle()
    {
        var reported = Plan(PlanSchedule.Annual(new AnnualDate(12, 15), 2023), D(2023, 1, 1), new ImplementationReport(D(2023, 12, 1), ReportKind.Final));
        var unreported = Plan(PlanSchedule.Annual(new AnnualDate(12, 15), 2023), D(2023, 1, 1));

        Assert.Equal(PlanStatus.Done, reported.StatusOn(D(2026, 6, 1)));
        Assert.Equal(PlanStatus.Overdue, unreported.StatusOn(D(2026, 6, 1)));
    }

    [Fact]
    public void An_annual_plan_owes_nothing_for_a_deadline_before_its_start()
    {
        var plan = Plan(PlanSchedule.Annual(new AnnualDate(1, 31)), D(2022, 6, 1));
        var adoptedInAYear = new ImplementationPlan(PlanId.Parse("plan"), 3, Directive, PlanSchedule.Annual(new AnnualDate(1, 31))) { Adopted = PartialDate.Parse("2022") };

        Assert.Equal(2023, plan.FirstYear);
        Assert.Equal(2022, Plan(PlanSchedule.Annual(new AnnualDate(1, 31)), D(2022, 1, 31)).FirstYear); // due on its first day: owed
        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2022, 6, 1)));
        Assert.Equal(PlanStatus.Overdue, plan.StatusOn(D(2023, 2, 1)));
        Assert.Equal(PlanStatus.Planned, adoptedInAYear.StatusOn(D(2022, 6, 1))); // adopted some day in 2022: not certainly begun
        Assert.Equal(PlanStatus.InProgress, adoptedInAYear.StatusOn(D(2023, 1, 1)));
    }

    [Fact]
    public void Without_a_deadline_or_a_start_a_plan_is_never_overdue_or_planned()
    {
        var plan = Plan(PlanSchedule.Annual(), null);

        Assert.Equal(PlanStatus.InProgress, plan.StatusOn(D(2000, 1, 1)));
        Assert.Equal(PlanStatus.InProgress, Plan(PlanSchedule.Once(null), null).StatusOn(D(2099, 1, 1)));
    }

    [Property(MaxTest = 1000)]
    public Property Status_on_date_agrees_with_a_model_of_obligations()
    {
        var report = from day in Gen.Choose(0, 6 * 366)
                     from final in Gen.Frequency((1, Gen.Constant(ReportKind.Progress)), (2, Gen.Constant(ReportKind.Final)))
                     from yearShift in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(-1, 0).Select(y => (int?)y)))
                     select (Day: day, final, yearShift);
        var scenario = from annual in Gen.Elements(false, true)
                       from startDay in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 400).Select(d => (int?)d)))
                       from dueDay in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 5 * 366).Select(d => (int?)d)))
                       from lastYear in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(2020, 2025).Select(y => (int?)y)))
                       from count in Gen.Choose(0, 8)
                       from reports in report.ArrayOf(count)
                       from probe in Gen.Choose(0, 7 * 366)
                       from nearBoundary in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Elements(-1, 1)))
                       from atBoundary in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 3)))
                       select (annual, startDay, dueDay, lastYear, reports, probe: Boundary(atBoundary, probe, nearBoundary, startDay, dueDay, reports));

        return Props.ForAll(scenario, s =>
        {
            var origin = new LocalDate(2020, 1, 1);
            var due = s.dueDay is { } dd ? origin.PlusDays(dd) : (LocalDate?)null;
            var schedule = s.annual ? PlanSchedule.Annual(due is { } d ? new AnnualDate(d.Month, d.Day) : null, s.lastYear) : PlanSchedule.Once(due);
            var reports = s.reports.Select(r =>
            {
                var date = origin.PlusDays(r.Day);
                return new ImplementationReport(date, r.final, s.annual && r.yearShift is { } shift ? date.Year + shift : null);
            }).ToArray();
            var plan = Plan(schedule, s.startDay is { } sd ? origin.PlusDays(sd) : null, reports);
            var on = origin.PlusDays(s.probe);
            return plan.StatusOn(on) == Model(plan, on);
        });
    }

    // Often probes a day next to a boundary — the start, the deadline (in some year), a report — where off-by-one
    // mistakes live.
    private static int Boundary(int which, int probe, int shift, int? startDay, int? dueDay, (int Day, ReportKind Kind, int?)[] reports)
    {
        var origin = new LocalDate(2020, 1, 1);
        var finals = reports.Where(r => r.Kind == ReportKind.Final).ToArray();
        var at = which switch
        {
            1 => startDay,
            2 when dueDay is { } due => AnnualDeadline(origin.PlusDays(due), 2020 + (probe % 7)),
            3 when finals.Length > 0 => finals[probe % finals.Length].Day,
            _ => null,
        };
        return at is { } day ? Math.Max(0, day + shift) : probe;

        // The deadline's day in another year (for an annual plan), as days from the origin.
        int AnnualDeadline(LocalDate deadline, int year) => Period.DaysBetween(origin, new AnnualDate(deadline.Month, deadline.Day).InYear(year));
    }

    // The model lists what the plan owes by a date — the one piece of work of a one-off plan, or one cycle per year
    // from the first to the current — and reads the status off that list.
    private static PlanStatus Model(ImplementationPlan plan, LocalDate on)
    {
        if (plan.Start is { } start && on < start)
        {
            return PlanStatus.Planned;
        }

        bool Met(int? cycle) => plan.Reports.Any(r => r.Kind == ReportKind.Final && r.Date <= on && (cycle is null || r.Cycle == cycle));
        var schedule = plan.Schedule;
        if (schedule.Recurrence == PlanRecurrence.Once)
        {
            return schedule.Due is { } due && on > due && !Met(null) ? PlanStatus.Overdue : Met(null) ? PlanStatus.Done : PlanStatus.InProgress;
        }

        // Every year from the start's to the current one, less those whose deadline came before the start.
        var current = Math.Min(on.Year, schedule.LastYear ?? int.MaxValue);
        var from = Math.Min(plan.Start?.Year ?? current, current);
        var owed = Enumerable.Range(from, current - from + 1)
            .Select(y => (Cycle: y, Deadline: schedule.DueEachYear?.InYear(y)))
            .Where(o => plan.Start is not { } start || o.Deadline is not { } deadline || deadline >= start);
        return owed.Any(o => o.Deadline is { } deadline && on > deadline && !Met(o.Cycle)) ? PlanStatus.Overdue
            : Met(current) ? PlanStatus.Done
            : PlanStatus.InProgress;
    }
}
