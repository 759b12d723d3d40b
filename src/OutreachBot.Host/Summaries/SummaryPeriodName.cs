using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Summaries;

/// <summary>The periods an owner can ask for.</summary>
public enum SummaryPeriodName
{
    ThisWeek,
    LastWeek,
    ThisMonth,
}

public static class SummaryPeriods
{
    public static ReportPeriod Resolve(SummaryPeriodName name, DateTimeOffset now, TimeZoneInfo zone) => name switch
    {
        SummaryPeriodName.LastWeek => ReportPeriod.LastWeek(now, zone),
        SummaryPeriodName.ThisMonth => ReportPeriod.ThisMonth(now, zone),
        _ => ReportPeriod.ThisWeek(now, zone),
    };
}
