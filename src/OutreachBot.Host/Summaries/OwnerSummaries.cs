using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Summaries;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Host.Summaries;

/// <summary>
/// The owner's side of the conversation: <c>summary</c> (this week, last week, this month), <c>sources</c>,
/// <c>stalled</c>, the CSV, and opening a stalled referral's card. Owners only (<see cref="SummaryPolicy"/>).
/// </summary>
public sealed partial class OwnerSummaries(
    SummaryReports reports,
    PipelineIndex index,
    ReferralStore referrals,
    TriageCards triageCards,
    PartnerMeasures partnerMeasures,
    IOptions<SummaryOptions> options,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<OwnerSummaries> logger)
{
    private TimeZoneInfo Zone => clinic.Value.Zone;

    /// <summary>Whether <paramref name="command"/> is one of the owners' summary commands.</summary>
    public static bool Handles(BotCommand command) =>
        command is BotCommand.Summary or BotCommand.SummaryLastWeek or BotCommand.SummaryThisMonth or BotCommand.Sources or BotCommand.Stalled or BotCommand.SummaryCsv;

    public async Task<Activity> AnswerAsync(TurnContext turn, BotCommand command, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(who);
        if (SummaryPolicy.Read(who.Roles) is { Allowed: false, Reason: var why })
        {
            return turn.CreateReply(why);
        }

        return command switch
        {
            BotCommand.Sources => CardReply(turn, await SourcesAsync(cancellationToken)),
            BotCommand.Stalled => CardReply(turn, await StalledAsync(cancellationToken)),
            BotCommand.SummaryCsv => turn.CreateReply(await CsvAsync(nameof(SummaryPeriodName.ThisWeek), cancellationToken)),
            BotCommand.SummaryLastWeek => CardReply(turn, await SummaryAsync(SummaryPeriodName.LastWeek, cancellationToken)),
            BotCommand.SummaryThisMonth => CardReply(turn, await SummaryAsync(SummaryPeriodName.ThisMonth, cancellationToken)),
            _ => CardReply(turn, await SummaryAsync(SummaryPeriodName.ThisWeek, cancellationToken)),
        };
    }

    /// <summary>The summary cards' buttons; null for a verb that is not theirs.</summary>
    public async Task<CardActionResult?> TryVerbAsync(TurnContext turn, string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(who);
        if (verb is not (SummaryCard.ShowVerb or SummaryCard.CsvVerb or SummaryCard.OpenReferralVerb))
        {
            return null;
        }

        if (SummaryPolicy.Read(who.Roles) is { Allowed: false, Reason: var why })
        {
            return CardActionResult.Say(why ?? string.Empty);
        }

        var period = data["period"] is JsonValue p && p.TryGetValue(out string? name) ? name : null;
        switch (verb)
        {
            case SummaryCard.ShowVerb:
                return CardActionResult.ShowCard(await SummaryAsync(Enum.TryParse<SummaryPeriodName>(period, out var named) ? named : SummaryPeriodName.ThisWeek, cancellationToken));
            case SummaryCard.CsvVerb:
                await turn.SendAsync(turn.CreateReply(await CsvAsync(period, cancellationToken)), cancellationToken);
                return CardActionResult.Say("The CSV is in the chat: copy the block into a spreadsheet.");
            default:
                var id = data["referralId"] is JsonValue r && r.TryGetValue(out string? referralId) ? referralId : null;
                if (id is null || await referrals.FindAsync(id, cancellationToken) is not { } row)
                {
                    return CardActionResult.Say("That referral is no longer in the pipeline.");
                }

                var reply = turn.CreateReply();
                reply.Attachments = [Attachment.AdaptiveCard(triageCards.ForViewer(row.ToReferral(), TriageViewer.IntakeTeam))];
                await turn.SendAsync(reply, cancellationToken);
                return CardActionResult.Say("The referral's card is in the chat.");
        }
    }

    public async Task<JsonObject> SummaryAsync(SummaryPeriodName name, CancellationToken cancellationToken)
    {
        var report = await reports.ForAsync(SummaryPeriods.Resolve(name, time.GetUtcNow(), Zone), withPartners: false, cancellationToken);
        LogAnswered(logger, name, report.RowsRead);
        return SummaryCard.For(report.Summary, name, Zone, options.Value.TopSources);
    }

    private async Task<JsonObject> SourcesAsync(CancellationToken cancellationToken)
    {
        var report = await reports.ForAsync(ReportPeriod.ThisMonth(time.GetUtcNow(), Zone), withPartners: true, cancellationToken);
        LogSources(logger, report.RowsRead);
        var relationships = await partnerMeasures.AllAsync(cancellationToken);
        return SourcesCard.For(report.Summary, report.Partners, reports.Rules, Zone, options.Value.TopSources, relationships, partnerMeasures.Window);
    }

    private async Task<JsonObject> StalledAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await index.OpenAsync(now - options.Value.StalledAfter, null, cancellationToken);
        return StalledCard.For(PipelineSummaries.Stalled(open, options.Value.StalledAfter, now), options.Value.StalledAfter, Zone);
    }

    private async Task<string> CsvAsync(string? period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        string csv;
        if (period == "Sources")
        {
            var report = await reports.ForAsync(ReportPeriod.ThisMonth(now, Zone), withPartners: true, cancellationToken);
            csv = SummaryCsv.Partners(report.Partners);
        }
        else
        {
            var name = Enum.TryParse<SummaryPeriodName>(period, out var named) ? named : SummaryPeriodName.ThisWeek;
            var report = await reports.ForAsync(SummaryPeriods.Resolve(name, now, Zone), withPartners: false, cancellationToken);
            csv = SummaryCsv.Referrals(report.Cohort, reports.Rules, now);
        }

        return $"```\n{csv}```";
    }

    private static Activity CardReply(TurnContext turn, JsonObject card)
    {
        var message = turn.CreateReply();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Information, Message = "Summary {View} answered from {RowsRead} index rows")]
    private static partial void LogAnswered(ILogger logger, SummaryPeriodName view, int rowsRead);

    [LoggerMessage(EventId = 7402, Level = LogLevel.Information, Message = "Sources answered from {RowsRead} rows")]
    private static partial void LogSources(ILogger logger, int rowsRead);
}
