namespace OutreachBot.Host.MessageExtension;

public static class MessageExtensionExtensions
{
    /// <summary>
    /// The message actions "Log as referral" and "Log partner contact" (Teams and Outlook). Needs the mailbox intake
    /// (detector, ledger), the pipeline store and the triage card poster registered too.
    /// </summary>
    public static IServiceCollection AddMessageActions(this IServiceCollection services)
    {
        services.AddSingleton<MessageReferrals>();
        services.AddSingleton<PartnerContacts>();
        services.AddHostedService(sp => sp.GetRequiredService<PartnerContacts>());
        services.AddSingleton<MessageActions>();
        return services;
    }
}
