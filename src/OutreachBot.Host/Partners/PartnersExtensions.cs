using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

public static class PartnersExtensions
{
    /// <summary>The partner directory (organisations, people, stage, history) on Azure Tables, its tables created at start.</summary>
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddSingleton<PartnerTables>();
        services.AddHostedService<PartnerTablesInitializer>();
        services.AddSingleton<PartnerDirectory>();
        services.AddSingleton<IPartnerDirectory>(sp => sp.GetRequiredService<PartnerDirectory>());
        return services;
    }
}
