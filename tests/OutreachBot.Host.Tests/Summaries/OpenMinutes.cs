namespace OutreachBot.Host.Tests.Summaries;

/// <summary>
/// Clinic hours counted the slow, obvious way: minute by minute, on the clinic's wall clock. The tests' own answer,
/// independent of <c>BusinessHours</c>.
/// </summary>
public static class OpenMinutes
{
    public static TimeSpan Between(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, int opensHour, int closesHour, params DateOnly[] holidays)
    {
        var open = 0;
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            var local = TimeZoneInfo.ConvertTime(t, zone);
            if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                && !holidays.Contains(DateOnly.FromDateTime(local.DateTime))
                && local.Hour >= opensHour && local.Hour < closesHour)
            {
                open++;
            }
        }

        return TimeSpan.FromMinutes(open);
    }

    /// <summary>The smallest value that at least <paramref name="share"/> of the values do not exceed.</summary>
    public static TimeSpan? AtLeastShare(IEnumerable<TimeSpan> values, double share)
    {
        var sorted = values.OrderBy(v => v).ToList();
        foreach (var candidate in sorted)
        {
            if (sorted.Count(v => v <= candidate) >= share * sorted.Count)
            {
                return candidate;
            }
        }

        return null;
    }
}
