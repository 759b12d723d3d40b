using System.Text.Json.Nodes;
using OutreachBot.Clinic.Partners;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Partners;

/// <summary>The partners at a glance: each with its stage and last contact; <c>partner NAME</c> opens one.</summary>
public static class PartnersListCard
{
    public const int Listed = 40;

    public static JsonObject For(IReadOnlyList<Partner> partners, TimeZoneInfo zone, string heading = "Referral partners")
    {
        ArgumentNullException.ThrowIfNull(partners);
        return Card(
        [
            Heading(heading),
            partners.Count == 0
                ? Text("No partners yet. Say **partner add** to add one, or **partner import** to paste a CSV.", subtle: true)
                : Facts(partners.Take(Listed).Select(p => (p.Organization, (string?)$"{PartnerText.Stage(p.Stage)} · last contact {PartnerText.Date(p.LastContactAt, zone)} · {p.Referrals.Referrals} referrals"))),
            partners.Count > Listed ? Text($"and {partners.Count - Listed} more: say **partner NAME** to find one.", subtle: true) : null,
            partners.Count > 0 ? Text("Say **partner NAME** to open a partner.", subtle: true) : null,
        ]);
    }
}
