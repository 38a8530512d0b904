using FriendshipUnion.Domain.Documents;
using NodaTime;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>How often a plan's work falls due.</summary>
public enum PlanRecurrence
{
    /// <summary>Once, by one deadline.</summary>
    Once = 0,

    /// <summary>Every calendar year, by the same day each year (An Giang implements Directive 38-CT/TW annually).</summary>
    Annual = 1,
}

/// <summary>Where a plan stands on a date. Computed from the plan's dates and reports, never stored.</summary>
public enum PlanStatus
{
    /// <summary>The work has not begun: the date is before the plan's start.</summary>
    Planned = 0,

    /// <summary>The work is under way and no deadline has passed without a final report.</summary>
    InProgress = 1,

    /// <summary>A final report is on record for the work due (for an annual plan, this year's cycle).</summary>
    Done = 2,

    /// <summary>A deadline has passed with no final report for the work it covers.</summary>
    Overdue = 3,
}

/// <summary>Whether a report closes the work it covers.</summary>
public enum ReportKind
{
    /// <summary>A progress report: the work goes on.</summary>
    Progress = 0,

    /// <summary>A final report: the work it covers (the plan, or one year's cycle) is done.</summary>
    Final = 1,
}

/// <summary>The years a plan or report may name: those a document may carry, 1945 to 2100.</summary>
internal static class PlanYears
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    internal static int Check(int year, string paramName) =>
        year is >= DocumentSymbol.MinYear and <= DocumentSymbol.MaxYear
            ? year
            : throw new ArgumentOutOfRangeException(paramName, year, $"A year lies within {DocumentSymbol.MinYear}–{DocumentSymbol.MaxYear}; found {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
}

/// <summary>When a plan's work falls due: once by a date, or every year by the same day, each possibly unknown.</summary>
public sealed record PlanSchedule
{
    private PlanSchedule(PlanRecurrence recurrence, LocalDate? due, AnnualDate? dueEachYear, int? lastYear)
    {
        Recurrence = recurrence;
        Due = due;
        DueEachYear = dueEachYear;
        LastYear = lastYear;
    }

    /// <summary>Gets how often the work falls due.</summary>
    public PlanRecurrence Recurrence { get; }

    /// <summary>Gets the deadline of a one-off plan, when recorded.</summary>
    public LocalDate? Due { get; }

    /// <summary>Gets the day each year's cycle of an annual plan falls due, when recorded.</summary>
    public AnnualDate? DueEachYear { get; }

    /// <summary>Gets the last year of an annual plan, when it has one; otherwise it runs on.</summary>
    public int? LastYear { get; }

    /// <summary>Creates the schedule of a one-off plan.</summary>
    /// <param name="due">The deadline, or <see langword="null"/> when none is recorded (the plan is then never overdue).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="due"/> is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="due"/> is not in the ISO calendar.</exception>
    public static PlanSchedule Once(LocalDate? due) => new(PlanRecurrence.Once, Guard.Against.OutsideCalendar(due), null, null);

    /// <summary>Creates the schedule of an annual plan.</summary>
    /// <param name="dueEachYear">The day each cycle falls due, or <see langword="null"/> when none is recorded.</param>
    /// <param name="lastYear">The last year, or <see langword="null"/> when the plan runs on.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is outside the years of the calendar.</exception>
    public static PlanSchedule Annual(AnnualDate? dueEachYear = null, int? lastYear = null)
    {
        if (lastYear is { } last)
        {
            PlanYears.Check(last, nameof(lastYear));
        }

        return new(PlanRecurrence.Annual, null, dueEachYear, lastYear);
    }

    /// <summary>Gets the last deadline, when known to the day: a one-off plan's due date, or the last cycle's.</summary>
    public LocalDate? LastDeadline => Recurrence == PlanRecurrence.Once ? Due
        : LastYear is { } year && DueEachYear is { } day ? day.InYear(year)
        : null;

    /// <summary>Gets the earliest and latest day the last deadline may fall on: the day itself when known, the whole
    /// last year of an annual plan whose yearly day is not recorded, or <see langword="null"/> when there is no
    /// last deadline.</summary>
    internal (LocalDate Earliest, LocalDate Latest)? LastDeadlineBounds => LastDeadline is { } day ? (day, day)
        : Recurrence == PlanRecurrence.Annual && LastYear is { } year ? (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))
        : null;
}

/// <summary>A report recorded against an implementation plan.</summary>
public sealed record ImplementationReport
{
    /// <summary>Initializes a report.</summary>
    /// <param name="date">When the report was made.</param>
    /// <param name="kind">Progress or final.</param>
    /// <param name="year">For an annual plan, the year whose cycle it reports on (required by the rules); a report on
    /// a one-off plan names no year.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2100, or
    /// <paramref name="date"/> outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public ImplementationReport(LocalDate date, ReportKind kind, int? year = null)
    {
        Guard.Against.OutsideCalendar(date);
        if (year is { } y)
        {
            PlanYears.Check(y, nameof(year));
        }

        Date = date;
        Kind = kind;
        Year = year;
    }

    /// <summary>Gets when the report was made.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the report closes the work it covers.</summary>
    public ReportKind Kind { get; }

    /// <summary>Gets the year whose cycle an annual plan's report covers, as given.</summary>
    public int? Year { get; }

    /// <summary>Gets the year of the cycle the report covers: <see cref="Year"/>, or the year of <see cref="Date"/>.</summary>
    public int Cycle => Year ?? Date.Year;

