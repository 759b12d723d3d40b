using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Protocol.Authentication;

namespace OutreachBot.Protocol.Tests.Authentication;

/// <summary>Builds the real registration (<see cref="BotAuthenticationExtensions.AddBotAuthentication"/>) against a local metadata server.</summary>
public static class AuthenticationServices
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Build(
        MetadataServer server, TimeProvider timeProvider, string environment = "Production",
        IDictionary<string, string?>? overrides = null)
    {
        var settings = Settings(server, overrides);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(environment));
        services.AddLogging();
        services.AddBotAuthentication();
        services.AddSingleton(timeProvider);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static FakeTimeProvider NewClock() => new(Start);

    /// <summary>The <c>Bot</c> settings that point authentication at <paramref name="server"/>, with overrides applied.</summary>
    public static Dictionary<string, string?> Settings(MetadataServer server, IDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:TenantId"] = TestTokens.ClinicTenantId,
            ["Bot:Authentication:BotFrameworkMetadataUrl"] = server.BotFrameworkMetadataUrl,
            ["Bot:Authentication:EntraMetadataUrl"] = server.EntraMetadataUrl,
            ["Bot:Authentication:RequireHttpsMetadata"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
