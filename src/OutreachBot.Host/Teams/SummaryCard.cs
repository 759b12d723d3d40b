using System.Text.Json.Nodes;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Summaries;
using static OutreachBot.Host.Cards.CardElements;
using static OutreachBot.Host.Summaries.SummaryText;

namespace OutreachBot.Host.Teams;

/// <summary>
/// The owner's pipeline summary for a period: volume by pathway and source, the funnel with conversion, response
/// times, breaches of the response standard, and what is stalled. Charts where Teams has them, the same numbers as
/// text where it does not.
/// </summary>
public static class SummaryCard
{
    public const string ShowVerb = "showSummary";
    public const string CsvVerb = "summaryCsv";
    public const string OpenReferralVerb = "openReferral";
    private const int MaxStalledListed = 5;

    public static JsonObject For(PipelineSummary summary, SummaryPeriodName period, TimeZoneInfo clinicZone, int topSources = 5)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var funnel = summary.Funnel;
        var byPathway = summary.ByPathway.ToList();
        var bySource = summary.BySource.Take(topSources).ToList();
        return Card(
        [
            Heading($"Referral pipeline {summary.Period.Name.ToLowerInvariant()}"),
            Text($"{Date(summary.Period.Start, clinicZone)} to {Date(summary.Period.End.AddTicks(-1), clinicZone)} · referrals received in the period, as of {Date(summary.AsOf, clinicZone)}", subtle: true),
            Facts(
            [
                ("Referrals received", Count(summary.Received)),
                .. funnel.Skip(1).Select(step => (Stage(step.Stage), (string?)$"{Count(step.Count)} ({Percent(step.Conversion)})")),
                ("Time to first contact (clinic hours)", Waits(summary.ToFirstContact, Hours)),
                ("Time to evaluation", Waits(summary.ToEvaluation, Days)),
                ("Missed the response standard", $"{Count(summary.Breaches)} (still waiting: {Count(summary.WaitingPastStandard)})"),
                ("Stalled now", Count(summary.Stalled.Count)),
            ]),
            SummaryCharts.HorizontalBar("Funnel", funnel.Select(s => (Stage(s.Stage), s.Count)),
                Fallback("Funnel: " + string.Join(" → ", funnel.Select(s => $"{Stage(s.Stage)} {Count(s.Count)}")))),
            byPathway.Count == 0 ? null : SummaryCharts.VerticalBar("By pathway", byPathway,
                Fallback("By pathway: " + string.Join(" · ", byPathway.Select(p => $"{p.Pathway} {Count(p.Count)}")))),
            bySource.Count == 0 ? null : SummaryCharts.Donut("Top sources", bySource,
                Fallback("Top sources: " + string.Join(" · ", bySource.Select(s => $"{s.Source} {Count(s.Count)}")))),
            .. StalledList(summary.Stalled, clinicZone),
        ],
        [
            Execute("CSV for a spreadsheet", CsvVerb, new JsonObject { ["period"] = period.ToString() }),
            period == SummaryPeriodName.ThisWeek
                ? Execute("Last week", ShowVerb, new JsonObject { ["period"] = nameof(SummaryPeriodName.LastWeek) })
                : Execute("This week", ShowVerb, new JsonObject { ["period"] = nameof(SummaryPeriodName.ThisWeek) }),
            period == SummaryPeriodName.ThisMonth ? null : Execute("This month", ShowVerb, new JsonObject { ["period"] = nameof(SummaryPeriodName.ThisMonth) }),
        ]);
    }

    /// <summary>The stalled referrals, the longest-still first, each with a button that opens its card.</summary>
    public static IEnumerable<JsonObject> StalledList(IReadOnlyList<StalledReferral> stalled, TimeZoneInfo clinicZone, int max = MaxStalledListed)
    {
        ArgumentNullException.ThrowIfNull(stalled);
        if (stalled.Count == 0)
        {
            yield break;
        }

        yield return Text($"Stalled: no movement for {Count(stalled.Min(s => s.DaysStill))}+ days", weight: "Bolder");
        foreach (var referral in stalled.Take(max))
        {
            yield return Text($"{referral.ReferralId} · {Stage(referral.Stage)} · {referral.Source} · {referral.AssigneeName ?? "not taken"} · still since {Date(referral.LastMovedAt, clinicZone)}", subtle: true);
            yield return new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(Execute("Open card", OpenReferralVerb, new JsonObject { ["referralId"] = referral.ReferralId })),
            };
        }

        if (stalled.Count > max)
        {
            yield return Text($"… and {Count(stalled.Count - max)} more: say **stalled** for the list.", subtle: true);
        }
    }

    public static JsonObject Fallback(string text) => Text(text);
}
