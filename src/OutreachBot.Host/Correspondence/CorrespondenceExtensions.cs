using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutreachBot.Host.Correspondence;

public static class CorrespondenceExtensions
{
    /// <summary>
    /// Letters to referrers. The outbox folder unless something (Graph mail) registered a real mailbox first.
    /// </summary>
    public static IServiceCollection AddCorrespondence(this IServiceCollection services)
    {
        services.AddOptions<CorrespondenceOptions>().BindConfiguration(CorrespondenceOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IReferrerMail, OutboxFolderMail>();
        return services;
    }
}
