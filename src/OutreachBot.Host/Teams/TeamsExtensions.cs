using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Staff;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Host.Teams;

public static class TeamsExtensions
{
    /// <summary>
    /// The bot in Teams: the protocol layer with OutreachBot's handler, conversation references kept in Tables for
    /// proactive messages, and the clinic's settings.
    /// </summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddClinicStaff();
        services.AddBotProtocol<OutreachBotHandler>();
        services.AddSingleton<IConversationReferenceStore, TableConversationReferences>();
        services.AddSingleton<StaffChats>();
        return services;
    }
}
