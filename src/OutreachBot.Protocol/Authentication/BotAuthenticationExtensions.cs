using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OutreachBot.Protocol.Authentication;

/// <summary>Registers inbound authentication of the bot's messaging endpoint.</summary>
public static class BotAuthenticationExtensions
{
    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> from the <c>Bot</c> section and validates it at start (refusing
    /// <c>Bot:Authentication:Disabled</c> outside Development), and registers <see cref="IInboundTokenValidator"/>
    /// as a singleton with its metadata <see cref="HttpClient"/> and a start-up warning when authentication is off.
    /// Needs <c>IHostEnvironment</c>, which every host provides.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<BotAuthenticationOptions>()
            .BindConfiguration(BotAuthenticationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            // Key sets are a few kilobytes; refuse anything that is clearly not one.
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInboundTokenValidator, InboundTokenValidator>();
        services.AddHostedService<AuthenticationDisabledWarning>();
        return services;
    }
}
