using Microsoft.Extensions.Options;
using OutreachBot.Clinic.ClinicHours;
using OutreachBot.Host.ClinicProfile;

namespace OutreachBot.Host.ResponseStandard;

/// <summary>The clinic's <see cref="BusinessHours"/> and first-contact standard, from its settings.</summary>
public sealed class ClinicCalendar(IOptions<ClinicOptions> clinic, IOptions<ResponseStandardOptions> options)
{
    private readonly Lazy<BusinessHours> _hours = new(() => new BusinessHours(
        options.Value.EffectiveOpenDays.ToHashSet(),
        TimeOnly.FromTimeSpan(options.Value.Opens),
        TimeOnly.FromTimeSpan(options.Value.Closes),
        options.Value.HolidayDates.ToHashSet(),
        clinic.Value.Zone));

    public BusinessHours Hours => _hours.Value;

    /// <summary>How soon, in open hours, the clinic aims to reach a referred family.</summary>
    public TimeSpan FirstContactStandard => clinic.Value.FirstContactStandard;

    /// <summary>When a referral received at <paramref name="receivedAt"/> passes the standard.</summary>
    public DateTimeOffset DueBy(DateTimeOffset receivedAt) => Hours.After(receivedAt, FirstContactStandard);

    /// <summary>When the channel is reminded about a referral still waiting.</summary>
    public DateTimeOffset RemindAt(DateTimeOffset receivedAt) =>
        Hours.After(receivedAt, FirstContactStandard > options.Value.RemindBefore ? FirstContactStandard - options.Value.RemindBefore : TimeSpan.Zero);
}
