using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>Date arithmetic that stays within NodaTime's ISO calendar (years 1 to 9999 here): a result that would
/// fall outside it is <see langword="null"/>, never an exception, so that no date a caller passes can make a rule or a
/// query throw.</summary>
internal static class CalendarMath
{
    /// <summary>Adds months; null when the result would fall outside years 1 to 9999.</summary>
    internal static LocalDate? PlusMonths(LocalDate date, int months)
    {
        var target = (date.Year * 12L) + date.Month - 1 + months;
        return target / 12 is >= PartialDate.MinYear and <= PartialDate.MaxYear && target >= 0 ? date.PlusMonths(months) : null;
    }

    /// <summary>Adds days (or subtracts them); null when the result would fall outside NodaTime's calendar.</summary>
    internal static LocalDate? PlusDays(LocalDate date, long days)
    {
        var room = days >= 0 ? Period.DaysBetween(date, LocalDate.MaxIsoValue) : Period.DaysBetween(LocalDate.MinIsoValue, date);
        return Math.Abs(days) <= room ? date.PlusDays((int)days) : null;
    }
}
