namespace OutreachBot.Clinic.Partners;

/// <summary>Where a referral partner works; outreach and seasonal moments differ by setting.</summary>
public enum PartnerSetting
{
    PhysicianOffice,
    Hospital,
    School,
    OutpatientTherapy,
    Community,
    Other,
}
