namespace OutreachBot.Clinic.Detection;

/// <summary>How a patient or family asks to be reached.</summary>
public enum PreferredContact
{
    Phone,
    Email,
    Text,
}
