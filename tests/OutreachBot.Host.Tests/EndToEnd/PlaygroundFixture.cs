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
        Bot = new OutreachBotApp(LocalStack.BotPort);
        Bot.StartServer();
        Playground = new PlaygroundClient(LocalStack.PlaygroundUrl);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Playground.ConnectAsync(timeout.Token);
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

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Agents Playground";
}
