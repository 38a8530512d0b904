using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>
/// A term (nhiệm kỳ) of a union: it is opened by a congress and runs until the next one. It keeps its nominal
/// label, which may disagree with its actual dates. Terms are derived from the union's congresses; they are not
/// edited on their own.
/// </summary>
public sealed class Term
{
    internal Term(UnionId union, Congress congress, Congress? nextCongress, CongressSchedule? schedule)
    {
        Union = union;
        Congress = congress;
        NextCongress = nextCongress;
        Schedule = schedule;
    }

    /// <summary>Gets the id of the union whose term this is.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the congress that opened the term.</summary>
    public Congress Congress { get; }

    /// <summary>Gets the congress that closed the term, or <see langword="null"/> while it runs.</summary>
    public Congress? NextCongress { get; }

    /// <summary>Gets the ordinal of the congress that opened the term.</summary>
    public int Ordinal => Congress.Ordinal;

    /// <summary>Gets the term's nominal label.</summary>
    public TermLabel Label => Congress.TermLabel;

    /// <summary>Gets when the term began (its congress), or <see langword="null"/> when unknown.</summary>
    public PartialDate? Start => Congress.Held;

    /// <summary>Gets when the term ended (the next congress), or <see langword="null"/> while it runs or when unknown.</summary>
    public PartialDate? End => NextCongress?.Held;

    /// <summary>Gets a value indicating whether no later congress is on record.</summary>
    public bool IsOpen => NextCongress is null;

    /// <summary>Gets when the closing congress falls due, is overdue and is escalated, or <see langword="null"/> when
    /// the label has no years.</summary>
    public CongressSchedule? Schedule { get; }

    /// <summary>Tells where the next congress stands on <paramref name="date"/>: held (when the next congress is on
    /// record by then), or on time, due, overdue or escalated.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status.</returns>
    public CongressDueStatus DueStatusOn(LocalDate date)
    {
        if (NextCongress?.Held is { } held && held.Latest <= date)
        {
            return CongressDueStatus.Held;
        }

        return Schedule?.StatusOn(date) ?? CongressDueStatus.Unknown;
    }

    /// <summary>Measures how far the term has run on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Elapsed and remaining days and the fraction elapsed, as far as they can be told.</returns>
    public TermProgress ProgressOn(LocalDate date)
    {
        Bounds<int>? elapsed = null;
        Bounds<double>? fraction = null;
        int? remaining = Schedule is { } s ? Period.DaysBetween(date, s.DueFrom) : null;
        if (Start is { } start)
        {
            elapsed = new Bounds<int>(Math.Max(0, Period.DaysBetween(start.Latest, date)), Math.Max(0, Period.DaysBetween(start.Earliest, date)));
            if (Schedule is { } schedule)
            {
                var shortest = Period.DaysBetween(start.Latest, schedule.DueFrom);
                var longest = Period.DaysBetween(start.Earliest, schedule.DueFrom);
                if (shortest > 0)
                {
                    // Before the due date the earliest start gives the larger fraction; past it, the latest start does.
                    fraction = Bounds.Between((double)elapsed.Value.Min / shortest, (double)elapsed.Value.Max / longest);
                }
            }
        }

        return new TermProgress(date, elapsed, remaining, fraction);
    }

    /// <summary>Describes the term as "6th congress term 2024–2029 (from 2024-09-17)".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Congress.OrdinalText} congress term {Label} (from {Start?.ToString() ?? "an unknown date"})";
}