    /// <summary>Gets a note, such as the report's reference.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }
}

/// <summary>
/// A union's commitment to implement a document — once, or every year — within a term, with its deadlines and the
/// reports recorded against it. Its status on any date is computed from these (<see cref="StatusOn"/>).
/// </summary>
public sealed record ImplementationPlan
{
    /// <summary>Initializes a plan.</summary>
    /// <param name="id">Its id within the union.</param>
    /// <param name="term">The term it belongs to, by the ordinal of the congress that opened it.</param>
    /// <param name="document">The document it implements.</param>
    /// <param name="schedule">When its work falls due.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="document"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="term"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public ImplementationPlan(PlanId id, int term, DocumentSymbol document, PlanSchedule schedule)
    {
        Id = id == default ? throw new ArgumentException("The id must be set.", nameof(id)) : id;
        Guard.Against.Below(term, 1);
        Term = term;
        Document = document == default ? throw new ArgumentException("The document must be set.", nameof(document)) : document;
        Guard.Against.Null(schedule);
        Schedule = schedule;
    }

    /// <summary>Gets the id within the union.</summary>
    public PlanId Id { get; }

    /// <summary>Gets the term, by the ordinal of the congress that opened it.</summary>
    public int Term { get; }

    /// <summary>Gets the symbol of the document implemented.</summary>
    public DocumentSymbol Document { get; }

    /// <summary>Gets when the work falls due.</summary>
    public PlanSchedule Schedule { get; }

    /// <summary>Gets when the plan was adopted, when known: the date on which the document must be in force.</summary>
    public PartialDate? Adopted { get; init; }

    /// <summary>Gets when the work begins, when it is later than the adoption or the adoption is not known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the date is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException">On init: the date is not in the ISO calendar.</exception>
    public LocalDate? Starts
    {
        get;
        init => field = Guard.Against.OutsideCalendar(value, nameof(Starts));
    }

    /// <summary>Gets a value indicating whether the plan's deadlines may run into later terms.</summary>
    public bool SpansTerms { get; init; }

    /// <summary>Gets a value indicating whether the plan is recorded for history: it may implement a document that
    /// was not (or no longer) in force on its date.</summary>
    public bool Historical { get; init; }

    /// <summary>Gets the plan's title or reference, when recorded.</summary>
    /// <exception cref="ArgumentException">On init: the title is blank.</exception>
    public string? Title
    {
        get;
        init => field = Texts.Optional(value, nameof(Title));
    }

    /// <summary>Gets the reports recorded against the plan, in the order recorded.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<ImplementationReport> Reports
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Reports));
    }

    = [];

    /// <summary>Gets a note.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Gets the first day the work has certainly begun, when known: <see cref="Starts"/>, or else the last
    /// possible day of the adoption (31 December for a plan adopted "2022").</summary>
    public LocalDate? Start => Starts ?? Adopted?.Latest;

    /// <summary>Gets the first year whose cycle an annual plan owes: the year it starts, or the next one when that
    /// year's deadline fell before the start; <see langword="null"/> when the start is unknown.</summary>
    public int? FirstYear => Start is not { } start ? null
        : Schedule.DueEachYear is { } day && day.InYear(start.Year) < start ? start.Year + 1
        : start.Year;

    /// <summary>
    /// Computes where the plan stands on a date, from its dates and the reports made by then. Before the start it is
    /// planned. A one-off plan is done once a final report is on record, and overdue after its deadline until then.
    /// An annual plan is overdue while any year's cycle from its first year is past its deadline without a final
    /// report for that year, done when this year's cycle (or, after its last year, the last) has one, and otherwise in
    /// progress. A plan without a recorded deadline is never overdue; an annual plan owes no cycle whose deadline fell
    /// before its start, and one whose start is unknown is judged on the current cycle alone. Reports on an annual plan
    /// count for the year they name.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The status.</returns>
    public PlanStatus StatusOn(LocalDate date)
    {
        if (Start is { } start && date < start)
        {
            return PlanStatus.Planned;
        }

        if (Schedule.Recurrence == PlanRecurrence.Once)
        {
            return HasFinalReport(null, date) ? PlanStatus.Done
                : Schedule.Due is { } due && date > due ? PlanStatus.Overdue
                : PlanStatus.InProgress;
        }

        var cycle = Schedule.LastYear is { } last && date.Year > last ? last : date.Year;
        if (Schedule.DueEachYear is { } day)
        {
            for (var year = FirstYear ?? cycle; year <= cycle; year++)
            {
                if (date > day.InYear(year) && !HasFinalReport(year, date))
                {
                    return PlanStatus.Overdue;
                }
            }
        }

        return HasFinalReport(cycle, date) ? PlanStatus.Done : PlanStatus.InProgress;
    }

    /// <summary>Tells whether a final report for a cycle (or, for <see langword="null"/>, for the plan) was made by a date.</summary>
    private bool HasFinalReport(int? cycle, LocalDate by)
    {
        foreach (var report in Reports)
        {
            if (report.Kind == ReportKind.Final && report.Date <= by && (cycle is null || report.Cycle == cycle))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(ImplementationPlan? other) =>
        other is not null && Id == other.Id && Term == other.Term && Document == other.Document && Schedule == other.Schedule
        && Adopted == other.Adopted && Starts == other.Starts && SpansTerms == other.SpansTerms && Historical == other.Historical
        && Title == other.Title && Note == other.Note && Source == other.Source && Reports.SequenceEqual(other.Reports);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Term, Document, Schedule, Adopted);
}
