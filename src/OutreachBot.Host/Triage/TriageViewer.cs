namespace OutreachBot.Host.Triage;

/// <summary>What the person looking at a triage card may do with it, decided by the intake policy.</summary>
public sealed record TriageViewer(bool CanTakeIntake, bool CanLogFirstContact, bool CanMarkNotReferral)
{
    /// <summary>May ask the referrer for missing information.</summary>
    public bool CanRequestMissingInfo { get; init; }

    /// <summary>May decline the referral.</summary>
    public bool CanDecline { get; init; }

    /// <summary>May merge it with another referral.</summary>
    public bool CanMerge { get; init; }

    /// <summary>Whether they may give the intake to a chosen clinician (intake staff and owners).</summary>
    public bool CanAssignClinician { get; init; }

    /// <summary>
    /// The channel's own card shows what the intake team (its main readers) can do. Clients that support refresh
    /// replace it with each viewer's own; every click is authorised again anyway.
    /// </summary>
    public static TriageViewer IntakeTeam { get; } = new(CanTakeIntake: true, CanLogFirstContact: true, CanMarkNotReferral: true)
    {
        CanRequestMissingInfo = true,
        CanDecline = true,
        CanMerge = true,
        CanAssignClinician = true,
    };
}
