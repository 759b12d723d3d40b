using Microsoft.Extensions.DependencyInjection.Extensions;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

public static class PartnersExtensions
{
    /// <summary>The partner directory (organisations, people, stage, history) on Azure Tables, its tables created at start.</summary>
    /// <remarks>Safe to call more than once: the summaries add it too, as per-source outcomes land on partners.</remarks>
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.TryAddSingleton<PartnerTables>();
        services.AddHostedService<PartnerTablesInitializer>();
        services.TryAddSingleton<PartnerDirectory>();
        services.TryAddSingleton<IPartnerDirectory>(sp => sp.GetRequiredService<PartnerDirectory>());
        return services;
    }
}
