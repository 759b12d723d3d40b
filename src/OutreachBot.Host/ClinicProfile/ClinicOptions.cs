using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.ClinicProfile;

/// <summary>The clinic itself (section <c>Clinic</c>).</summary>
public sealed class ClinicOptions : IValidatableObject
{
    public const string SectionName = "Clinic";

    /// <summary>The clinic's name, shown on cards.</summary>
    [Required]
    public string Name { get; set; } = "Our clinic";

    /// <summary>The clinic's IANA time zone: weeks, days and times on cards are the clinic's.</summary>
    [Required]
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>How soon the clinic aims to reach a referred family (shown on cards as the response clock).</summary>
    [Range(typeof(TimeSpan), "00:15:00", "30.00:00:00")]
    public TimeSpan FirstContactStandard { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The clinic's phone number, for partner materials.</summary>
    public string? Phone { get; set; }

    /// <summary>The clinic's fax number, for partner materials.</summary>
    public string? Fax { get; set; }

    /// <summary>The clinic's street address, for partner materials.</summary>
    public string? Address { get; set; }

    /// <summary>The clinic's website, for partner materials.</summary>
    public string? Website { get; set; }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Clinic:TimeZone '{TimeZone}' is not a known time zone (use an IANA name such as America/Chicago).", [nameof(TimeZone)]);
        }
    }
}
