using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>Why a tenure ended.</summary>
public enum TenureEnd
{
    /// <summary>The holder resigned.</summary>
    Resigned = 0,

    /// <summary>The holder was dismissed.</summary>
    Dismissed = 1,

    /// <summary>The holder died.</summary>
    Died = 2,

    /// <summary>The next congress closed the term.</summary>
    TermEnded = 3,

    /// <summary>An acting head's tenure ended because a President was elected or reinstated.</summary>
    Superseded = 4,

    /// <summary>The union merged or was dissolved during the term.</summary>
    UnionEnded = 5,
}

/// <summary>A suspension within a tenure: from its date until the reinstatement, if any.</summary>
/// <param name="From">When the suspension began.</param>
/// <param name="To">When the holder was reinstated; <see langword="null"/> while suspended (or when the tenure ended first).</param>
public sealed record Suspension(PartialDate From, PartialDate? To);

/// <summary>
/// One person's holding of one office in one term, derived from the leadership history: how it began and when,
/// how it ended and when, and any suspensions. Days are counted from the start (inclusive) to the end (exclusive):
/// the day a President resigns or the next congress meets is the first day the tenure no longer holds.
/// </summary>
public sealed class Tenure
{
    internal Tenure(UnionId union, int term, Office office, PersonId person, OfficeChangeKind startKind, PartialDate from, Bounds<LocalDate> began,
        TenureEnd? endReason, PartialDate? to, Bounds<LocalDate>? ended, IReadOnlyList<Suspension> suspensions)
    {
        Union = union;
        Term = term;
        Office = office;
        Person = person;
        StartKind = startKind;
        From = from;
        Began = began;
        EndReason = endReason;
        To = to;
        Ended = ended;
        Suspensions = suspensions;
    }

    /// <summary>Gets the union.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the term, by the ordinal of the congress that opened it.</summary>
    public int Term { get; }

    /// <summary>Gets the office held.</summary>
    public Office Office { get; }

    /// <summary>Gets who held it.</summary>
    public PersonId Person { get; }

    /// <summary>Gets how the tenure began.</summary>
    public OfficeChangeKind StartKind { get; }

    /// <summary>Gets the date of the change that began it (for <see cref="OfficeChangeKind.Attested"/>, the date the
    /// source shows the office held, which may be after it began).</summary>
    public PartialDate From { get; }

    /// <summary>Gets the earliest and latest day the tenure may have begun.</summary>
    public Bounds<LocalDate> Began { get; }

    /// <summary>Gets why the tenure ended, or <see langword="null"/> while it goes on.</summary>
    public TenureEnd? EndReason { get; }

    /// <summary>Gets the date of the end (the change, or the next congress), when it ended and the date is known.</summary>
    public PartialDate? To { get; }

    /// <summary>Gets the earliest and latest day the tenure may have ended (exclusive), or <see langword="null"/> while it goes on.</summary>
    public Bounds<LocalDate>? Ended { get; }

    /// <summary>Gets the suspensions, in order.</summary>
    public IReadOnlyList<Suspension> Suspensions { get; }

    /// <summary>Tells whether the tenure held on <paramref name="date"/>. Allocates nothing.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Yes, no, or possibly when the date falls within the uncertainty of a partial start or end.</returns>
    public Answer HoldsOn(LocalDate date)
    {
        var endEarliest = Ended?.Min ?? LocalDate.MaxIsoValue;
        var endLatest = Ended?.Max ?? LocalDate.MaxIsoValue;
        if (date < Began.Min || (Ended is not null && date >= endLatest))
        {
            return Answer.No;
        }

        return date >= Began.Max && (Ended is null || date < endEarliest) ? Answer.Yes : Answer.Possibly;
    }

    /// <summary>Tells whether the holder was suspended on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Yes, no, or possibly within a partial suspension or reinstatement date.</returns>
    public Answer SuspendedOn(LocalDate date)
    {
        var answer = Answer.No;
        foreach (var suspension in Suspensions)
        {
            var to = suspension.To;
            if (date < suspension.From.Earliest || (to is { } t && date >= t.Latest))
            {
                continue;
            }

            if (date >= suspension.From.Latest && (to is not { } t2 || date < t2.Earliest))
            {
                return Answer.Yes;
            }

            answer = Answer.Possibly;
        }

        return answer;
    }
}
