using System.Globalization;
using System.Reflection;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// One bot instance's mail services, wired by the app's own extensions against the fake Graph server and Azurite.
/// Two instances on one table prefix are two bots sharing the pipeline.
/// </summary>
public sealed class GraphMailInstance : IAsyncDisposable
{
    public const string User = "intake@testclinic.example";

    private readonly ServiceProvider _services;

    public GraphMailInstance(FakeGraphServer graph, string tablePrefix, TimeProvider time, int pageSize = 25, int maxRetries = 3, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Clinic:Name"] = "Test Clinic",
            ["Clinic:TimeZone"] = "America/Chicago",
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:MaxRetries"] = maxRetries.ToString(CultureInfo.InvariantCulture),
            ["Graph:Mail:Enabled"] = "true",
            ["Graph:Mail:Mailboxes:0:User"] = User,
            ["Graph:Mail:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["Graph:Mail:PollInterval"] = "00:01:00",
        }.Concat(settings ?? [])).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time);
        services.AddSingleton<TokenCredential>(new FakeTokenCredential());
        services.AddSingleton(NoConnector.Create()); // the card poster is nudged but never started here
        services.AddPipelineStorage();
        services.AddClinicStaff(); // triage cards offer the clinicians of a pathway
        services.AddTriage();
        services.AddMailboxIntake();
        services.AddGraphMail();
        services.AddCorrespondence();
        services.AddClinicianCalendars();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public IServiceProvider Services => _services;

    public GraphMailSync Sync => _services.GetRequiredService<GraphMailSync>();

    public GraphMailPoller Poller => _services.GetRequiredService<GraphMailPoller>();

    public GraphMailSubscriptions Subscriptions => _services.GetRequiredService<GraphMailSubscriptions>();

    public GraphMailNudges Nudges => _services.GetRequiredService<GraphMailNudges>();

    public PipelineTables Tables => _services.GetRequiredService<PipelineTables>();

    public ProcessedMessages Ledger => _services.GetRequiredService<ProcessedMessages>();

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    public async Task<int> LedgerRowsAsync(CancellationToken cancellationToken) =>
        await CountAsync(Tables.ProcessedMessages, null, cancellationToken);

    public async Task<int> ReferralRowsAsync(CancellationToken cancellationToken) =>
        await CountAsync(Tables.Referrals, TableClient.CreateQueryFilter($"RowKey ge {ReferralRow.RowKeyPrefix} and RowKey lt {ReferralRow.RowKeyPrefixEnd}"), cancellationToken);

    /// <summary>History rows: one "received" event per referral when nothing was added twice.</summary>
    public async Task<int> ReferralEventRowsAsync(CancellationToken cancellationToken) =>
        await CountAsync(Tables.Referrals, TableClient.CreateQueryFilter($"RowKey gt {PipelineEventRow.RowKeyPrefix} and RowKey lt {"event."}"), cancellationToken);

    public async Task DeleteTablesAsync()
    {
        foreach (var table in new[] { Tables.Referrals, Tables.ProcessedMessages, Tables.Settings, Tables.ConversationReferences, Tables.GraphDeltaLinks, Tables.SentReplies })
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static async Task<int> CountAsync(TableClient table, string? filter, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>A connector that refuses every call; a proxy, so it keeps up with the interface.</summary>
    public class NoConnector : DispatchProxy
    {
        public static IConnectorClient Create() => Create<IConnectorClient, NoConnector>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new NotSupportedException("No Teams call is made in these tests.");
    }
}
