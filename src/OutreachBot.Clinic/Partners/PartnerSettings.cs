namespace OutreachBot.Clinic.Partners;

/// <summary>The setting a referrer works in, inferred from their role.</summary>
public static class PartnerSettings
{
    public static PartnerSetting FromRole(ReferrerRole? role) => role switch
    {
        ReferrerRole.Pediatrician or ReferrerRole.Orthopedist or ReferrerRole.Neurologist or ReferrerRole.Physician => PartnerSetting.PhysicianOffice,
        ReferrerRole.School => PartnerSetting.School,
        ReferrerRole.CaseManager => PartnerSetting.Hospital,
        ReferrerRole.PhysicalTherapist or ReferrerRole.SpeechLanguagePathologist => PartnerSetting.OutpatientTherapy,
        ReferrerRole.SocialWorker => PartnerSetting.Community,
        _ => PartnerSetting.Other,
    };
}
