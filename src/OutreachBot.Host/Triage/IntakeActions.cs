using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Teams;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Triage;

/// <summary>What staff do on a triage card. Each action is idempotent: a retried click changes nothing twice.</summary>
public sealed partial class IntakeActions(
    ReferralStore referrals,
    IConnectorClient connector,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<IntakeActions> logger)
{
    /// <summary>
    /// Gives the intake to <paramref name="staff"/> and returns the card as it now stands: with the assignee, or saying
    /// who already has it, or an error card when the referral does not exist. The channel's card is updated for everyone.
    /// </summary>
    public async Task<JsonObject> AssignToMeAsync(string? referralId, StaffMember staff, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(referralId)
            || await referrals.AssignAsync(referralId, staff, time.GetUtcNow(), cancellationToken) is not var (assignment, row))
        {
            LogMissingReferral(logger);
            return NoticeCard.For("Referral not found", "This referral is no longer in the pipeline. It may have been merged or removed; check the triage channel for the current card.");
        }

        var card = TriageCard.For(assignment.Referral, clinic.Value.Zone);
        if (assignment.Outcome == IntakeAssignmentOutcome.Assigned)
        {
            LogAssigned(logger, row.PartitionKey);
            await UpdateChannelCardAsync(row, card, cancellationToken);
        }

        return card;
    }

    /// <summary>Replaces the referral's card in the channel for everyone; a failure is logged, not thrown.</summary>
    public async Task UpdateChannelCardAsync(ReferralRow row, JsonObject card, CancellationToken cancellationToken)
    {
        if (row is not { CardServiceUrl: { } serviceUrl, CardConversationId: { } conversationId, CardActivityId: { Length: > 0 } activityId })
        {
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = conversationId },
            Attachments = [Attachment.AdaptiveCard((JsonObject)card.DeepClone())],
        };
        try
        {
            await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, update, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // The assignment is saved; the card catches up on its next refresh or update.
            LogCardUpdateFailed(logger, ex, row.PartitionKey);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Intake of referral {ReferralId} assigned")]
    private static partial void LogAssigned(ILogger logger, string referralId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "A card action named a referral that does not exist")]
    private static partial void LogMissingReferral(ILogger logger);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Updating the channel card of referral {ReferralId} failed")]
    private static partial void LogCardUpdateFailed(ILogger logger, Exception exception, string referralId);
}
