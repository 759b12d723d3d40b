namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>
/// A professional who refers: how they write their name (WrittenName, "Dana Whitfield, MD"), the lines of their
/// signature beyond the name, and the values a reader should take. Pathway is the kind of patient they send.
/// </summary>
internal sealed record GeneratedPersona(
    string First,
    string Last,
    string WrittenName,
    string? Title,
    string? Department,
    string? Organization,
    ReferrerRole Role,
    Pathway Pathway,
    string? Phone,
    string? Fax,
    string Email)
{
    /// <summary>The name as the referrer would be recorded: the written name, or without "Dr." when no credential follows.</summary>
    public string ExpectedName => WrittenName.StartsWith("Dr. ", StringComparison.Ordinal) ? WrittenName[4..] : WrittenName;

    /// <summary>Staff name a doctor "Dr. Samuel Hart", who is recorded as "Samuel Hart": no credential is invented.</summary>
    public string ExpectedNameViaStaff => WrittenName.StartsWith("Dr. ", StringComparison.Ordinal) ? WrittenName[4..] : WrittenName;

    /// <summary>Whether the written name marks a professional (a doctor, or credentials after a comma).</summary>
    public bool IsCredentialed => WrittenName.StartsWith("Dr. ", StringComparison.Ordinal) || WrittenName.Contains(',', StringComparison.Ordinal);

    /// <summary>Whether the name line alone, with the organization, says the role (a case manager needs a title).</summary>
    public bool RoleReadableFromName => Role != ReferrerRole.CaseManager || WrittenName.Contains("CCM", StringComparison.Ordinal);
}
