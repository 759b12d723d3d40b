using System.ComponentModel.DataAnnotations;
using OutreachBot.Clinic;

namespace OutreachBot.Host.Staff;

/// <summary>
/// Who works at the clinic (section <c>Staff</c>), each person by Entra object id or UPN. Nobody outside these lists can
/// act on referrals.
/// </summary>
public sealed class StaffOptions : IValidatableObject
{
    public const string SectionName = "Staff";

    /// <summary>Front desk and intake coordinators.</summary>
    public IList<string> IntakeStaff { get; set; } = [];

    /// <summary>Owners and managers.</summary>
    public IList<string> Owners { get; set; } = [];

    /// <summary>Therapists with the pathways they take.</summary>
    public IList<ClinicianOptions> Clinicians { get; set; } = [];

    /// <summary>Optional: roles from Entra groups, checked through Microsoft Graph.</summary>
    public StaffGroupsOptions Groups { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in Groups.Validate())
        {
            yield return error;
        }

        for (var i = 0; i < Clinicians.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Clinicians[i].Id))
            {
                yield return new ValidationResult($"Staff:Clinicians:{i}:Id is required (an Entra object id or UPN).");
            }

            foreach (var pathway in Clinicians[i].Pathways.Where(p => !Enum.TryParse<Pathway>(p, ignoreCase: true, out _)))
            {
                yield return new ValidationResult(
                    $"Staff:Clinicians:{i}:Pathways has '{pathway}'; use {string.Join(", ", Enum.GetNames<Pathway>())}.");
            }
        }
    }
}

/// <summary>One clinician in <see cref="StaffOptions.Clinicians"/>.</summary>
public sealed class ClinicianOptions
{
    /// <summary>Entra object id or UPN.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Pathways they take (Pediatric, School, Hand, Neuro, Adult); none listed means all.</summary>
    public IList<string> Pathways { get; set; } = [];

    /// <summary>The name cards show when intake staff choose a clinician.</summary>
    public string? Name { get; set; }

    /// <summary>Their calendar: mailbox (Graph) or .ics file name; the Id when not set.</summary>
    public string? Calendar { get; set; }

    /// <summary>Specialties in the clinic's words.</summary>
    public IList<string> Specialties { get; set; } = [];
}
