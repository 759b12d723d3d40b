using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Summaries;

/// <summary>The stretch of time a summary covers, on the clinic's calendar: [Start, End).</summary>
public sealed record ReportPeriod(string Name, DateTimeOffset Start, DateTimeOffset End)
{
    public static ReportPeriod ThisWeek(DateTimeOffset now, TimeZoneInfo zone)
    {
        var week = ClinicWeek.Containing(now, zone);
        return new ReportPeriod("This week", week.Start, week.End);
    }

    public static ReportPeriod LastWeek(DateTimeOffset now, TimeZoneInfo zone)
    {
        var thisWeek = ClinicWeek.Containing(now, zone);
        var week = ClinicWeek.Containing(thisWeek.Start.AddDays(-3), zone);
        return new ReportPeriod("Last week", week.Start, week.End);
    }

    public static ReportPeriod ThisMonth(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var first = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new ReportPeriod("This month", Midnight(first, zone), Midnight(first.AddMonths(1), zone));
    }

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    private static DateTimeOffset Midnight(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
