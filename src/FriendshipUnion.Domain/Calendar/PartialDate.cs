using NodaTime;

namespace FriendshipUnion.Domain.Calendar;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>1991</c>).</summary>
    Year = 1,

    /// <summary>The year and month are known (<c>2013-12</c>).</summary>
    Month = 2,

    /// <summary>The exact day is known (<c>2024-09-17</c>).</summary>
    Day = 3,
}

/// <summary>How two (possibly partial) dates stand to each other in time.</summary>
public enum DateRelation
{
    /// <summary>Every day the first date may stand for is before every day the second may stand for.</summary>
    Before = 0,

    /// <summary>Both are exact and the same day.</summary>
    Same = 1,

    /// <summary>Every day the first date may stand for is after every day the second may stand for.</summary>
    After = 2,

    /// <summary>The days the two dates may stand for overlap: the order cannot be told.</summary>
    PossiblyOverlapping = 3,
}

/// <summary>
/// A date in the ISO calendar known to the year, the month or the day: <c>1991</c>, <c>2013-12</c>,
/// <c>2024-09-17</c>. A partial date stands for every day from <see cref="Earliest"/> to <see cref="Latest"/>;
/// it is never silently rounded to the first day of its year or month.
/// </summary>
/// <remarks>
/// <para>Chronology is asked with <see cref="RelateTo(PartialDate)"/>, which answers honestly: before, after,
/// the same day, or possibly overlapping. This is why the type deliberately implements neither
/// <see cref="IComparable{T}"/> nor the <c>&lt;</c> and <c>&gt;</c> operators: "1991" is neither before nor after
/// "1991-06". To sort, use <see cref="SortOrder"/>, which orders by earliest day, then by latest day.</para>
/// <para>The text form is the ISO 8601 calendar date at reduced precision, parsed and formatted by
/// <see cref="PartialDatePattern"/>; the two round-trip.</para>
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>
{
    /// <summary>The smallest year a partial date can hold.</summary>
    public const int MinYear = 1;

    /// <summary>The largest year a partial date can hold.</summary>
    public const int MaxYear = 9999;

    private readonly short year;
    private readonly byte month;
    private readonly byte day;

    /// <summary>Initializes a date known only to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public PartialDate(int year)
        : this(year, 0, 0, validate: true)
    {
    }

    /// <summary>Initializes a date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, month, 0, validate: true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
    }

    /// <summary>Initializes a date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month, 1 to the length of that month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month, day, validate: true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
    }

    private PartialDate(int year, int month, int day, bool validate)
    {
        if (validate)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
            ArgumentOutOfRangeException.ThrowIfNegative(month);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
            ArgumentOutOfRangeException.ThrowIfNegative(day);
            if (day > 0)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan(day, CalendarSystem.Iso.GetDaysInMonth(year, month));
            }
        }

        this.year = (short)year;
        this.month = (byte)month;
        this.day = (byte)day;
    }

    /// <summary>Gets a sort order for partial dates: by earliest day, then by latest day, so "1991" sorts before
    /// "1991-01-15". It is an order for display, not chronology: use <see cref="RelateTo(PartialDate)"/> to ask which
    /// came first.</summary>
    public static IComparer<PartialDate> SortOrder { get; } = Comparer<PartialDate>.Create(static (a, b) =>
    {
        var byEarliest = a.Earliest.CompareTo(b.Earliest);
        return byEarliest != 0 ? byEarliest : a.Latest.CompareTo(b.Latest);
    });

    /// <summary>Gets how much of the date is known.</summary>
    /// <remarks>The default value of this struct is not a valid date; its precision reads as
    /// <see cref="DatePrecision.Year"/> of year 0 and it should not be used.</remarks>
    public DatePrecision Precision => day != 0 ? DatePrecision.Day : month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets the year.</summary>
    public int Year => year;

    /// <summary>Gets the month, or <see langword="null"/> when only the year is known.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>Gets the day of the month, or <see langword="null"/> when it is not known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>Gets a value indicating whether the exact day is known.</summary>
    public bool IsExact => day != 0;

    /// <summary>Gets the first day this date may stand for.</summary>
    public LocalDate Earliest => new(year, month == 0 ? 1 : month, day == 0 ? 1 : day);

    /// <summary>Gets the last day this date may stand for.</summary>
    public LocalDate Latest
    {
        get
        {
            var m = month == 0 ? 12 : month;
            return new LocalDate(year, m, day == 0 ? CalendarSystem.Iso.GetDaysInMonth(year, m) : day);
        }
    }

    /// <summary>Creates an exact partial date from a <see cref="LocalDate"/> in the ISO calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same day, at day precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar or its year is
    /// outside 1 to 9999.</exception>
    public static PartialDate FromLocalDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", nameof(date));
        }

        if (date.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentException("The year must be from 1 to 9999.", nameof(date));
        }

        return new PartialDate(date.Year, date.Month, date.Day, validate: false);
    }

    /// <summary>Parses an ISO partial date (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a partial date; the message says where and why.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PartialDatePattern.Parse(text).Value;
    }

    /// <summary>Tries to parse an ISO partial date without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The date, or the default value when parsing failed.</param>
    /// <returns><see langword="true"/> when the text is a partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result) =>
        PartialDatePattern.Parse(text).TryGetValue(out result);

    /// <summary>Tells whether <paramref name="date"/> is one of the days this date may stand for.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within <see cref="Earliest"/> to
    /// <see cref="Latest"/>.</returns>
    public bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>Tells how this date stands to another in time.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Before, after, the same day, or possibly overlapping.</returns>
    public DateRelation RelateTo(PartialDate other) => Relate(Earliest, Latest, other.Earliest, other.Latest);

    /// <summary>Tells how this date stands to an exact day in time.</summary>
    /// <param name="other">The day.</param>
    /// <returns>Before, after, the same day, or possibly overlapping.</returns>
    public DateRelation RelateTo(LocalDate other) => Relate(Earliest, Latest, other, other);

    /// <summary>Tells whether this date is certainly before another.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when every reading of this date is before every reading of the other.</returns>
    public bool IsCertainlyBefore(PartialDate other) => Latest < other.Earliest;

    /// <summary>Tells whether this date is certainly after another.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when every reading of this date is after every reading of the other.</returns>
    public bool IsCertainlyAfter(PartialDate other) => Earliest > other.Latest;

    /// <summary>Tells whether this date is equal to another: same precision and same known parts.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when the two are the same partial date.</returns>
    public bool Equals(PartialDate other) => year == other.year && month == other.month && day == other.day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (year << 9) | (month << 5) | day;

    /// <summary>Formats the date in ISO form at its precision: <c>1991</c>, <c>2013-12</c> or <c>2024-09-17</c>.</summary>
    /// <returns>The ISO text.</returns>
    public override string ToString() => PartialDatePattern.Format(this);

    /// <summary>Compares two dates for equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    internal static PartialDate CreateUnchecked(int year, int month, int day) => new(year, month, day, validate: false);

    private static DateRelation Relate(LocalDate aFirst, LocalDate aLast, LocalDate bFirst, LocalDate bLast)
    {
        if (aLast < bFirst)
        {
            return DateRelation.Before;
        }

        if (aFirst > bLast)
        {
            return DateRelation.After;
        }

        return aFirst == aLast && bFirst == bLast ? DateRelation.Same : DateRelation.PossiblyOverlapping;
    }
}
