using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Graph;
using OutreachBot.Host.Pipeline;

namespace OutreachBot.Host.Calendars;

public static class CalendarExtensions
{
    /// <summary>Clinicians' calendars (Graph or a folder of .ics files), evaluation slots, and booked evaluations watched.</summary>
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
        services.TryAddSingleton<ReferralStore>(); // AddTriage's, when it ran first
        services.TryAddSingleton<IEvaluationChanges, PipelineEvaluationChanges>();
        services.AddSingleton<EvaluationWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EvaluationWatcher>());
        return services;
    }
}
