namespace OutreachBot.Clinic;

/// <summary>The person who refers a patient, as read from the message. Phone numbers are kept as written.</summary>
public sealed record Referrer(
    string? Name,
    string? Organization,
    ReferrerRole? Role,
    string? Phone,
    string? Fax,
    string? Email);
