using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Tests.Teams;

/// <summary>The Table store of conversation references against Azurite (OUTREACHBOT_TEST_TABLES), in tables of its own prefix.</summary>
public sealed class TableConversationReferencesTests : IAsyncLifetime
{
    private const string Tenant = "00000000-0000-0000-0000-000000000001";
    private const string UserAad = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private readonly PipelineTables _tables = new(
        new TableServiceClient(LocalStack.TablesConnectionString),
        Options.Create(new StorageOptions { TablePrefix = LocalStack.UniqueTablePrefix() }));

    private TableConversationReferences Store => new(_tables);

    public Task InitializeAsync() => _tables.EnsureCreatedAsync(CancellationToken.None);

    public Task DisposeAsync() => _tables.ConversationReferences.DeleteAsync();

    [Fact]
    public async Task Save_ThenFindByConversationIdIgnoringTheThreadSuffix_ReturnsTheReference()
    {
        var channel = Reference("19:triage@thread.tacv2", "channel", "29:1user");

        await Store.SaveAsync(channel, UserAad, CancellationToken.None);
        var found = await Store.FindAsync("19:triage@thread.tacv2;messageid=1767000000001", CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(channel.ServiceUrl, found.ServiceUrl);
        Assert.Equal("channel", found.ConversationType);
        Assert.Equal("28:bot", found.Bot.Id);
        Assert.Equal("29:1user", found.User?.Id);
    }

    [Fact]
    public async Task FindForUser_PrefersThePersonalChatOverALaterChannel()
    {
        await Store.SaveAsync(Reference("a:1Personal", "personal", "29:1user"), UserAad, CancellationToken.None);
        await Store.SaveAsync(Reference("19:triage@thread.tacv2", "channel", "29:1user"), UserAad, CancellationToken.None);

        Assert.Equal("a:1Personal", (await Store.FindForUserAsync(UserAad, CancellationToken.None))?.ConversationId);
        Assert.Equal("a:1Personal", (await Store.FindForUserAsync("29:1user", CancellationToken.None))?.ConversationId);
    }

    [Fact]
    public async Task FindForUser_WithoutAPersonalChat_ReturnsTheLatestConversationAndNullForStrangers()
    {
        await Store.SaveAsync(Reference("19:triage@thread.tacv2", "channel", "29:1user"), UserAad, CancellationToken.None);

        Assert.Equal("19:triage@thread.tacv2", (await Store.FindForUserAsync("29:1user", CancellationToken.None))?.ConversationId);
        Assert.Null(await Store.FindForUserAsync("29:stranger", CancellationToken.None));
        Assert.Null(await Store.FindAsync("a:never", CancellationToken.None));
    }

    [Fact]
    public async Task Save_WithoutTheSendersName_KeepsTheNameSeenWithTheirEarlierMessage()
    {
        var message = Reference("a:1Personal", "personal", "29:1user") with { User = new ChannelAccount { Id = "29:1user", Name = "Dana Whitfield", AadObjectId = UserAad } };
        await Store.SaveAsync(message, UserAad, CancellationToken.None);

        // Teams' installation and conversation updates carry the sender's ids but no name.
        await Store.SaveAsync(Reference("a:1Personal", "personal", "29:1user"), UserAad, CancellationToken.None);
        await Store.SaveAsync(Reference("a:1Other", "personal", "29:2other") with { User = new ChannelAccount { Id = "29:2other", AadObjectId = "another-aad-id" } }, "another-aad-id", CancellationToken.None);

        Assert.Equal("Dana Whitfield", (await Store.FindForUserAsync(UserAad, CancellationToken.None))?.User?.Name);
        Assert.Equal("Dana Whitfield", (await Store.FindAsync("a:1Personal", CancellationToken.None))?.User?.Name);
        Assert.Null((await Store.FindForUserAsync("another-aad-id", CancellationToken.None))?.User?.Name);
    }

    private static ConversationReference Reference(string conversationId, string type, string userId) =>
        new("https://smba.trafficmanager.net/amer/" + Tenant + "/", "msteams", conversationId, type, Tenant, new ChannelAccount { Id = "28:bot" })
        {
            User = new ChannelAccount { Id = userId, AadObjectId = UserAad },
        };
}
