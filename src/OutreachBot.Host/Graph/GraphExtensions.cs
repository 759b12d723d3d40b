using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Graph;

public static class GraphExtensions
{
    /// <summary>The Graph settings, the app's credential (unless one is registered already) and one Graph client.</summary>
    public static IServiceCollection AddGraphClient(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(GraphClientRegistered)))
        {
            return services; // mail and calendars both ask for it
        }

        services.AddSingleton<GraphClientRegistered>();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => GraphServiceClientBuilder.Credential(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton(sp => GraphServiceClientBuilder.Create(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value, sp.GetRequiredService<TokenCredential>()));
        return services;
    }

    private sealed class GraphClientRegistered;
}
