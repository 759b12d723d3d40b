namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// One contact with a referral partner (a practice, school or hospital that refers), logged from a message. Kept
/// deliberately small until the partner directory (issue 8) gives partners their own records: who, which
/// organisation, how to reach them, when, and who logged it. No message text and nothing about a patient.
/// </summary>
public sealed record PartnerContact(
    string Organization,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    DateTimeOffset At,
    string Channel,
    string LoggedBy);
