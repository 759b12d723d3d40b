using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Authentication;

namespace OutreachBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public async Task Start_WhenDisabledInProduction_FailsNamingTheSetting()
    {
        using var host = BuildHost("Production", new() { ["Bot:Authentication:Disabled"] = "true" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:Authentication:Disabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenDisabledInDevelopment_Starts()
    {
        using var host = BuildHost("Development", new() { ["Bot:Authentication:Disabled"] = "true" });

        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.Authentication.Disabled);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_WhenAppIdMissing_Fails()
    {
        using var host = BuildHost("Production", new() { ["Bot:AppId"] = null });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AppId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot:AppId", "my-bot", "Bot:AppId")]
    [InlineData("Bot:TenantId", "contoso.onmicrosoft.com", "Bot:TenantId")]
    [InlineData("Bot:Authentication:BotFrameworkMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "Bot:Authentication:BotFrameworkMetadataUrl")]
    [InlineData("Bot:Authentication:MetadataRefreshInterval", "2.00:00:00", "Bot:Authentication:MetadataRefreshInterval")]
    public async Task Start_WhenSettingInvalid_FailsNamingIt(string key, string value, string named)
    {
        using var host = BuildHost("Production", new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_MatchThePublicCloudSpec()
    {
        var settings = new AuthenticationSettings();

        Assert.False(settings.Disabled);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", settings.BotFrameworkMetadataUrl);
        Assert.Equal("https://api.botframework.com", settings.BotFrameworkIssuer);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.ClockSkew);
        Assert.True(settings.MetadataRefreshInterval <= TimeSpan.FromHours(24));
        Assert.Equal(3, settings.BotServiceTenantIds.Count);
    }

    private static IHost BuildHost(string environment, Dictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            DisableDefaults = true,
        });
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:TenantId"] = TestTokens.ClinicTenantId,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotAuthentication();
        return builder.Build();
    }
}
