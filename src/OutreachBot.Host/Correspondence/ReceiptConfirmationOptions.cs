using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Correspondence;

/// <summary>The confirmation referrers get when their referral arrives (section <c>Correspondence:Confirmation</c>).</summary>
public sealed class ReceiptConfirmationOptions
{
    public const string SectionName = "Correspondence:Confirmation";

    /// <summary>Whether referrers are sent a confirmation of receipt.</summary>
    public bool Enabled { get; set; }

    /// <summary>How often new referrals are checked for a confirmation to send.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Referrals older than this get no confirmation (so turning the option on does not write to last year's referrers).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(2);
}
