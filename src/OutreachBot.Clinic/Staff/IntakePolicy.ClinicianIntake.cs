using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Staff;

/// <summary>Who may give an intake to a clinician, and act on the clinician's intake card.</summary>
public static partial class IntakePolicy
{
    private const string NotYours =
        "This referral is not assigned to you, so only its clinician can do this. Check the triage channel for who has it.";

    /// <summary>
    /// Giving the intake to a chosen clinician: intake staff and owners, to a clinician who takes the referral's pathway.
    /// </summary>
    public static StaffDecision AssignToClinician(StaffRoles roles, Clinician? chosen, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (!roles.HasFlag(StaffRoles.IntakeStaff) && !roles.HasFlag(StaffRoles.Owner))
        {
            return StaffDecision.Refused(roles == StaffRoles.None
                ? "You are not on OutreachBot's staff list, so you can't act on referrals. Ask the clinic's owner or IT person to add you."
                : "Only intake staff and owners can give a referral to another clinician. You can take it yourself with Assign to me.");
        }

        if (chosen is null)
        {
            return StaffDecision.Refused("Choose one of the clinicians listed on the card.");
        }

        return chosen.Takes(referral.Pathway)
            ? StaffDecision.Granted
            : StaffDecision.Refused($"{chosen.DisplayName} does not take the {referral.Pathway} pathway. Choose a clinician listed on the card.");
    }

    /// <summary>Whether the card offers them the choice of clinician: intake staff and owners.</summary>
    public static StaffDecision ChooseClinician(StaffRoles roles) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner)
            ? StaffDecision.Granted
            : StaffDecision.Refused("Only intake staff and owners can give a referral to another clinician.");

    /// <summary>Accepting, returning, booking from the intake card: only the clinician who holds the intake.</summary>
    public static StaffDecision ActOnOwnIntake(StaffRoles roles, bool holdsTheIntake) =>
        holdsTheIntake && roles != StaffRoles.None
            ? StaffDecision.Granted
            : StaffDecision.Refused(roles == StaffRoles.None
                ? "You are not on OutreachBot's staff list, so you can't act on referrals. Ask the clinic's owner or IT person to add you."
                : NotYours);

    /// <summary>Marking the evaluation completed: its clinician, or intake staff and owners catching up the record.</summary>
    public static StaffDecision CompleteEvaluation(StaffRoles roles, bool holdsTheIntake) =>
        roles.HasFlag(StaffRoles.IntakeStaff) || roles.HasFlag(StaffRoles.Owner) ? StaffDecision.Granted : ActOnOwnIntake(roles, holdsTheIntake);

    /// <summary>Recording that the front desk told the family: intake staff, owners, and the intake's clinician.</summary>
    public static StaffDecision RecordFamilyTold(StaffRoles roles, bool holdsTheIntake) => CompleteEvaluation(roles, holdsTheIntake);
}
