using Microsoft.Extensions.Options;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Graph;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Outreach.Mail;
using OutreachBot.Host.Outreach.Materials;

namespace OutreachBot.Host.Outreach;

public static class OutreachExtensions
{
    /// <summary>
    /// Partner outreach over the partner directory (<c>IPartnerDirectory</c>, registered by the partners' own
    /// extension): pathway materials, outreach email (Graph when Graph mail is on, else the outbox folder), the monthly
    /// plan, partner updates and follow-up prompts after calls and visits. After AddClinicianCalendars and AddGraphMail.
    /// The clinic's own materials come from a local folder or, with <c>Outreach:Materials:Source</c> SharePoint, a
    /// document library through Graph.
    /// </summary>
    public static IServiceCollection AddOutreach(this IServiceCollection services)
    {
        services.AddOptions<OutreachOptions>().BindConfiguration(OutreachOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MaterialsOptions>().BindConfiguration(MaterialsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddGraphClient();
        services.AddSingleton<FolderMaterialFiles>();
        services.AddSingleton<GraphDriveMaterialFiles>();
        services.AddSingleton<IClinicMaterialFiles>(sp => sp.GetRequiredService<IOptions<MaterialsOptions>>().Value.Source == MaterialsSource.SharePoint
            ? sp.GetRequiredService<GraphDriveMaterialFiles>()
            : sp.GetRequiredService<FolderMaterialFiles>());
        services.AddSingleton<MaterialTemplates>();
        services.AddSingleton<MaterialsLibrary>();
        services.AddSingleton<OutboxOutreachMail>();
        services.AddSingleton<GraphOutreachMail>();
        services.AddSingleton<IOutreachMail>(sp => sp.GetRequiredService<IOptions<GraphMailOptions>>().Value.Enabled
            ? sp.GetRequiredService<GraphOutreachMail>()
            : sp.GetRequiredService<OutboxOutreachMail>());
        services.AddSingleton<IPartnerMeetings>(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Source == CalendarSource.Graph
            ? sp.GetRequiredService<GraphClinicianCalendars>()
            : sp.GetRequiredService<IcsClinicianCalendars>());
        services.AddSingleton<OutreachStaff>();
        services.AddSingleton<PartnerEmails>();
        services.AddSingleton<OutreachPlans>();
        services.AddSingleton<OutreachActions>();
        services.AddSingleton<MonthlyOutreachPlanPost>();
        services.AddSingleton<MonthlyPartnerUpdates>();
        services.AddSingleton<AfterContactPrompts>();
        services.AddHostedService<OutreachRhythm>();
        return services;
    }
}
