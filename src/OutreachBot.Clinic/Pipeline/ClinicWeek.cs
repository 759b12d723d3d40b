namespace OutreachBot.Clinic.Pipeline;

/// <summary>A Monday-to-Sunday week in the clinic's time zone.</summary>
/// <param name="Start">Monday 00:00 in the clinic's zone.</param>
/// <param name="End">The next Monday 00:00 (exclusive).</param>
public sealed record ClinicWeek(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The week that contains <paramref name="instant"/>, as the clinic's wall clock sees it.</summary>
    public static ClinicWeek Containing(DateTimeOffset instant, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(clinicZone);
        var local = TimeZoneInfo.ConvertTime(instant, clinicZone);
        var daysSinceMonday = ((int)local.DayOfWeek + 6) % 7;
        var monday = local.Date.AddDays(-daysSinceMonday);
        return new ClinicWeek(AtMidnight(monday, clinicZone), AtMidnight(monday.AddDays(7), clinicZone));
    }

    /// <summary>Whether <paramref name="instant"/> falls in the week.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    // Midnight may fall in a DST gap in some zones; take the first valid local time after it.
    private static DateTimeOffset AtMidnight(DateTime localDate, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localDate, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
