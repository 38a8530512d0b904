using NodaTime;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>1991</c>).</summary>
    Year = 1,

    /// <summary>The year and month are known (<c>2013-12</c>).</summary>
    Month = 2,

    /// <summary>The exact day is known (<c>2024-09-17</c>).</summary>
    Day = 3,

    /// <summary>The day is known only to lie between two days, both included (<c>2023-07-11/2023-09-14</c>).</summary>
    Range = 4,
}

/// <summary>What a source says of a date it gives without stating it: EDTF's qualifiers.</summary>
public enum DateQualifier
{
    /// <summary>The date is as the source states it.</summary>
    None = 0,

    /// <summary>The date is probable, not certain (<c>2013-12-30?</c>).</summary>
    Uncertain = 1,

    /// <summary>The date is approximate (<c>2013-12-30~</c>).</summary>
    Approximate = 2,

    /// <summary>The date is both uncertain and approximate (<c>2013-12-30%</c>).</summary>
    UncertainAndApproximate = 3,
}

/// <summary>
/// A date in the ISO calendar known to the year, the month or the day: <c>1991</c>, <c>2013-12</c>,
/// <c>2024-09-17</c>; or known only to lie between two days (<c>2023-07-11/2023-09-14</c>); or given by a source as
/// probable or approximate (<c>2013-12-30?</c>, <c>2013-12-30~</c>, <c>2013-12-30%</c>). A partial date stands for every
/// day from <see cref="Earliest"/> to <see cref="Latest"/>; it is never silently rounded to the first day of its year
/// or month. A qualified date keeps the day the source suggests (<see cref="Year"/>, <see cref="Month"/>,
/// <see cref="Day"/>) and stands for the next larger unit: a probable day for its month, a probable month for its
/// year, a probable year for it and the years before and after.
/// </summary>
/// <remarks>
/// <para>Chronology is asked with <see cref="IsBefore(PartialDate)"/>, <see cref="IsAfter(PartialDate)"/> and
/// <see cref="IsSameDayAs(PartialDate)"/>, which answer honestly: yes, no or possibly. This is why the type
/// deliberately implements neither
/// <see cref="IComparable{T}"/> nor the <c>&lt;</c> and <c>&gt;</c> operators: "1991" is neither before nor after
/// "1991-06". To sort, use <see cref="SortOrder"/>, which orders by earliest day, then by latest day.</para>
/// <para>The text form is the ISO 8601 calendar date at reduced precision, parsed and formatted by
/// <see cref="PartialDatePattern"/>; the two round-trip.</para>
/// <para>The default value is not a date (<see cref="IsSet"/> is <see langword="false"/>): every constructor and
/// change of the model refuses it with an <see cref="ArgumentException"/>.</para>
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
    private readonly byte qualifier;
    private readonly int span; // for a range, the days from its first day to its last

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
        Guard.Against.Below(month, 1);
    }

    /// <summary>Initializes a date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month, 1 to the length of that month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month, day, validate: true)
    {
        Guard.Against.Below(month, 1);
        Guard.Against.Below(day, 1);
    }

    private PartialDate(int year, int month, int day, bool validate)
    {
        if (validate)
        {
            Guard.Against.Below(year, MinYear);
            Guard.Against.Above(year, MaxYear);
            Guard.Against.Below(month, 0);
            Guard.Against.Above(month, 12);
            Guard.Against.Below(day, 0);
            if (day > 0)
            {
                Guard.Against.Above(day, CalendarSystem.Iso.GetDaysInMonth(year, month));
            }
        }

        this.year = (short)year;
        this.month = (byte)month;
        this.day = (byte)day;
    }

    private PartialDate(PartialDate date, DateQualifier qualifier, int span)
    {
        year = date.year;
        month = date.month;
        day = date.day;
        this.qualifier = (byte)qualifier;
        this.span = span;
    }

    /// <summary>Gets a sort order for partial dates: by earliest day, then by latest day, so "1991" sorts before
    /// "1991-01-15". It is an order for display, not chronology: use <see cref="IsBefore(PartialDate)"/> to ask which
    /// came first.</summary>
    public static IComparer<PartialDate> SortOrder { get; } = Comparer<PartialDate>.Create(static (a, b) =>
    {
        var byEarliest = a.Earliest.CompareTo(b.Earliest);
        return byEarliest != 0 ? byEarliest : a.Latest.CompareTo(b.Latest);
    });

    /// <summary>Gets a value indicating whether this is a date: <see langword="false"/> only for the default value.</summary>
    public bool IsSet => year != 0;

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision => span != 0 ? DatePrecision.Range : day != 0 ? DatePrecision.Day : month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets what the source says of the date: stated, probable or approximate.</summary>
    public DateQualifier Qualifier => (DateQualifier)qualifier;

    /// <summary>Gets the year (of the first day, for a range).</summary>
    public int Year => year;

    /// <summary>Gets the month (of the first day, for a range), or <see langword="null"/> when only the year is
    /// known.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>Gets the day of the month (of the first day, for a range), or <see langword="null"/> when it is not
    /// known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>Gets a value indicating whether the exact day is known: stated by the source, not a range.</summary>
    public bool IsExact => day != 0 && span == 0 && qualifier == 0;

    /// <summary>Gets the first day this date may stand for.</summary>
    public LocalDate Earliest
    {
        get
        {
            var stated = new LocalDate(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
            return qualifier == 0 ? stated : Precision switch
            {
                DatePrecision.Day => new LocalDate(year, month, 1),
                DatePrecision.Month => new LocalDate(year, 1, 1),
                _ => new LocalDate(Math.Max(MinYear, year - 1), 1, 1),
            };
        }
    }

    /// <summary>Gets the last day this date may stand for.</summary>
    public LocalDate Latest
    {
        get
        {
            if (span != 0)
            {
                return new LocalDate(year, month, day).PlusDays(span);
            }

            if (qualifier != 0)
            {
                return Precision switch
                {
                    DatePrecision.Day => new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)),
                    DatePrecision.Month => new LocalDate(year, 12, 31),
                    _ => new LocalDate(Math.Min(MaxYear, year + 1), 12, 31),
                };
            }

            var m = month == 0 ? 12 : month;
            return new LocalDate(year, m, day == 0 ? CalendarSystem.Iso.GetDaysInMonth(year, m) : day);
        }
    }

    /// <summary>Creates a date known only to lie between two days, both included.</summary>
    /// <param name="first">The first day it may be.</param>
    /// <param name="last">The last day it may be; after <paramref name="first"/>.</param>
    /// <returns>The range; the day itself when the two are the same day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>, or a
    /// year is outside 1 to 9999.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static PartialDate Between(LocalDate first, LocalDate last)
    {
        var start = FromLocalDate(first);
        _ = FromLocalDate(last);
        Guard.Against.OutOfRange(last, nameof(last), first, LocalDate.MaxIsoValue);
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        return days == 0 ? start : new PartialDate(start, DateQualifier.None, days);
    }

    /// <summary>Returns the same date as the source gives it with a qualifier: probable (<c>?</c>), approximate
    /// (<c>~</c>) or both (<c>%</c>).</summary>
    /// <param name="qualifier">The qualifier; <see cref="DateQualifier.None"/> for the date as stated.</param>
    /// <returns>The qualified date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">This is a range (a range is qualified by its bounds) or the default
    /// value.</exception>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a qualifier.");
        }

        return !IsSet || span != 0
            ? throw new InvalidOperationException("Only a date known to the year, month or day takes a qualifier; a range is qualified by its bounds.")
            : new PartialDate(this, qualifier, 0);
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
        Guard.Against.Null(text);
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

    /// <summary>Tells whether this date is before another: every day it may stand for is before every day the other
    /// may stand for (yes), none is (no), or the order cannot be told (possibly).</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Yes, no or possibly.</returns>
    public Answer IsBefore(PartialDate other) => Before(Earliest, Latest, other.Earliest, other.Latest);

    /// <summary>Tells whether this date is before a day.</summary>
    /// <param name="other">The day.</param>
    /// <returns>Yes, no or possibly.</returns>
    public Answer IsBefore(LocalDate other) => Before(Earliest, Latest, other, other);

    /// <summary>Tells whether this date is after another, as <see cref="IsBefore(PartialDate)"/> does the reverse.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Yes, no or possibly.</returns>
    public Answer IsAfter(PartialDate other) => Before(other.Earliest, other.Latest, Earliest, Latest);

    /// <summary>Tells whether this date is after a day.</summary>
    /// <param name="other">The day.</param>
    /// <returns>Yes, no or possibly.</returns>
    public Answer IsAfter(LocalDate other) => Before(other, other, Earliest, Latest);

    /// <summary>Tells whether this date and another are the same day: yes when both are that exact day, no when
    /// they share no day, possibly otherwise.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Yes, no or possibly.</returns>
    public Answer IsSameDayAs(PartialDate other) =>
        Latest < other.Earliest || Earliest > other.Latest ? Answer.No
        : IsExact && other.IsExact ? Answer.Yes
        : Answer.Possibly;

    /// <summary>Tells whether this date is equal to another: same precision and same known parts.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when the two are the same partial date.</returns>
    public bool Equals(PartialDate other) => year == other.year && month == other.month && day == other.day && qualifier == other.qualifier && span == other.span;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine((year << 9) | (month << 5) | day, qualifier, span);

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

    internal static PartialDate CreateUnchecked(PartialDate date, DateQualifier qualifier, int span) => new(date, qualifier, span);

    private static Answer Before(LocalDate aFirst, LocalDate aLast, LocalDate bFirst, LocalDate bLast) =>
        aLast < bFirst ? Answer.Yes : aFirst >= bLast ? Answer.No : Answer.Possibly;
}
