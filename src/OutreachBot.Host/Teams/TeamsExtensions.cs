using OutreachBot.Host.ClinicProfile;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Host.Teams;

public static class TeamsExtensions
{
    /// <summary>The bot in Teams: the protocol layer with OutreachBot's handler, and the clinic's settings.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddBotProtocol<OutreachBotHandler>();
        return services;
    }
}
