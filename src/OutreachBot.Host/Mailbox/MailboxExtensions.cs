using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.Partners;

namespace OutreachBot.Host.Mailbox;

public static class MailboxExtensions
{
    /// <summary>The local .eml mailbox, the detector, and exactly-once intake into the pipeline.</summary>
    public static IServiceCollection AddMailboxIntake(this IServiceCollection services)
    {
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DetectionOptions>().BindConfiguration(DetectionOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var clinic = sp.GetRequiredService<IOptions<DetectionOptions>>().Value;
            return new ReferralDetector(new DetectionRules { OwnDomains = [.. clinic.OwnDomains], OwnPhoneNumbers = [.. clinic.OwnPhoneNumbers] });
        });
        services.AddSingleton<ProcessedMessages>();
        services.AddSingleton<ReferralThreadIndex>();
        services.AddSingleton<MessageIntake>();
        services.AddPartners();
        services.AddHostedService<MailboxWatcher>();
        return services;
    }
}
