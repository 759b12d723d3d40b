using OutreachBot.Host.Partners;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.ResponseStandard;

namespace OutreachBot.Host.Summaries;

public static class SummariesExtensions
{
    /// <summary>
    /// The summaries' index (written beside every referral change), owners' summaries and the weekly post, per-source
    /// outcomes, the response-time standard in clinic hours, and updates to referrers after the evaluation.
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.AddOptions<SummaryOptions>().BindConfiguration(SummaryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ResponseStandardOptions>().BindConfiguration(ResponseStandardOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SummaryTables>();
        services.AddHostedService<SummaryTablesInitializer>();
        services.AddPartners();
        services.AddSingleton<PartnerOutcomes>();
        services.AddSingleton<ReferrerUpdates>();
        services.AddSingleton<PipelineIndex>();
        services.AddSingleton<IPipelineActivity>(sp => sp.GetRequiredService<PipelineIndex>());
        services.AddSingleton<OnceClaims>();
        services.AddSingleton<ClinicCalendar>();
        services.AddSingleton<SummaryReports>();
        services.AddSingleton<OwnerSummaries>();
        services.AddSingleton<ReferrerUpdateActions>();
        services.AddSingleton<WeeklySummaryPost>();
        services.AddHostedService(sp => sp.GetRequiredService<WeeklySummaryPost>());
        services.AddSingleton<ResponseStandardWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ResponseStandardWatcher>());
        services.AddSingleton<ReferrerUpdatePass>();
        services.AddHostedService(sp => sp.GetRequiredService<ReferrerUpdatePass>());
        return services;
    }
}
