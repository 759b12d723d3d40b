namespace OutreachBot.Clinic;

/// <summary>Who sends a referral. Nurse practitioners and physician assistants are <see cref="Physician"/>.</summary>
public enum ReferrerRole
{
    Pediatrician,
    Orthopedist,
    Neurologist,
    Physician,
    School,
    CaseManager,
    PhysicalTherapist,
    SpeechLanguagePathologist,
    SocialWorker,
    Family,
    Other,
}
