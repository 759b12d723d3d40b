using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace OutreachBot.Host.ResponseStandard;

/// <summary>
/// The clinic's hours, against which the first-contact standard (Clinic:FirstContactStandard) is counted, and who is
/// told when a referral nears or passes it (section <c>ResponseStandard</c>).
/// </summary>
public sealed class ResponseStandardOptions : IValidatableObject
{
    public const string SectionName = "ResponseStandard";

    /// <summary>The days the clinic is open.</summary>
    public IList<DayOfWeek> OpenDays { get; set; } = [];

    /// <summary>Opening time on the clinic's clock.</summary>
    public TimeSpan Opens { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Closing time on the clinic's clock.</summary>
    public TimeSpan Closes { get; set; } = TimeSpan.FromHours(17);

    /// <summary>Days the clinic is closed, as yyyy-MM-dd.</summary>
    public IList<string> Holidays { get; set; } = [];

    /// <summary>How long (in open hours) before the standard passes to remind the triage channel.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RemindBefore { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The intake lead (Entra object id), mentioned when a referral nobody has taken passes the standard.</summary>
    public string? IntakeLeadId { get; set; }

    /// <summary>The intake lead's display name, for the mention.</summary>
    public string? IntakeLeadName { get; set; }

    /// <summary>How often referrals are checked against the standard.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<DayOfWeek> EffectiveOpenDays =>
        OpenDays.Count > 0 ? [.. OpenDays] : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public IEnumerable<DateOnly> HolidayDates =>
        Holidays.Select(h => DateOnly.TryParseExact(h, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Opens < TimeSpan.Zero || Opens >= TimeSpan.FromDays(1) || Closes < TimeSpan.Zero || Closes >= TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("ResponseStandard:Opens and Closes must be times of day (00:00 to 23:59).");
        }

        foreach (var holiday in Holidays.Where(h => !DateOnly.TryParseExact(h, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            yield return new ValidationResult($"ResponseStandard:Holidays has '{holiday}'; write dates as yyyy-MM-dd.");
        }
    }
}
