namespace OutreachBot.Clinic.Partners;

/// <summary>How far the clinic's relationship with a referral partner has come.</summary>
public enum OutreachStage
{
    /// <summary>Known to the clinic (a referrer read from mail, an import, added by hand); not yet contacted.</summary>
    Identified,

    /// <summary>Someone at the clinic has called, written or visited.</summary>
    Contacted,

    /// <summary>The pathway materials (one-page sheet, intake packet) have been sent.</summary>
    MaterialsSent,

    /// <summary>The partner has sent its first referral.</summary>
    FirstReferral,

    /// <summary>Refers regularly (a referral within the lapse window after the first).</summary>
    Active,

    /// <summary>Referred before, none within the lapse window.</summary>
    Lapsed,
}
