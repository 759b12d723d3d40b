namespace OutreachBot.Clinic.Outreach;

/// <summary>The three lines of the monthly plan.</summary>
public enum OutreachPlanItemKind
{
    /// <summary>Reach out: a lapsed source, a partner never contacted, or one whose moment is coming.</summary>
    ReachOut,

    /// <summary>Follow up: contacted or sent materials, no first referral yet.</summary>
    FollowUp,

    /// <summary>Keep informed: a partner that refers, sent the clinic's news.</summary>
    Update,
}
