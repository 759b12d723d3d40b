namespace OutreachBot.Clinic.Staff;

/// <summary>
/// The clinic's staff list: who is intake staff, who is a clinician on which pathways, who is an owner. People are
/// matched by Entra object id or UPN, case-insensitively.
/// </summary>
public sealed class ClinicStaff(IEnumerable<string> intakeStaff, IEnumerable<Clinician> clinicians, IEnumerable<string> owners)
{
    private readonly HashSet<string> _intake = new(intakeStaff, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _owners = new(owners, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Clinician> _clinicians = clinicians.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The roles of the person known by any of <paramref name="keys"/> (object id, UPN).</summary>
    public StaffRoles RolesOf(IEnumerable<string?> keys)
    {
        var roles = StaffRoles.None;
        foreach (var key in keys.OfType<string>())
        {
            if (_intake.Contains(key)) { roles |= StaffRoles.IntakeStaff; }
            if (_clinicians.ContainsKey(key)) { roles |= StaffRoles.Clinician; }
            if (_owners.Contains(key)) { roles |= StaffRoles.Owner; }
        }

        return roles;
    }

    /// <summary>The clinician entry of the person known by any of <paramref name="keys"/>, if they are one.</summary>
    public Clinician? ClinicianOf(IEnumerable<string?> keys) =>
        keys.OfType<string>().Select(k => _clinicians.GetValueOrDefault(k)).FirstOrDefault(c => c is not null);

    /// <summary>The clinicians who take <paramref name="pathway"/>.</summary>
    public IEnumerable<Clinician> CliniciansFor(Pathway? pathway) => _clinicians.Values.Where(c => c.Takes(pathway));
}
