namespace OutreachBot.Host.Partners;

/// <summary>
/// Who besides owners and intake staff may work with partners (section <c>Outreach</c>, shared with the outreach
/// plan, which reads the same <c>LeadIds</c>).
/// </summary>
public sealed class PartnerAccessOptions
{
    public const string SectionName = "Outreach";

    /// <summary>The outreach leads, by Entra object id or UPN.</summary>
    public IList<string> LeadIds { get; set; } = [];
}
