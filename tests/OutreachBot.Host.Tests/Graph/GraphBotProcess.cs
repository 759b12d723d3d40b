using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// The whole bot (Program) on Kestrel, reading the fake Graph server's mailbox with change notifications on: what a
/// deployment runs, with only the Graph token swapped. Two of them on one table prefix are the bot before and after a
/// restart.
/// </summary>
public sealed class GraphBotProcess : IAsyncDisposable
{
    public const string ClientState = "notification-secret-from-key-vault";
    private readonly WebApplicationFactory _app;

    // port: a restarted bot keeps its address (its subscriptions point at it).
    public GraphBotProcess(FakeGraphServer graph, string tablePrefix, int port, Dictionary<string, string?>? settings = null)
    {
        Port = port;
        var all = new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = tablePrefix,
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:MaxRetries"] = "3",
            ["Graph:Mail:Enabled"] = "true",
            ["Graph:Mail:Mailboxes:0:User"] = GraphMailInstance.User,
            ["Graph:Mail:PageSize"] = "25",
            ["Graph:Mail:PollInterval"] = "00:00:05",
            ["Graph:Notifications:Enabled"] = "true",
            ["Graph:Notifications:NotificationUrl"] = $"http://127.0.0.1:{Port}/api/graph/notifications",
            ["Graph:Notifications:ClientState"] = ClientState,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _app = new WebApplicationFactory(new OutreachBotApp(Port, all), Port);
    }

    public int Port { get; }

    public IServiceProvider Services => _app.Factory.Services;

    public void Start() => _app.Factory.StartServer();

    public async Task DeleteTablesAsync()
    {
        var tables = Services.GetRequiredService<PipelineTables>();
        foreach (var table in new[] { tables.Referrals, tables.ProcessedMessages, tables.Settings, tables.ConversationReferences, tables.GraphDeltaLinks, tables.SentReplies })
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // A factory derived with WithWebHostBuilder does not inherit Kestrel: it is set again on the derived one.
    private sealed class WebApplicationFactory : IAsyncDisposable
    {
        private readonly OutreachBotApp _bot;

        public WebApplicationFactory(OutreachBotApp bot, int port)
        {
            _bot = bot;
            Factory = bot.WithWebHostBuilder(builder =>
            {
                builder.ConfigureTestServices(services => services.AddSingleton<TokenCredential>(new FakeTokenCredential()));
            });
            Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        }

        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; }

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            await _bot.DisposeAsync();
        }
    }
}
