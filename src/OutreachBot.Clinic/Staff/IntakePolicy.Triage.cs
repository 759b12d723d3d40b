namespace OutreachBot.Clinic.Staff;

/// <summary>Who may ask referrers for missing information, decline referrals and merge duplicates.</summary>
public static partial class IntakePolicy
{
    /// <summary>Asking the referrer for what is missing: intake staff, owners, and the person who has the intake.</summary>
    public static StaffDecision RequestMissingInfo(StaffRoles roles, bool holdsTheIntake) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner) || (holdsTheIntake && roles != StaffRoles.None)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Only intake staff or the person who has this intake can ask the referrer for missing information.");

    /// <summary>Declining a referral (the referrer is told): intake staff and owners.</summary>
    public static StaffDecision DeclineReferral(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Only intake staff and owners can decline a referral.");

    /// <summary>Merging duplicate referrals: intake staff and owners.</summary>
    public static StaffDecision MergeReferrals(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Only intake staff and owners can merge referrals.");
}
