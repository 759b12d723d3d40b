using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Partners;

/// <summary>How partner relationships are measured (section <c>Partners</c>).</summary>
public sealed class PartnerMeasureOptions
{
    public const string SectionName = "Partners";

    /// <summary>A reply in an outreach email's thread within this time counts toward the partner's response rate.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan ResponseWindow { get; set; } = TimeSpan.FromDays(7);
}
