using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.MessageExtension;
using OutreachBot.Host.Intake;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Invokes;
using OutreachBot.Protocol.Teams;

namespace OutreachBot.Host.Teams;

/// <summary>OutreachBot's turns in Teams: commands in words, and the triage card's actions by verb.</summary>
public sealed partial class OutreachBotHandler(
    TriageChannel triageChannel,
    TriageCardPoster cardPoster,
    IntakeActions intake,
    TriageFollowUps followUps,
    StaffDirectory staffDirectory,
    OwnerSummaries ownerSummaries,
    ReferrerUpdateActions referrerUpdates,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<OutreachBotHandler> logger,
    MessageActions messageActions,
    ClinicianIntakeActions clinicianIntake,
    ClinicianAssignment clinicianAssignment,
    PartnerActions partners,
    OutreachActions outreach) : ActivityHandler
{
    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var who = await staffDirectory.IdentifyAsync(turn, cancellationToken);

        // Action.Submit (the fallback of older clients) arrives as a message whose value carries the verb.
        if (turn.Activity.Value is JsonObject submitted && ReadString(submitted, "verb") is { } verb)
        {
            var result = await ownerSummaries.TryVerbAsync(turn, verb, submitted, who, cancellationToken) ?? await RunVerbAsync(verb, submitted, who, cancellationToken);
            if (result.Card is { } card && turn.Activity.ReplyToId is { } cardMessage)
            {
                await turn.UpdateAsync(cardMessage, CardMessage(turn, card), cancellationToken);
            }
            else if (result.Message is { } message)
            {
                await turn.SendAsync(turn.CreateReply(message), cancellationToken);
            }

            return;
        }

        if (PartnerCommand.Read(Mentions.TextWithoutBotMention(turn.Activity)) is { } partnerCommand)
        {
            var answer = await partners.AnswerAsync(partnerCommand, turn.Activity, who, cancellationToken);
            await turn.SendAsync(answer.Card is { } partnerCard ? CardMessage(turn, partnerCard) : turn.CreateReply(answer.Message ?? string.Empty), cancellationToken);
            return;
        }

        var command = BotCommands.Parse(Mentions.TextWithoutBotMention(turn.Activity));
        LogCommand(logger, command);
        var reply = command switch
        {
            BotCommand.Help => CardMessage(turn, HelpCard.For(clinic.Value.Name)),
            _ when OwnerSummaries.Handles(command) => await ownerSummaries.AnswerAsync(turn, command, who, cancellationToken),
            BotCommand.UseThisChannelForReferrals => await UseThisChannelAsync(turn, who, cancellationToken),
            BotCommand.OutreachPlan => await outreach.PlanAsync(turn, who, cancellationToken),
            _ => turn.CreateReply("I did not catch that. Say **help** to see what I can do."),
        };
        await turn.SendAsync(reply, cancellationToken);
    }

    protected override async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (string.Equals(turn.Activity.Action, "add", StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendAsync(CardMessage(turn, HelpCard.For(clinic.Value.Name)), cancellationToken);
        }
    }

    protected override async Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var who = await staffDirectory.IdentifyAsync(turn, cancellationToken);
        var result = await ownerSummaries.TryVerbAsync(turn, action.Verb, action.Data, who, cancellationToken) ?? await RunVerbAsync(action.Verb, action.Data, who, cancellationToken);
        return result.Card is { } card
            ? AdaptiveCardInvokeResponses.Card(card)
            : AdaptiveCardInvokeResponses.Message(result.Message ?? string.Empty);
    }

    protected override Task<InvokeResponse> OnMessageExtensionFetchTaskAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken) =>
        messageActions.FetchTaskAsync(turn, action, cancellationToken);

    protected override Task<InvokeResponse> OnMessageExtensionSubmitActionAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken) =>
        messageActions.SubmitActionAsync(turn, action, cancellationToken);

    private Task<CardActionResult> RunVerbAsync(string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken) => verb switch
    {
        TriageCard.AssignToMeVerb => intake.AssignToMeAsync(ReadString(data, "referralId"), who, cancellationToken),
        TriageCard.RefreshVerb => intake.RefreshAsync(ReadString(data, "referralId"), who, cancellationToken),
        TriageCard.LogFirstContactVerb => intake.LogContactAsync(ReadString(data, "referralId"), ReadString(data, TriageCard.ContactMethodInput),
            ReadString(data, ClinicianIntakeCard.OutcomeInput), IntakeCardInput.From(data).ContactAttempts, who, cancellationToken),
        TriageCard.NotAReferralVerb => intake.MarkNotReferralAsync(ReadString(data, "referralId"), who, cancellationToken),
        _ when TriageFollowUps.Handles(verb) => followUps.RunAsync(verb, data, who, cancellationToken),
        _ when ClinicianIntakeActions.Handles(verb) => clinicianIntake.RunAsync(verb, data, who, cancellationToken),
        _ when ClinicianAssignment.Handles(verb) => clinicianAssignment.RunAsync(verb, data, who, cancellationToken),
        _ when PartnerActions.Handles(verb) => partners.RunAsync(verb, data, who, cancellationToken),
        _ when OutreachActions.Handles(verb) => outreach.RunAsync(verb, data, who, cancellationToken),
        ReferrerUpdateCard.SendVerb => referrerUpdates.SendAsync(ReadString(data, "referralId"), ReadString(data, "kind"), ReadString(data, ReferrerUpdateCard.BodyInput), who, cancellationToken),
        ReferrerUpdateCard.SkipVerb => referrerUpdates.SkipAsync(ReadString(data, "referralId"), ReadString(data, "kind"), who, cancellationToken),
        _ => Task.FromResult(CardActionResult.ShowCard(NoticeCard.For("Not something I can do", "This card's button is not one I know. The card may be from an older version of OutreachBot."))),
    };

    private async Task<Activity> UseThisChannelAsync(TurnContext turn, StaffIdentity who, CancellationToken cancellationToken)
    {
        if (TeamsChannelData.ChannelId(turn.Activity) is null)
        {
            return turn.CreateReply("Say this in the team channel where referral cards should go, with an @mention of me.");
        }

        if (IntakePolicy.ChooseTriageChannel(who.Roles) is { Allowed: false, Reason: var why })
        {
            return turn.CreateReply(why);
        }

        await triageChannel.SetAsync(ConversationReference.From(turn.Activity), who.Member, time.GetUtcNow(), cancellationToken);
        LogTriageChannelSet(logger);
        cardPoster.Nudge();
        return turn.CreateReply("Done: new referrals will be posted in this channel as cards. Intake staff, and clinicians on the referral's pathway, can take one with **Assign to me**.");
    }

    private static Activity CardMessage(TurnContext turn, JsonObject card)
    {
        var message = turn.CreateReply();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }

    private static string? ReadString(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Command {Command}")]
    private static partial void LogCommand(ILogger logger, BotCommand command);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Triage channel set")]
    private static partial void LogTriageChannelSet(ILogger logger);
}
