using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Outreach;

/// <summary>
/// A time of year when some partners think about referrals: school partners before term starts, hospital case
/// managers around discharge planning, orthopedic and hand partners around recovery milestones. Each date recurs
/// yearly (month and day on the clinic's calendar); the moment is "coming" from <see cref="LeadDays"/> before it.
/// A partner fits when its setting or one of its pathways is listed.
/// </summary>
public sealed record SeasonalMoment(
    string Name,
    IReadOnlySet<PartnerSetting> Settings,
    IReadOnlySet<Pathway> Pathways,
    IReadOnlyList<(int Month, int Day)> Dates,
    int LeadDays)
{
    /// <summary>The next date of this moment on or after <paramref name="today"/> and within the lead days, or null.</summary>
    public DateOnly? ComingWithin(DateOnly today)
    {
        DateOnly? best = null;
        foreach (var (month, day) in Dates)
        {
            foreach (var year in new[] { today.Year, today.Year + 1 })
            {
                var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
                if (date >= today && date.DayNumber - today.DayNumber <= LeadDays && (best is null || date < best))
                {
                    best = date;
                }
            }
        }

        return best;
    }

    public bool Fits(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return Settings.Contains(partner.Setting) || partner.Pathways.Any(Pathways.Contains);
    }
}
