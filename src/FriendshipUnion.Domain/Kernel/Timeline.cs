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
    private readonly LocalDate[] lower;
    private readonly LocalDate[] upper;

    internal Timeline(ReadOnlySpan<(LocalDate Earliest, LocalDate Latest)> starts)
    {
        lower = new LocalDate[starts.Length];
        upper = new LocalDate[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            lower[i] = i > 0 && lower[i - 1] > starts[i].Earliest ? lower[i - 1] : starts[i].Earliest;
        }

        for (var i = starts.Length - 1; i >= 0; i--)
        {
            upper[i] = i < starts.Length - 1 && upper[i + 1] < starts[i].Latest ? upper[i + 1] : starts[i].Latest;
        }
    }

    internal static (LocalDate Earliest, LocalDate Latest) Unknown => (LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    internal static (LocalDate Earliest, LocalDate Latest) FromTheStart => (LocalDate.MinIsoValue, LocalDate.MinIsoValue);

    /// <summary>Finds the entry in force on <paramref name="date"/>: the last one that may have started by then.</summary>
    /// <returns>Its index, or -1 when none may have started; <paramref name="certain"/> says whether it has
    /// certainly started.</returns>
    internal int Find(LocalDate date, out bool certain)
    {
        int lo = 0, hi = lower.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (lower[mid] <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        certain = found < 0 || upper[found] <= date;
        return found;
    }
}
