using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Triage;

public static class TriageExtensions
{
    /// <summary>The triage channel, its cards, and the referral store behind them.</summary>
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddSingleton<ReferralStore>();
        services.AddSingleton<TriageChannel>();
        services.AddSingleton<TriageCards>();
        services.AddSingleton<IntakeActions>();
        services.AddSingleton<MissingInfoRequests>();
        services.AddSingleton<Declines>();
        services.AddSingleton<Merges>();
        services.AddSingleton<TriageFollowUps>();
        services.AddSingleton<TriageCardPoster>();
        services.AddHostedService(sp => sp.GetRequiredService<TriageCardPoster>());
        return services;
    }
}
