using OutreachBot.Clinic.Detection;

namespace OutreachBot.Host.Mailbox;

public static class MailboxExtensions
{
    /// <summary>The local .eml mailbox, the detector, and exactly-once intake into the pipeline.</summary>
    public static IServiceCollection AddMailboxIntake(this IServiceCollection services)
    {
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReferralDetector>();
        services.AddSingleton<ProcessedMessages>();
        services.AddSingleton<MessageIntake>();
        services.AddHostedService<MailboxWatcher>();
        return services;
    }
}
