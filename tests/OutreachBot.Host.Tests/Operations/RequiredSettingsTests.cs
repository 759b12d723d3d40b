using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace OutreachBot.Host.Tests.Operations;

/// <summary>A bot missing a required setting refuses to start, and the message names the setting.</summary>
public sealed class RequiredSettingsTests
{
    [Theory]
    [InlineData("Bot:AppId")]
    [InlineData("Bot:TenantId")]
    [InlineData("Storage:ConnectionString")]
    public void Production_WithoutARequiredSetting_RefusesToStartNamingIt(string left)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "00000000-0000-0000-0000-000000000011",
            ["Bot:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        };
        settings.Remove(left);
        using var bot = new ProductionBot(settings);

        var failure = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains(left, failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ProductionBot(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // Nothing from the developer's machine (user-secrets) or environment may fill the gap.
            builder.ConfigureAppConfiguration(config =>
            {
                config.Sources.Clear();
                config.AddInMemoryCollection(settings);
            });
        }
    }
}
