using Microsoft.Extensions.Options;
using OutreachBot.Host.Graph;

namespace OutreachBot.Host.Calendars;

public static class CalendarExtensions
{
    /// <summary>Clinicians' calendars (Graph or a folder of .ics files) and evaluation slots.</summary>
    public static IServiceCollection AddClinicianCalendars(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddGraphClient();
        services.AddSingleton<GraphClinicianCalendars>();
        services.AddSingleton<IcsClinicianCalendars>();
        services.AddSingleton<IClinicianCalendars>(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Source == CalendarSource.Graph
            ? sp.GetRequiredService<GraphClinicianCalendars>()
            : sp.GetRequiredService<IcsClinicianCalendars>());
        services.AddSingleton<EvaluationScheduler>();
        return services;
    }
}
