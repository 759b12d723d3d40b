namespace OutreachBot.Clinic.Partners;

/// <summary>How a partner prefers to hear from the clinic.</summary>
public enum PartnerChannel
{
    Email,
    Phone,
    Visit,
}
