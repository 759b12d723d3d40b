using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Operations;

/// <summary>OpenTelemetry to Application Insights is on exactly when APPLICATIONINSIGHTS_CONNECTION_STRING is set.</summary>
public sealed class TelemetryTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/", true)]
    public void Telemetry_IsOnOnlyWithAConnectionString(string? connectionString, bool expected)
    {
        using var bot = new Bot(connectionString);
        using var client = bot.CreateClient();

        Assert.Equal(expected, bot.Services.GetService<TracerProvider>() is not null);
    }

    private sealed class Bot(string? connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = "00000000-0000-0000-0000-000000000011",
                ["Bot:Authentication:Disabled"] = "true",
                ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
                ["Storage:TablePrefix"] = LocalStack.UniqueTablePrefix(),
                ["Mailbox:Folder"] = Directory.CreateTempSubdirectory("outreachbot-telemetry-").FullName,
            }));
            // A host setting, as App Service's environment variable is: visible while Program registers services.
            if (connectionString is not null)
            {
                builder.UseSetting("APPLICATIONINSIGHTS_CONNECTION_STRING", connectionString);
            }
        }
    }
}
