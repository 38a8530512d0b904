using NodaTime;
using NodaTime.Testing;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>NodaTime.Testing's fake clocks, set to a day.</summary>
internal static class Clocks
{
    /// <summary>A clock that reads the given day at the given hour, UTC.</summary>
    internal static FakeClock At(int year, int month, int day, int hour = 12) => new(Instant.FromUtc(year, month, day, hour, 0));
}
