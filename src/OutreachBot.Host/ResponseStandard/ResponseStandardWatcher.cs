using System.Globalization;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;
using OutreachBot.Protocol.Teams;

namespace OutreachBot.Host.ResponseStandard;

/// <summary>
/// Holds the clinic to its first-contact standard in clinic hours: a reminder in the referral's thread in the triage
/// channel before the standard passes, and an @mention of the assignee (or the intake lead when nobody has it) when it
/// does. Each is claimed in the Once table first, so restarts and a second instance send it once. Only referrals still
/// waiting for first contact are read (the summaries index's open partition, stage Received).
/// </summary>
public sealed partial class ResponseStandardWatcher(
    PipelineIndex index,
    ReferralStore referrals,
    TriageChannel triageChannel,
    OnceClaims claims,
    ClinicCalendar calendar,
    IConnectorClient connector,
    IConversationReferenceStore people,
    IOptions<ResponseStandardOptions> options,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<ResponseStandardWatcher> logger) : BackgroundService
{
    public const string ReminderPurpose = "response-reminder";
    public const string BreachPurpose = "response-breach";
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the reminders and breach mentions due now; returns how many messages were sent.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        if (await triageChannel.GetAsync(cancellationToken) is not { } channel)
        {
            return 0;
        }

        var sent = 0;
        var now = time.GetUtcNow();
        foreach (var waiting in await index.OpenAsync(null, PipelineStage.Received, cancellationToken))
        {
            var breached = now >= calendar.DueBy(waiting.ReceivedAt);
            if (!breached && now < calendar.RemindAt(waiting.ReceivedAt))
            {
                continue;
            }

            var purpose = breached ? BreachPurpose : ReminderPurpose;
            if (await claims.TryClaimAsync(purpose, waiting.ReferralId, now, StaleClaim, cancellationToken) is not { } claim)
            {
                continue;
            }

            // The index may lag a moment behind the referral itself: check it is still waiting before speaking.
            if (await referrals.FindAsync(waiting.ReferralId, cancellationToken) is { Stage: nameof(PipelineStage.Received) } row)
            {
                await SendAsync(channel, row, breached, cancellationToken);
                sent++;
            }

            await claims.DoneAsync(claim, time.GetUtcNow(), cancellationToken);
        }

        return sent;
    }

    private async Task SendAsync(ConversationReference channel, ReferralRow row, bool breached, CancellationToken cancellationToken)
    {
        var referral = row.ToReferral();
        var due = TimeZoneInfo.ConvertTime(calendar.DueBy(referral.ReceivedAt), clinic.Value.Zone);
        var standard = $"{calendar.FirstContactStandard.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} clinic hours";
        var what = $"referral {referral.Id} ({referral.Pathway?.ToString() ?? "no pathway yet"}, from {referral.Referrer.Organization ?? "an unknown source"})";
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channel.ChannelId,
            Conversation = new ConversationAccount { Id = channel.ConversationId, IsGroup = true, ConversationType = channel.ConversationType, TenantId = channel.TenantId },
            From = channel.Bot,
            TextFormat = "markdown",
        };
        if (breached)
        {
            var text = $"{what} has passed the first-contact standard ({standard}, due {due.ToString("ddd HH:mm", CultureInfo.InvariantCulture)}) with no contact logged.";
            message.Text = await WhoToMentionAsync(row, cancellationToken) is { } person
                ? Mentions.AddMention(message, person, "please reach the family or hand the referral on: " + text)
                : "Nobody has this referral and no intake lead is set (ResponseStandard:IntakeLeadId): " + text;
        }
        else
        {
            message.Text = $"Reminder: {what} reaches the first-contact standard ({standard}) at {due.ToString("ddd HH:mm", CultureInfo.InvariantCulture)}. Nobody has logged a contact yet.";
        }

        if (row.CardPosted && row.CardActivityId is { Length: > 0 } cardId && row.CardServiceUrl is { Length: > 0 } serviceUrl)
        {
            await connector.ReplyToActivityAsync(serviceUrl, row.CardConversationId ?? channel.ConversationId, cardId, message, cancellationToken);
        }
        else
        {
            await connector.SendToConversationAsync(channel.ServiceUrl, channel.ConversationId, message, cancellationToken);
        }

        LogSent(logger, referral.Id, breached ? BreachPurpose : ReminderPurpose);
    }

    // Teams mentions a person by their Teams id (29:…); the bot knows it once it has seen them, else uses the Entra id.
    private async Task<ChannelAccount?> WhoToMentionAsync(ReferralRow row, CancellationToken cancellationToken)
    {
        var (id, name) = row.AssignedToId is { Length: > 0 } assignee
            ? (assignee, row.AssignedToName)
            : (options.Value.IntakeLeadId, options.Value.IntakeLeadName);
        if (id is not { Length: > 0 })
        {
            return null;
        }

        var seen = await people.FindForUserAsync(id, cancellationToken);
        return new ChannelAccount { Id = seen?.User?.Id ?? id, Name = name ?? "intake lead", AadObjectId = seen?.User?.AadObjectId ?? id };
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Response standard: {Purpose} sent for referral {ReferralId}")]
    private static partial void LogSent(ILogger logger, string referralId, string purpose);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Error, Message = "The response standard check failed; the next check retries")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
