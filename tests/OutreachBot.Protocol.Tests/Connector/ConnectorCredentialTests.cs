using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Protocol.Tests.Connector;

/// <summary>Which credential the bot presents to the connector follows configuration.</summary>
public sealed class ConnectorCredentialTests
{
    [Theory]
    [InlineData("true", null, typeof(ManagedIdentityConnectorTokenProvider))]
    [InlineData(null, "from-key-vault", typeof(MsalConnectorTokenProvider))]
    public void TokenProvider_FollowsTheConfiguredCredential(string? useManagedIdentity, string? clientSecret, Type expected)
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Bot:UseManagedIdentity"] = useManagedIdentity,
            ["Bot:ClientSecret"] = clientSecret,
        });

        Assert.IsType(expected, host.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task TokenProvider_WithNoCredential_SaysWhichSettingToSet()
    {
        using var host = Build([]);

        var provider = host.Services.GetRequiredService<IConnectorTokenProvider>();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
        Assert.Contains("Bot:UseManagedIdentity", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:ClientSecret", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com")]
    [InlineData("https://api.botframework.us/.default", "https://api.botframework.us")]
    [InlineData("https://api.botframework.com", "https://api.botframework.com")]
    public void ManagedIdentity_AsksForTheResourceOfTheScope(string scope, string resource) =>
        Assert.Equal(resource, ManagedIdentityConnectorTokenProvider.ResourceOf(scope));

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000aa",
            ["Bot:TenantId"] = "00000000-0000-0000-0000-0000000000bb",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotProtocol<NoTurns>();
        return builder.Build();
    }

    private sealed class NoTurns : ActivityHandler;
}
