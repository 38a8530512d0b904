using NodaTime;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>A clock that reads what the test sets. NodaTime.Testing is not available, so the tests keep their own.</summary>
internal sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public static FakeClock At(int year, int month, int day, int hour = 12) =>
        new(Instant.FromUtc(year, month, day, hour, 0));

    public Instant GetCurrentInstant() => Now;
}
