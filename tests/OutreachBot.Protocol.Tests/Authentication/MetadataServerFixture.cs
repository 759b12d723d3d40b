namespace OutreachBot.Protocol.Tests.Authentication;

/// <summary>One local metadata server per test class, publishing the keys the tests sign with.</summary>
public sealed class MetadataServerFixture : IAsyncLifetime
{
    public TestSigningKey BotFrameworkKey { get; } = new("bf-key-1", "msteams", "webchat");

    public TestSigningKey WebChatOnlyKey { get; } = new("bf-key-webchat", "webchat");

    public TestSigningKey EntraKey { get; } = new("entra-key-1");

    public TestSigningKey UnpublishedKey { get; } = new("not-published");

    public MetadataServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await MetadataServer.StartAsync();
        Server.PublishBotFrameworkKey(BotFrameworkKey);
        Server.PublishBotFrameworkKey(WebChatOnlyKey);
        Server.PublishEntraKey(EntraKey);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        BotFrameworkKey.Dispose();
        WebChatOnlyKey.Dispose();
        EntraKey.Dispose();
        UnpublishedKey.Dispose();
    }
}
