using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Staff;

/// <summary>Who may do what with referrals. Every action is checked here before anything changes.</summary>
public static partial class IntakePolicy
{
    private const string NotOnStaff =
        "You are not on OutreachBot's staff list, so you can't act on referrals. Ask the clinic's owner or IT person to add you.";

    /// <summary>
    /// Taking the intake of a referral: intake staff and owners may take any; a clinician may take one on a pathway
    /// they treat (or one whose pathway is not known yet).
    /// </summary>
    public static StaffDecision TakeIntake(StaffRoles roles, Clinician? asClinician, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner))
        {
            return StaffDecision.Granted;
        }

        if (roles.HasFlag(StaffRoles.Clinician) && asClinician is not null)
        {
            return asClinician.Takes(referral.Pathway)
                ? StaffDecision.Granted
                : StaffDecision.Refused($"This referral is on the {referral.Pathway} pathway, which is not one of yours ({string.Join(", ", asClinician.Pathways)}). Intake staff can assign it to a clinician who takes it.");
        }

        return StaffDecision.Refused(NotOnStaff);
    }

    /// <summary>Reading the pipeline summary: owners and intake staff.</summary>
    public static StaffDecision ReadSummary(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.Owner) || roles.HasFlag(StaffRoles.IntakeStaff)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "The pipeline summary is for the clinic's owners and intake staff.");

    /// <summary>Choosing the channel referral cards go to: owners and intake staff.</summary>
    public static StaffDecision ChooseTriageChannel(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.Owner) || roles.HasFlag(StaffRoles.IntakeStaff)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Only intake staff and owners can choose the triage channel.");

    /// <summary>Logging the first contact with the family: intake staff, owners, and the clinician who has the intake.</summary>
    public static StaffDecision LogFirstContact(StaffRoles roles, bool holdsTheIntake) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner) || (holdsTheIntake && roles != StaffRoles.None)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Only intake staff or the person who has this intake can log the first contact.");

    /// <summary>Saying a detected message is not a referral: intake staff and owners.</summary>
    public static StaffDecision MarkNotReferral(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None ? NotOnStaff : "Only intake staff and owners can mark a message as not a referral.");
}
