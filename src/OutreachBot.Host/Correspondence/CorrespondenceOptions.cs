using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Correspondence;

/// <summary>How the clinic writes to referrers (section <c>Correspondence</c>).</summary>
public sealed class CorrespondenceOptions
{
    public const string SectionName = "Correspondence";

    /// <summary>The address letters come from (the shared referral mailbox).</summary>
    [Required, EmailAddress]
    public string From { get; set; } = "referrals@clinic.example";

    /// <summary>Locally, where sent letters are written as .eml files instead of being mailed.</summary>
    [Required]
    public string OutboxFolder { get; set; } = "outbox";
}
