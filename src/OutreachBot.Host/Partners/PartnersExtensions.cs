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
        services.TryAddSingleton<PartnerMail>();
        services.AddOptions<PartnerMeasureOptions>().BindConfiguration(PartnerMeasureOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PartnerMeasures>();
        return services;
    }

    /// <summary>The partner commands and cards in Teams, and CSV import (pasted, or a file shared in a 1:1 chat).</summary>
    public static IServiceCollection AddPartnerCommands(this IServiceCollection services)
    {
        services.AddPartners();
        services.AddOptions<PartnerAccessOptions>().BindConfiguration(PartnerAccessOptions.SectionName);
        services.AddOptions<PartnerImportOptions>().BindConfiguration(PartnerImportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PartnerAccess>();
        services.AddHttpClient(PartnerImportFiles.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<PartnerImportFiles>();
        services.TryAddSingleton<PartnerImport>();
        services.TryAddSingleton<PartnerActions>();
        return services;
    }
}
