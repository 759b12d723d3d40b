using System.Text.Json.Nodes;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Teams;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Summaries;

/// <summary>Open referrals with no movement for the configured number of days, each with a button that opens its card.</summary>
public static class StalledCard
{
    private const int MaxListed = 15;

    public static JsonObject For(IReadOnlyList<StalledReferral> stalled, TimeSpan stalledAfter, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(stalled);
        return Card(
        [
            Heading("Stalled referrals"),
            Text($"Open referrals with no movement for {(int)stalledAfter.TotalDays} days or more, the longest first.", subtle: true),
            .. stalled.Count == 0
                ? [Text("None: every open referral has moved lately.")]
                : SummaryCard.StalledList(stalled, clinicZone, MaxListed),
        ]);
    }
}
