using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>
/// How far a term has run on a date: days elapsed since its congress, days remaining until the next congress falls
/// due, and the fraction elapsed of that span. Elapsed days and the fraction are bounds when the congress date is
/// partial ("December 2013"); remaining days are negative once the congress is due.
/// </summary>
/// <param name="AsOf">The date asked about.</param>
/// <param name="ElapsedDays">Days since the congress opened the term, or <see langword="null"/> when its date is unknown.</param>
/// <param name="RemainingDays">Days until the next congress falls due (negative once it is), or
/// <see langword="null"/> when no due date can be told.</param>
/// <param name="FractionElapsed">Elapsed days over the days from the congress to the due date, or
/// <see langword="null"/> when either is unknown. Exceeds 1 once the congress is due.</param>
public readonly record struct TermProgress(
    LocalDate AsOf,
    Bounds<int>? ElapsedDays,
    int? RemainingDays,
    Bounds<double>? FractionElapsed);
