namespace OutreachBot.Clinic.Scheduling;

/// <summary>
/// When a clinician works: the same hours on each listed day, in the zone the hours are kept in (their mailbox's
/// zone, which may differ from the clinic's). An end at or before the start runs past midnight.
/// </summary>
public sealed record WorkingHours(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    public static WorkingHours Weekdays(TimeOnly start, TimeOnly end, TimeZoneInfo zone) =>
        new(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, start, end, zone);
}
