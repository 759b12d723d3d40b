using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Host.Tests.Triage;

/// <summary>The triage channel chosen in Teams survives a restart: it lives in the Settings table, not in memory.</summary>
public sealed class TriageChannelTests
{
    [Fact]
    public async Task ChosenChannel_IsFoundAgainByANewInstance()
    {
        var options = Options.Create(new StorageOptions { ConnectionString = LocalStack.TablesConnectionString, TablePrefix = LocalStack.UniqueTablePrefix() });
        var first = new PipelineTables(new TableServiceClient(options.Value.ConnectionString), options);
        await first.EnsureCreatedAsync(CancellationToken.None);
        var channel = new ConversationReference(
            "https://smba.trafficmanager.net/amer/", "msteams", "19:referrals@thread.tacv2", "channel",
            "00000000-0000-0000-0000-000000000001", new ChannelAccount { Id = "28:bot", Name = "OutreachBot" });

        Assert.Null(await new TriageChannel(first).GetAsync(CancellationToken.None));
        await new TriageChannel(first).SetAsync(channel, new StaffMember("aad-1", "Dana Whitfield"), DateTimeOffset.UnixEpoch, CancellationToken.None);

        // A new process: new clients over the same tables.
        var afterRestart = new PipelineTables(new TableServiceClient(options.Value.ConnectionString), options);
        var found = await new TriageChannel(afterRestart).GetAsync(CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(channel.ConversationId, found.ConversationId);
        Assert.Equal(channel.ServiceUrl, found.ServiceUrl);
        Assert.Equal(channel.TenantId, found.TenantId);
        Assert.Equal("28:bot", found.Bot.Id);
    }
}
