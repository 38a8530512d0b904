using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>Where the next congress stands on a date.</summary>
public enum CongressDueStatus
{
    /// <summary>The term's label has no years, or no due rule is in force, so no due date can be told.</summary>
    Unknown = 0,

    /// <summary>The next congress is not yet due.</summary>
    OnTime = 1,

    /// <summary>The term has reached its nominal end: the next congress is due.</summary>
    Due = 2,

    /// <summary>12 months have passed since the congress fell due (Decree 45/2010/NĐ-CP, Art. 20).</summary>
    Overdue = 3,

    /// <summary>18 months have passed since the congress fell due: 6 months after the authority's demand.</summary>
    Escalated = 4,

    /// <summary>The next congress has been held.</summary>
    Held = 5,
}

/// <summary>
/// When the congress that closes a term falls due, becomes overdue and is escalated. Derived from the term's label
/// and the thresholds of <see cref="RuleCodes.CongressDue"/>, <see cref="RuleCodes.CongressOverdue"/> and
/// <see cref="RuleCodes.CongressEscalated"/> in the rule catalogue: a term labelled 2024–2029 ends nominally in
/// 2029, so its congress is due from 2029-01-01, overdue from 2030-01-01 (the whole nominal end year has passed)
/// and escalated from 2030-07-01.
/// </summary>
/// <param name="DueFrom">The first day the congress is due.</param>
/// <param name="OverdueFrom">The first day it is overdue.</param>
/// <param name="EscalatedFrom">The first day it is escalated.</param>
public readonly record struct CongressSchedule(LocalDate DueFrom, LocalDate OverdueFrom, LocalDate EscalatedFrom)
{
    /// <summary>Computes the schedule for a term label under a rule catalogue.</summary>
    /// <param name="label">The term's label.</param>
    /// <param name="rules">The catalogue to read the thresholds from.</param>
    /// <returns>The schedule, or <see langword="null"/> when the label has no end year, a threshold rule is not in
    /// force on the due date, or a date of the schedule would fall beyond the calendar (after 9999).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CongressSchedule? For(TermLabel label, RuleCatalog rules)
    {
        Guard.Against.Null(label);
        Guard.Against.Null(rules);
        if (label.NominalEndYear is not { } endYear)
        {
            return null;
        }

        var nominalEnd = new LocalDate(endYear, 1, 1);
        if (Months(rules, RuleCodes.CongressDue, nominalEnd) is not { } due || CalendarMath.PlusMonths(nominalEnd, due) is not { } dueFrom)
        {
            return null;
        }

        return Months(rules, RuleCodes.CongressOverdue, dueFrom) is { } overdue && CalendarMath.PlusMonths(dueFrom, overdue) is { } overdueFrom
            && Months(rules, RuleCodes.CongressEscalated, dueFrom) is { } escalated && CalendarMath.PlusMonths(dueFrom, escalated) is { } escalatedFrom
            ? new CongressSchedule(dueFrom, overdueFrom, escalatedFrom)
            : null;
    }

    /// <summary>Tells where the congress stands on <paramref name="date"/>, if it has not been held.</summary>
    /// <param name="date">The date.</param>
    /// <returns>On time, due, overdue or escalated.</returns>
    public CongressDueStatus StatusOn(LocalDate date) =>
        date >= EscalatedFrom ? CongressDueStatus.Escalated
        : date >= OverdueFrom ? CongressDueStatus.Overdue
        : date >= DueFrom ? CongressDueStatus.Due
        : CongressDueStatus.OnTime;

    private static int? Months(RuleCatalog rules, string code, LocalDate date) =>
        rules.Find(code, date)?.Threshold;
}
