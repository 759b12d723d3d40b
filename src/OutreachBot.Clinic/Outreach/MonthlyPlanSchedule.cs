using OutreachBot.Clinic.ClinicHours;

namespace OutreachBot.Clinic.Outreach;

/// <summary>
/// When the monthly plan is due: the clinic's opening time on the first business day of the month (an open day that
/// is not a holiday, on the clinic's calendar). An instance that starts later in the month still finds it due.
/// </summary>
public sealed record MonthlyPlanSchedule(BusinessHours Hours)
{
    /// <summary>The first business day of the month that contains <paramref name="day"/>.</summary>
    public DateOnly FirstBusinessDay(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        for (var d = first; d.Month == first.Month; d = d.AddDays(1))
        {
            if (Hours.OpenDays.Contains(d.DayOfWeek) && !Hours.Holidays.Contains(d))
            {
                return d;
            }
        }

        return first;
    }

    /// <summary>The month (its first day) whose plan is due at <paramref name="now"/>, or null before it is due.</summary>
    public DateOnly? DueMonth(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Hours.Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var due = FirstBusinessDay(today);
        var dueLocal = due.ToDateTime(Hours.Opens, DateTimeKind.Unspecified);
        while (Hours.Zone.IsInvalidTime(dueLocal))
        {
            dueLocal = dueLocal.AddMinutes(1);
        }

        return local.DateTime >= dueLocal ? new DateOnly(today.Year, today.Month, 1) : null;
    }
}
