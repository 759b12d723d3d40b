using Microsoft.Extensions.DependencyInjection.Extensions;
using OutreachBot.Host.Intake;
using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Triage;

public static class TriageExtensions
{
    /// <summary>The triage channel, its cards, and the referral store behind them (staff from AddClinicStaff).</summary>
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddSingleton<ReferralStore>();
        services.TryAddSingleton<IIntakeCardFollower, NoIntakeCards>();
        services.AddSingleton<TriageChannel>();
        services.AddSingleton<TriageCards>();
        services.AddSingleton<ChannelCardUpdates>();
        services.AddHostedService(sp => sp.GetRequiredService<ChannelCardUpdates>());
        services.AddSingleton<IntakeActions>();
        services.AddSingleton<TriageCardPoster>();
        services.AddHostedService(sp => sp.GetRequiredService<TriageCardPoster>());
        return services;
    }
}
