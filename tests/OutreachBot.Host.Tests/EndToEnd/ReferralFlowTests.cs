using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Infrastructure;
using static OutreachBot.Host.Tests.Infrastructure.PlaygroundEvents;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>The thin slice on real parts: a mailbox file becomes a card in the Playground's channel, and staff assign it.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class ReferralFlowTests(PlaygroundFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private PlaygroundClient Playground => fixture.Playground!;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _timeout.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DroppedReferral_AppearsAsCardInChosenChannel_AndAssignToMeUpdatesItForEveryone()
    {
        await UseReferralsChannelAsync();

        var messageId = $"e2e-{Guid.NewGuid():N}@northfieldortho.example";
        var before = Playground.Events.Count; // other tests' cards for the same referrer are in the same channel
        fixture.Bot!.DropMessage($"{messageId}.eml", TestMessages.HandReferral(messageId)); // a name of its own: the fixture's mailbox is shared
        var posted = await Playground.WaitForAsync(
            e => IsCreate(e, PlaygroundIds.ReferralsChannel) && HasCardMentioning(e, "Northfield Orthopedics") && HasCardMentioning(e, "G.H."),
            Wait, "the referral's triage card in the Referrals channel", fromIndex: before);
        var card = CardsIn(posted).Single();
        Assert.Contains("URGENT", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Gregory", card.ToJsonString(), StringComparison.Ordinal);
        var referralId = card["actions"]![0]!["data"]!["referralId"]!.GetValue<string>();

        var response = await Playground.ExecuteAsync(
            PostConversationId(posted), PlaygroundIds.IntakeCoordinator, MessageId(posted)!,
            "assignToMe", new JsonObject { ["referralId"] = referralId }, _timeout.Token);

        var invokeResponse = InvokeBody(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse["type"]!.GetValue<string>());
        Assert.Contains("Assigned to Dana Whitfield", invokeResponse["value"]!.ToJsonString(), StringComparison.Ordinal);
        CardSchema.AssertValid(invokeResponse["value"]!);

        var updated = await Playground.WaitForAsync(
            e => IsUpdate(e, PlaygroundIds.ReferralsChannel, MessageId(posted)!) && HasCardMentioning(e, "Assigned to Dana Whitfield"),
            Wait, "the channel card updated for everyone");
        Assert.DoesNotContain("assignToMe", CardsIn(updated).Single().ToJsonString(), StringComparison.Ordinal);

        var referrals = new TableClient(LocalStack.TablesConnectionString, fixture.Bot!.TablePrefix + "Referrals");
        var row = (await referrals.GetEntityAsync<TableEntity>(referralId, ReferralRow.RowKeyFor(referralId), cancellationToken: _timeout.Token)).Value;
        Assert.Equal("Dana Whitfield", row.GetString("AssignedToName"));
        Assert.Equal("Received", row.GetString("Stage"));
        Assert.Equal("Hand", row.GetString("Pathway"));
        Assert.Equal(MessageId(posted), row.GetString("CardActivityId"));
        var history = referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {referralId} and RowKey gt {"event-"} and RowKey lt {"event."}"), cancellationToken: _timeout.Token);
        var kinds = new List<string?>();
        await foreach (var entry in history)
        {
            kinds.Add(entry.GetString("Kind"));
        }

        Assert.Equal(["Received", "Assigned"], kinds);
        AssertEveryCardTheBotSentIsValid();
    }

    [Fact]
    public async Task AssignToMe_OnAReferralThatDoesNotExist_AnswersWithAClearErrorCard()
    {
        // Any card the bot sent will do to click on; the action names a referral that was never made.
        var help = await SendAndWaitForCardAsync("help", "summary");

        var response = await Playground.ExecuteAsync(
            PostConversationId(help), PlaygroundIds.IntakeCoordinator, MessageId(help)!,
            "assignToMe", new JsonObject { ["referralId"] = "R-0000000000" }, _timeout.Token);

        var body = InvokeBody(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Referral not found", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        CardSchema.AssertValid(body["value"]!);
    }

    [Theory]
    [InlineData("help", "summary")]
    [InlineData("summary", "Referral pipeline this week")]
    public async Task CommandInPersonalChat_IsAnsweredWithACard(string command, string expected)
    {
        var reply = await SendAndWaitForCardAsync(command, expected);

        CardSchema.AssertValid(CardsIn(reply).Single());
    }

    private async Task<JsonNode> SendAndWaitForCardAsync(string command, string expected)
    {
        var before = Playground.Events.Count;
        await Playground.SendMessageAsync(PlaygroundIds.PersonalChat, PlaygroundIds.IntakeCoordinator, command, mentionBot: false, _timeout.Token);
        return await Playground.WaitForAsync(
            e => IsCreate(e, PlaygroundIds.PersonalChat) && HasCardMentioning(e, expected),
            Wait, $"the answer to '{command}'", fromIndex: before);
    }

    private async Task UseReferralsChannelAsync()
    {
        var before = Playground.Events.Count;
        await Playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, _timeout.Token);
        await Playground.WaitForAsync(
            e => IsCreate(e, PlaygroundIds.ReferralsChannel) && Text(e).Contains("new referrals will be posted in this channel", StringComparison.Ordinal),
            Wait, "the bot confirming the triage channel", fromIndex: before);
    }

    // The Playground relays the bot's adaptiveCard/action response as {type, value} (it drops statusCode; the
    // protocol tests check the bot's own HTTP body).
    private static JsonNode InvokeBody(JsonNode? response)
    {
        Assert.NotNull(response);
        return response["type"] is not null ? response : throw new JsonException("Not an invoke response: " + response.ToJsonString());
    }

    private void AssertEveryCardTheBotSentIsValid()
    {
        var cards = Playground.Events.Where(e => e["message"]?["from"]?["id"]?.GetValue<string>() == PlaygroundIds.BotId).SelectMany(CardsIn).ToList();
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            CardSchema.AssertValid(card);
        }
    }
}
