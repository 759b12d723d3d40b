using System.Text.Json.Nodes;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>
/// The bot on the port the Playground calls, plus a Playground client listening to what the bot sends. One bot at a
/// time can answer the Playground, so every test that uses it shares this fixture through one collection.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public OutreachBotApp? Bot { get; private set; }

    public PlaygroundClient? Playground { get; private set; }

    public async Task InitializeAsync()
    {
        // Dana (the Playground UI's own user) is an owner too, so the browser can ask for the owners' summaries.
        Bot = new OutreachBotApp(LocalStack.BotPort, new Dictionary<string, string?> { ["Staff:Owners:1"] = PlaygroundIds.IntakeCoordinatorAadObjectId });
        Bot.StartServer();
        Playground = new PlaygroundClient(LocalStack.PlaygroundUrl);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Playground.ConnectAsync(timeout.Token);
    }

    /// <summary>
    /// Chooses the Referrals channel, drops a new hand referral into the mailbox, and waits for its card there.
    /// </summary>
    public async Task<PostedReferral> PostReferralAsync(string name, CancellationToken cancellationToken)
    {
        var playground = Playground!;
        var before = playground.Events.Count;
        await playground.SendMessageAsync(PlaygroundIds.ReferralsChannel, PlaygroundIds.IntakeCoordinator, "use this channel for referrals", mentionBot: true, cancellationToken);
        // A file name of its own: the cases of a theory share a name, and on a busy machine the last one may still be there.
        var unique = $"{name}-{Guid.NewGuid():N}";
        Bot!.DropMessage($"{unique}.eml", TestMessages.HandReferral($"{unique}@northfieldortho.example"));
        var posted = await playground.WaitForAsync(
            e => PlaygroundEvents.IsCreate(e, PlaygroundIds.ReferralsChannel) && PlaygroundEvents.HasCardMentioning(e, "Northfield Orthopedics"),
            TimeSpan.FromSeconds(30), "the referral's triage card", fromIndex: before);
        var referralId = PlaygroundEvents.CardsIn(posted).Single()["actions"]![0]!["data"]!["referralId"]!.GetValue<string>();
        return new PostedReferral(posted, referralId);
    }

    public async Task DisposeAsync()
    {
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}

/// <summary>Every test that talks to the Playground: one bot, one event stream, and one browser for its UI.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>, ICollectionFixture<PlaygroundBrowser>
{
    public const string Name = "Agents Playground";
}

/// <summary>A triage card the bot posted: the Playground's event and the referral it shows.</summary>
public sealed record PostedReferral(JsonNode Card, string ReferralId)
{
    public string MessageId => PlaygroundEvents.MessageId(Card)!;

    public string ConversationId => PlaygroundEvents.PostConversationId(Card);
}
