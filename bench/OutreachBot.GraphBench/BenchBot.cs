using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Triage;

namespace OutreachBot.GraphBench;

/// <summary>
/// The bot's mail path as Program wires it (storage, triage store, intake, Graph mail, the notifications endpoint) on
/// Kestrel, against the fake Graph server; no Teams (the card poster is never started).
/// </summary>
public sealed class BenchBot : IAsyncDisposable
{
    public const string User = "intake@benchclinic.example";
    private readonly WebApplication _app;
    private readonly FakeGraphServer _graph;

    private BenchBot(WebApplication app, FakeGraphServer graph)
    {
        _app = app;
        _graph = graph;
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchBot> StartAsync(FakeGraphServer graph, string tables, int? notificationPort, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{notificationPort ?? FreePort()}");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = tables,
            ["Storage:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..10],
            ["Clinic:Name"] = "Bench Clinic",
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:Mail:Enabled"] = "true",
            ["Graph:Mail:Mailboxes:0:User"] = User,
            ["Graph:Mail:PageSize"] = "50",
            ["Graph:Mail:PollInterval"] = "00:10:00",
            ["Graph:Notifications:Enabled"] = notificationPort is null ? "false" : "true",
            ["Graph:Notifications:NotificationUrl"] = $"http://127.0.0.1:{notificationPort ?? 1}/api/graph/notifications",
            ["Graph:Notifications:ClientState"] = "bench-client-state",
        };
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TokenCredential>(new FakeTokenCredential());
        builder.Services.AddSingleton(NoConnector.Create());
        builder.Services.AddPipelineStorage();
        builder.Services.AddClinicStaff(); // triage cards offer the clinicians of a pathway
        builder.Services.AddTriage();
        builder.Services.AddMailboxIntake();
        builder.Services.AddGraphMail();
        if (notificationPort is null)
        {
            // Only the sync under measurement talks to Graph: no poller or subscriptions in the background.
            builder.Services.RemoveAll<IHostedService>();
        }

        var app = builder.Build();
        app.MapGraphNotifications();
        await app.Services.GetRequiredService<PipelineTables>().EnsureCreatedAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        return new BenchBot(app, graph);
    }

    public async Task WaitForSubscriptionAsync(CancellationToken cancellationToken)
    {
        while (_graph.Subscriptions.IsEmpty)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    public async Task DeleteTablesAsync(CancellationToken cancellationToken)
    {
        var tables = Services.GetRequiredService<PipelineTables>();
        foreach (var table in new[] { tables.Referrals, tables.ProcessedMessages, tables.Settings, tables.ConversationReferences, tables.GraphDeltaLinks, tables.SentReplies })
        {
            await table.DeleteAsync(cancellationToken);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
