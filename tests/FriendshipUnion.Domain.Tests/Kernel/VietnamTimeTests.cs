using NodaTime;
using NodaTime.Testing;

namespace FriendshipUnion.Domain.Tests.Calendar;

public sealed class VietnamTimeTests
{
    [Fact]
    public void Today_is_counted_in_Ho_Chi_Minh_City_not_in_UTC()
    {
        // 18:00 UTC on 2024-09-16 is 01:00 on 2024-09-17 in Vietnam (UTC+7).
        var clock = new FakeClock(Instant.FromUtc(2024, 9, 16, 18, 0));

        Assert.Equal(new LocalDate(2024, 9, 17), VietnamTime.Today(clock));
    }

    [Fact]
    public void Today_needs_a_clock() => Assert.Throws<ArgumentNullException>(() => VietnamTime.Today(null!));
}
