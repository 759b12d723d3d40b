namespace OutreachBot.Clinic.ClinicHours;

/// <summary>
/// When the clinic is open: the same hours on each open day, in the clinic's zone, except holidays. The response
/// standard counts only these hours, so a referral that arrives on Friday evening is not overdue on Monday morning.
/// Each day's opening and closing are placed on the clinic's wall clock, so DST days are as long as they really are.
/// </summary>
public sealed record BusinessHours(IReadOnlySet<DayOfWeek> OpenDays, TimeOnly Opens, TimeOnly Closes, IReadOnlySet<DateOnly> Holidays, TimeZoneInfo Zone)
{
    // A standard longer than this many calendar days of searching means the hours are empty (no open day at all).
    private const int MaxDaysSearched = 3660;

    /// <summary>Monday to Friday, <paramref name="opens"/> to <paramref name="closes"/>.</summary>
    public static BusinessHours Weekdays(TimeOnly opens, TimeOnly closes, TimeZoneInfo zone, IEnumerable<DateOnly>? holidays = null) =>
        new(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            opens, closes, new HashSet<DateOnly>(holidays ?? []), zone);

    /// <summary>Every hour of every day: business time equals wall-clock time.</summary>
    public static BusinessHours AlwaysOpen(TimeZoneInfo zone) =>
        new(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.MinValue, TimeOnly.MinValue, new HashSet<DateOnly>(), zone);

    private bool IsAlwaysOpen => Opens == Closes && OpenDays.Count == 7 && Holidays.Count == 0;

    /// <summary>The open time between <paramref name="from"/> and <paramref name="to"/> (zero when to is before from).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (IsAlwaysOpen)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        // The day before too: an overnight opening (closes at or before it opens) may cover the start.
        for (var day = LocalDate(from).AddDays(-1); day <= LocalDate(to); day = day.AddDays(1))
        {
            if (OpenInterval(day) is { } open)
            {
                var start = open.Start > from ? open.Start : from;
                var end = open.End < to ? open.End : to;
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return total;
    }

    /// <summary>The instant when <paramref name="openTime"/> of open hours will have passed since <paramref name="from"/>.</summary>
    public DateTimeOffset After(DateTimeOffset from, TimeSpan openTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(openTime, TimeSpan.Zero);
        if (IsAlwaysOpen)
        {
            return from + openTime;
        }

        var left = openTime;
        var day = LocalDate(from).AddDays(-1);
        for (var searched = 0; searched < MaxDaysSearched; searched++, day = day.AddDays(1))
        {
            if (OpenInterval(day) is not { } open || open.End <= from)
            {
                continue;
            }

            var start = open.Start > from ? open.Start : from;
            if (start + left <= open.End)
            {
                return start + left;
            }

            left -= open.End - start;
        }

        throw new InvalidOperationException("The clinic's hours have no open day: the response standard can never be met.");
    }

    /// <summary>Whether the clinic is open on <paramref name="day"/> (an open weekday that is not a holiday).</summary>
    public bool IsOpenOn(DateOnly day) => OpenDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);

    private (DateTimeOffset Start, DateTimeOffset End)? OpenInterval(DateOnly day)
    {
        if (!IsOpenOn(day))
        {
            return null;
        }

        var start = At(day, Opens);
        var end = Closes > Opens ? At(day, Closes) : At(day.AddDays(1), Closes);
        return (start, end);
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    // A wall-clock time that falls in a spring-forward gap is taken as the first valid time after it.
    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
