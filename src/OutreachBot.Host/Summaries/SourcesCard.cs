using System.Text.Json.Nodes;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.Teams;
using static OutreachBot.Host.Cards.CardElements;
using static OutreachBot.Host.Summaries.SummaryText;

namespace OutreachBot.Host.Summaries;

/// <summary>The owner's view of referral sources: who sends most this period, who has gone quiet, and each partner's outcomes.</summary>
public static class SourcesCard
{
    private const int PartnersListed = 10;

    public static JsonObject For(
        PipelineSummary summary,
        IReadOnlyList<PartnerOutcome> partners,
        SummaryRules rules,
        TimeZoneInfo clinicZone,
        int topSources = 5,
        IReadOnlyList<PartnerRelationship>? relationships = null,
        TimeSpan? responseWindow = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(rules);
        var top = summary.BySource.Take(topSources).ToList();
        var lapsed = summary.LapsedSources;
        return Card(
        [
            Heading("Referral sources"),
            Text($"Top sources {summary.Period.Name.ToLowerInvariant()}", weight: "Bolder"),
            top.Count == 0
                ? Text("No referrals yet in this period.", subtle: true)
                : SummaryCharts.Donut("Top sources", top, SummaryCard.Fallback(string.Join(" · ", top.Select(s => $"{s.Source} {Count(s.Count)}")))),
            Text($"Lapsed: referred in the last {Count((int)rules.LapsedLookback.TotalDays)} days, none in the last {Count((int)rules.LapsedQuiet.TotalDays)}", weight: "Bolder"),
            lapsed.Count == 0
                ? Text("None: every recent source has referred lately.", subtle: true)
                : Facts(lapsed.Take(PartnersListed).Select(p => (p.Organization, (string?)$"last referral {Date(p.LastReferralAt, clinicZone)}{(p.Contact is { } c ? $" ({c})" : string.Empty)} · {Count(p.ReferralsSent)} sent"))),
            Text("Partners: referrals sent, evaluations completed, conversion", weight: "Bolder"),
            partners.Count == 0
                ? Text("No partners recorded yet.", subtle: true)
                : Facts(partners.OrderByDescending(p => p.ReferralsSent).ThenBy(p => p.Organization, StringComparer.Ordinal).Take(PartnersListed)
                    .Select(p => (p.Organization, (string?)$"{Count(p.ReferralsSent)} sent · {Count(p.EvaluationsCompleted)} evaluated ({Percent(p.Conversion)}) · last {Date(p.LastReferralAt, clinicZone)}"))),
            relationships is null ? null : Text($"Outreach and response: actions, referrals, replies within {Count((int)(responseWindow ?? TimeSpan.FromDays(7)).TotalDays)} days, feedback", weight: "Bolder"),
            relationships is null ? null : Outreach(relationships),
        ],
        [
            Execute("CSV for a spreadsheet", SummaryCard.CsvVerb, new JsonObject { ["period"] = "Sources" }),
        ]);
    }

    // The partners the clinic works on most, then those that send most: outreach against what came of it.
    private static JsonObject Outreach(IReadOnlyList<PartnerRelationship> relationships)
    {
        var worked = relationships.Where(r => r.OutreachActions > 0 || r.Referrals > 0 || r.Feedback is not null)
            .OrderByDescending(r => r.OutreachActions).ThenByDescending(r => r.Referrals).ThenBy(r => r.Organization, StringComparer.Ordinal)
            .Take(PartnersListed).ToList();
        return worked.Count == 0
            ? Text("No outreach recorded yet.", subtle: true)
            : Facts(worked.Select(r => (r.Organization, (string?)(
                $"{Count(r.OutreachActions)} outreach · {Count(r.Referrals)} referrals · replies {(r.ResponseRate is { } rate ? $"{Count(r.EmailsAnswered)}/{Count(r.EmailsSent)} ({Percent(rate)})" : "–")}"
                + (r.Feedback is { Length: > 0 } f ? $" · feedback: {(f.Length > 80 ? f[..77] + "..." : f)}" : string.Empty)))));
    }
}
