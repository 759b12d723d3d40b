using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Graph;

namespace OutreachBot.Host.Mailbox.Graph;

public static class GraphMailExtensions
{
    /// <summary>Mail from Exchange Online through Graph delta queries, into the same exactly-once intake as .eml files.</summary>
    public static IServiceCollection AddGraphMail(this IServiceCollection services)
    {
        services.AddGraphClient();
        services.AddOptions<GraphMailOptions>().BindConfiguration(GraphMailOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphNotificationOptions>().BindConfiguration(GraphNotificationOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphDeltaLinks>();
        services.AddSingleton<GraphMailNudges>();
        services.AddSingleton<GraphSubscriptionRecords>();
        services.AddSingleton<GraphMailSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphMailSubscriptions>());
        services.AddSingleton<GraphMimeBatches>();
        services.AddSingleton<GraphMessageIntake>();
        services.AddSingleton<GraphMailSync>();
        services.AddSingleton<GraphReplies>();
        services.AddSingleton<GraphReferrerMail>();
        // Before AddCorrespondence, whose TryAdd keeps this: Graph replies when Graph mail is on, else the outbox folder.
        services.TryAddSingleton<IReferrerMail>(sp => sp.GetRequiredService<IOptions<GraphMailOptions>>().Value.Enabled
            ? sp.GetRequiredService<GraphReferrerMail>()
            : ActivatorUtilities.CreateInstance<OutboxFolderMail>(sp));
        services.AddSingleton<GraphMailPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphMailPoller>());
        return services;
    }
}
