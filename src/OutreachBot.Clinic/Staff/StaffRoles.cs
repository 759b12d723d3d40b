namespace OutreachBot.Clinic.Staff;

/// <summary>What someone does at the clinic; one person may hold several roles.</summary>
[Flags]
public enum StaffRoles
{
    /// <summary>Not on the clinic's staff list: may not act on referrals.</summary>
    None = 0,

    /// <summary>Front desk and intake coordinators: triage and first contact.</summary>
    IntakeStaff = 1,

    /// <summary>Therapists who evaluate and treat, on the pathways they take.</summary>
    Clinician = 2,

    /// <summary>Owners and managers: everything, and the pipeline summaries.</summary>
    Owner = 4,
}
