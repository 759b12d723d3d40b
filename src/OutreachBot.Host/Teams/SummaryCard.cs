using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Pipeline;
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
                .. counts.ByStage.Select(s => (StageName(s.Key), (string?)s.Value.ToString(CultureInfo.InvariantCulture))),
            ]),
        ]);
    }

    public static string StageName(PipelineStage stage) => stage switch
    {
        PipelineStage.Received => "Awaiting first contact",
        PipelineStage.FirstContact => "First contact made",
        PipelineStage.EvaluationScheduled => "Evaluation scheduled",
        PipelineStage.EvaluationCompleted => "Evaluation completed",
        PipelineStage.Declined => "Declined",
        PipelineStage.NotReachable => "Not reachable",
        PipelineStage.Closed => "Closed",
        _ => stage.ToString(),
    };
}
