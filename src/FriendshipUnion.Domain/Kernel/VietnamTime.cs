using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// Vietnam's time zone and "today" as the unions count it. The library never reads a static clock: callers pass an
/// <see cref="IClock"/> (for example <c>SystemClock.Instance</c>, or a fake one in tests) or an explicit date.
/// </summary>
public static class VietnamTime
{
    /// <summary>Gets the Asia/Ho_Chi_Minh time zone from the TZDB data shipped with NodaTime.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>Gets today's date in Vietnam according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The current date in Asia/Ho_Chi_Minh; a clock that reads beyond the calendar's ends gives its first or
    /// last day (<see cref="LocalDate.MinIsoValue"/>, <see cref="LocalDate.MaxIsoValue"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        var now = clock.GetCurrentInstant();
        return now < Earliest ? LocalDate.MinIsoValue : now > Latest ? LocalDate.MaxIsoValue : now.InZone(Zone).Date;
    }

    // The instants whose day in Vietnam the calendar holds (a day's margin covers the zone's offset).
    private static Instant Earliest { get; } = Instant.FromUtc(-9998, 1, 2, 0, 0);

    private static Instant Latest { get; } = Instant.FromUtc(9999, 12, 30, 0, 0);
}
