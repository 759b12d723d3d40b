using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Invokes;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// The two message actions, "Log as referral" and "Log partner contact", in Teams and Outlook. fetchTask answers
/// with a dialog prefilled by the detector; submitAction records what the person confirmed and closes the dialog
/// with a one-line answer. Both answer inline within Teams' 5 seconds: detection is in memory, the record is one
/// or two Table calls, and the triage card is posted afterwards by <see cref="TriageCardPoster"/> in the background.
/// </summary>
public sealed partial class MessageActions(
    StaffDirectory staffDirectory,
    MessageReferrals referrals,
    PartnerContacts partnerContacts,
    ReferralDetector detector,
    TriageCardPoster cardPoster,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<MessageActions> logger)
{
    public async Task<InvokeResponse> FetchTaskAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        if (await RefusalAsync(turn, action.CommandId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (SourceMessage.From(action.MessagePayload, turn.Activity.Conversation?.Id, time.GetUtcNow()) is not { } message)
        {
            return MessageExtensionResponses.TaskMessage("Start this from a message's menu (\"...\" on the message, then Apps).");
        }

        var channel = turn.Activity.ChannelId ?? "msteams";
        LogFetch(logger, action.CommandId, channel);
        var (draft, source) = referrals.Prepare(message, channel, cancellationToken);
        return action.CommandId == MessageActionCommands.LogReferral
            ? MessageExtensionResponses.TaskCard("Log as referral", ReferralDraftCard.For(draft, source, clinic.Value.Name), "medium", "large")
            : MessageExtensionResponses.TaskCard("Log partner contact", PartnerContactCard.For(PartnerOf(message, cancellationToken), source), "medium", "medium");
    }

    public async Task<InvokeResponse> SubmitActionAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        if (await RefusalAsync(turn, action.CommandId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (SubmittedSource.Read(action.Data) is not { } source)
        {
            return MessageExtensionResponses.TaskMessage("That form is not one of mine any more. Open the action on the message again.");
        }

        if (action.CommandId == MessageActionCommands.LogReferral)
        {
            var result = await referrals.LogAsync(source, ReferralDraft.Read(action.Data), cancellationToken);
            if (result.Outcome == ReferralFromMessageOutcome.Created)
            {
                cardPoster.Nudge();
            }

            return MessageExtensionResponses.TaskMessage(result.Outcome switch
            {
                ReferralFromMessageOutcome.Created => $"Logged as referral {result.ReferralId}. Its card will appear in the triage channel.",
                ReferralFromMessageOutcome.SameReferralExists => $"Already in the pipeline as referral {result.ReferralId} (same referrer, patient and day). Nothing new was made.",
                _ => $"This message is already referral {result.ReferralId}. Nothing new was made.",
            });
        }

        var who = await staffDirectory.IdentifyAsync(turn, cancellationToken);
        var organization = Field(action, PartnerContactCard.OrganizationInput, 120);
        if (organization is null)
        {
            return MessageExtensionResponses.TaskMessage("Say which organisation the contact was with, then log it again.");
        }

        var contact = new PartnerContact(organization, Field(action, PartnerContactCard.NameInput, 120), Field(action, PartnerContactCard.EmailInput, 254),
            Field(action, PartnerContactCard.PhoneInput, 40), source.ReceivedAt, source.Channel, who.Member.Id);
        var added = await partnerContacts.AddAsync(source.Key, contact, cancellationToken);
        LogPartnerContact(logger, added);
        return MessageExtensionResponses.TaskMessage(added ? "Partner contact logged." : "This message was already logged as a partner contact.");
    }

    private async Task<InvokeResponse?> RefusalAsync(TurnContext turn, string commandId, CancellationToken cancellationToken)
    {
        if (commandId is not (MessageActionCommands.LogReferral or MessageActionCommands.LogPartnerContact))
        {
            return MessageExtensionResponses.TaskMessage("That action is not one I know. The app package may be from another version of OutreachBot.");
        }

        var who = await staffDirectory.IdentifyAsync(turn, cancellationToken);
        var decision = commandId == MessageActionCommands.LogReferral
            ? MessageActionPolicy.LogReferral(who.Roles)
            : MessageActionPolicy.LogPartnerContact(who.Roles);
        if (decision is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, commandId);
            return MessageExtensionResponses.TaskMessage(why ?? "Not allowed.");
        }

        return null;
    }

    // The partner is whoever wrote the message: the detector's reading of the signature, else the sender.
    private Clinic.Referrer PartnerOf(SourceMessage message, CancellationToken cancellationToken)
    {
        var read = detector.Detect(message.ToIncoming(cancellationToken)).Referrer;
        return read with { Name = read.Name ?? message.FromName, Email = read.Email ?? message.FromAddress };
    }

    private static string? Field(MessageExtensionAction action, string name, int max) =>
        action.Data[name] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim() is var t && t.Length > max ? t[..max] : t.Trim()
            : null;

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Message action {CommandId} opened in {Channel}")]
    private static partial void LogFetch(ILogger logger, string commandId, string channel);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Message action {CommandId} refused: not allowed for the person's roles")]
    private static partial void LogRefused(ILogger logger, string commandId);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information, Message = "Partner contact logged: {Added}")]
    private static partial void LogPartnerContact(ILogger logger, bool added);
}
