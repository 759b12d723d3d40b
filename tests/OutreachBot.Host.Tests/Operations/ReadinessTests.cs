using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Operations;

/// <summary>/readyz names each dependency's state: storage up (Azurite) and down (nothing listening), Graph and subscriptions off.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_WithAzuriteUp_Is200AndSaysStorageIsReadyAndGraphNotConfigured()
    {
        await using var bot = new Bot(LocalStack.TablesConnectionString, keepHostedServices: true);
        using var client = bot.CreateClient();

        using var response = await client.GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body["status"]!.GetValue<string>());
        Assert.Equal("ready", body["dependencies"]!["storage"]!["state"]!.GetValue<string>());
        Assert.Equal("not configured", body["dependencies"]!["graph"]!["state"]!.GetValue<string>());
        Assert.Equal("not configured", body["dependencies"]!["subscriptions"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_WithStorageDown_Is503AndNamesStorageWhileHealthzStaysUp()
    {
        // Nothing listens on this port: the storage account is unreachable. (The bot's start creates the tables and
        // would refuse to start; the hosted services are left out so the running app's view can be seen.)
        var deadTables = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{ClosedPort()}/devstoreaccount1;";
        await using var bot = new Bot(deadTables, keepHostedServices: false);
        using var client = bot.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        using var healthy = await client.GetAsync("/healthz");
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("not ready", body["status"]!.GetValue<string>());
        Assert.Equal("failing", body["dependencies"]!["storage"]!["state"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["dependencies"]!["storage"]!["detail"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Bot(string tables, bool keepHostedServices) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = "00000000-0000-0000-0000-000000000011",
                ["Bot:Authentication:Disabled"] = "true",
                ["Storage:ConnectionString"] = tables,
                ["Storage:TablePrefix"] = LocalStack.UniqueTablePrefix(),
                ["Mailbox:Folder"] = Directory.CreateTempSubdirectory("outreachbot-readyz-").FullName,
                ["Operations:ReadinessTimeout"] = "00:00:02",
            }));
            if (!keepHostedServices)
            {
                builder.ConfigureTestServices(services =>
                {
                    foreach (var hosted in services.Where(s => s.ServiceType == typeof(IHostedService)).ToList())
                    {
                        services.Remove(hosted);
                    }
                });
            }
        }
    }
}
