using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// As-of lookups over a sequence of entries that each start at a (possibly uncertain) date and last until the next
/// one starts: terms (from congress to congress) and names (from rename to rename). Each start is given as the
/// earliest and latest day it may be; the bounds are tightened by the order of the entries (an entry starts after
/// the one before it), then searched by bisection, so a lookup allocates nothing.
/// </summary>
internal sealed class Timeline
{
    // The bounds as ISO day numbers: a query compares integers, not dates (NodaTime checks the calendars of every
    // pair of dates it compares).
    private readonly int[] lower;
    private readonly int[] upper;

    internal Timeline(ReadOnlySpan<(LocalDate Earliest, LocalDate Latest)> starts)
    {
        lower = new int[starts.Length];
        upper = new int[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            var earliest = DayNumber(starts[i].Earliest);
            lower[i] = i > 0 && lower[i - 1] > earliest ? lower[i - 1] : earliest;
        }

        for (var i = starts.Length - 1; i >= 0; i--)
        {
            var latest = DayNumber(starts[i].Latest);
            upper[i] = i < starts.Length - 1 && upper[i + 1] < latest ? upper[i + 1] : latest;
        }
    }

    internal static (LocalDate Earliest, LocalDate Latest) Unknown => (LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    internal static (LocalDate Earliest, LocalDate Latest) FromTheStart => (LocalDate.MinIsoValue, LocalDate.MinIsoValue);

    /// <summary>Finds the entry in force on <paramref name="date"/>: the last one that may have started by then.</summary>
    /// <returns>Its index, or -1 when none may have started; <paramref name="certain"/> says whether it has
    /// certainly started.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar (as comparing it with
    /// the timeline's ISO dates would be).</exception>
    internal int Find(LocalDate date, out bool certain)
    {
        if (lower.Length > 0 && date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only values in the same calendar can be compared.", nameof(date));
        }

        var day = DayNumber(date);
        int lo = 0, hi = lower.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (lower[mid] <= day)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        certain = found < 0 || upper[found] <= day;
        return found;
    }

    /// <summary>The number of days from 1970-01-01 to an ISO date (negative before it), for any year NodaTime holds.</summary>
    internal static int DayNumber(LocalDate date)
    {
        // Days from the civil date (H. Hinnant's algorithm): March-based years, in 400-year eras.
        int y = date.Year, m = date.Month, d = date.Day;
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = (((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5) + d - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }
}
