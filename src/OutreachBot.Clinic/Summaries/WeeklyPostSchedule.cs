using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Summaries;

/// <summary>
/// When the weekly summary is due: a day and a time on the clinic's wall clock, every week. A time that falls in a
/// spring-forward gap moves to the first valid minute after it; a time that happens twice (fall back) is the first.
/// </summary>
public sealed record WeeklyPostSchedule(DayOfWeek Day, TimeOnly Time, TimeZoneInfo Zone)
{
    /// <summary>The instant the post is due in <paramref name="week"/>.</summary>
    public DateTimeOffset DueIn(ClinicWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var monday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(week.Start, Zone).DateTime);
        var day = monday.AddDays(((int)Day + 6) % 7);
        var local = day.ToDateTime(Time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // An ambiguous time (fall back) has two offsets; the larger is the earlier instant.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The week whose post is due at or before <paramref name="now"/> and not yet past that week, or null.</summary>
    public ClinicWeek? DueWeek(DateTimeOffset now)
    {
        var week = ClinicWeek.Containing(now, Zone);
        return now >= DueIn(week) ? week : null;
    }
}
