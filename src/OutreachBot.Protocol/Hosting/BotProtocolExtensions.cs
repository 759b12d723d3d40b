using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Authentication;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Protocol.Hosting;

/// <summary>
/// Registers the Bot Framework protocol: authentication, the endpoint's queue and workers, the connector client with
/// its per-conversation pacing. Register an <see cref="IConversationReferenceStore"/> (a singleton) to have the endpoint save a
/// conversation reference from every inbound activity.
/// </summary>
public static class BotProtocolExtensions
{
    /// <summary>Adds the protocol with <typeparamref name="THandler"/> handling every turn.</summary>
    public static IServiceCollection AddBotProtocol<THandler>(this IServiceCollection services)
        where THandler : ActivityHandler
    {
        services.AddBotAuthentication();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ActivityProcessingOptions>().BindConfiguration(ActivityProcessingOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorCredentialOptions>().BindConfiguration(BotAuthenticationOptions.SectionName);

        services.AddSingleton<InboundActivities>();
        services.AddSingleton<RedeliveryFilter>();
        services.AddHostedService<ActivityWorker>();
        services.AddScoped<ActivityHandler, THandler>();

        services.TryAddSingleton<ConversationReferenceRecorder>();

        services.AddSingleton<IConnectorTokenProvider>(ConnectorTokens);
        services.TryAddSingleton<ConversationPacer>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>((sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout)
            .AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        return services;
    }

    // Without authentication (Development only, enforced by the authentication options) the Playground wants no token;
    // with the managed identity or a client secret MSAL gets one; otherwise the first send says which setting is missing.
    private static IConnectorTokenProvider ConnectorTokens(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var credentials = services.GetRequiredService<IOptions<ConnectorCredentialOptions>>();
        if (auth.Authentication.Disabled)
        {
            return new NoConnectorTokenProvider();
        }

        if (credentials.Value.UseManagedIdentity)
        {
            return new ManagedIdentityConnectorTokenProvider(credentials, services.GetRequiredService<IOptions<ConnectorOptions>>());
        }

        return string.IsNullOrEmpty(credentials.Value.ClientSecret)
            ? new MissingCredentialsTokenProvider()
            : new MsalConnectorTokenProvider(credentials, services.GetRequiredService<IOptions<ConnectorOptions>>());
    }

    private sealed class MissingCredentialsTokenProvider : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            throw new ConnectorException("No outbound credential: set Bot:UseManagedIdentity (in Azure) or Bot:ClientSecret (from Key Vault or user-secrets) to send messages.");
    }
}
