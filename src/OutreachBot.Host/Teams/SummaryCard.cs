using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Host.Triage;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Teams;

/// <summary>This week's pipeline for an owner: how many referrals came in and where they stand.</summary>
public static class SummaryCard
{
    public static JsonObject For(WeeklyStageCounts counts, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var monday = TimeZoneInfo.ConvertTime(counts.Week.Start, clinicZone);
        return Card(
        [
            Heading("Referral pipeline this week"),
            Text($"Week of {monday.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}", subtle: true),
            Facts(
            [
                ("Referrals received", counts.Received.ToString(CultureInfo.InvariantCulture)),
                ("Intake assigned", counts.Assigned.ToString(CultureInfo.InvariantCulture)),
                .. counts.ByStage.Select(s => (TriageCard.StageName(s.Key), (string?)s.Value.ToString(CultureInfo.InvariantCulture))),
            ]),
        ]);
    }
}
