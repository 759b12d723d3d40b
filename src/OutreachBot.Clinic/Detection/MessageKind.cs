namespace OutreachBot.Clinic.Detection;

public enum MessageKind
{
    /// <summary>A professional refers a patient.</summary>
    Referral,

    /// <summary>A patient or family asks for services directly.</summary>
    SelfReferral,

    /// <summary>More documents or facts for a referral already in progress, usually a reply in its thread.</summary>
    ReferralUpdate,

    /// <summary>Everything else: newsletters, billing, scheduling of existing patients, auto-replies.</summary>
    NotReferral,
}
