using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Pipeline;
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
    ReferralStore referrals,
    IOptions<ClinicOptions> clinic,
    TimeProvider time,
    ILogger<OutreachBotHandler> logger) : ActivityHandler
{
    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Action.Submit (the fallback of older clients) arrives as a message whose value carries the verb.
        if (turn.Activity.Value is JsonObject submitted && submitted["verb"]?.GetValue<string>() is { } verb)
        {
            var card = await RunVerbAsync(turn, verb, submitted, cancellationToken);
            if (turn.Activity.ReplyToId is { } cardMessage)
            {
                await turn.UpdateAsync(cardMessage, CardMessage(turn, card), cancellationToken);
            }

            return;
        }

        var command = BotCommands.Parse(Mentions.TextWithoutBotMention(turn.Activity));
        LogCommand(logger, command);
        var reply = command switch
        {
            BotCommand.Help => CardMessage(turn, HelpCard.For(clinic.Value.Name)),
            BotCommand.Summary => CardMessage(turn, await WeekSummaryAsync(cancellationToken)),
            BotCommand.UseThisChannelForReferrals => await UseThisChannelAsync(turn, cancellationToken),
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

    protected override async Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponses.Card(await RunVerbAsync(turn, action.Verb, action.Data, cancellationToken));

    private Task<JsonObject> RunVerbAsync(TurnContext turn, string verb, JsonObject data, CancellationToken cancellationToken) => verb switch
    {
        TriageCard.AssignToMeVerb => intake.AssignToMeAsync(ReadString(data, "referralId"), Staff(turn), cancellationToken),
        _ => Task.FromResult(NoticeCard.For("Not something I can do", "This card's button is not one I know. The card may be from an older version of OutreachBot.")),
    };

    private async Task<Activity> UseThisChannelAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (TeamsChannelData.ChannelId(turn.Activity) is null)
        {
            return turn.CreateReply("Say this in the team channel where referral cards should go, with an @mention of me.");
        }

        await triageChannel.SetAsync(ConversationReference.From(turn.Activity), Staff(turn), time.GetUtcNow(), cancellationToken);
        LogTriageChannelSet(logger);
        cardPoster.Nudge();
        return turn.CreateReply("Done: new referrals will be posted in this channel as cards. Anyone here can assign one to themselves.");
    }

    private async Task<JsonObject> WeekSummaryAsync(CancellationToken cancellationToken)
    {
        var week = ClinicWeek.Containing(time.GetUtcNow(), clinic.Value.Zone);
        var received = new List<Referral>();
        await foreach (var row in referrals.ReceivedSinceAsync(week.Start, cancellationToken))
        {
            received.Add(row.ToReferral());
        }

        return SummaryCard.For(WeeklyStageCounts.For(week, received), clinic.Value.Zone);
    }

    private static Activity CardMessage(TurnContext turn, JsonObject card)
    {
        var message = turn.CreateReply();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }

    private static StaffMember Staff(TurnContext turn)
    {
        var from = turn.Activity.From;
        var id = from?.AadObjectId ?? from?.Id ?? "unknown";
        return new StaffMember(id, from?.Name ?? id);
    }

    private static string? ReadString(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Command {Command}")]
    private static partial void LogCommand(ILogger logger, BotCommand command);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Triage channel set")]
    private static partial void LogTriageChannelSet(ILogger logger);
}
