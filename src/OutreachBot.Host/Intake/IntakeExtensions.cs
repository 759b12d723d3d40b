using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutreachBot.Host.Intake;

public static class IntakeExtensions
{
    /// <summary>The clinician's intake card (1:1), its actions, and giving an intake to a chosen clinician.</summary>
    public static IServiceCollection AddClinicianIntake(this IServiceCollection services)
    {
        services.AddSingleton<IntakeCardRecords>();
        services.AddSingleton<ClinicianIntakeCards>();
        services.Replace(ServiceDescriptor.Singleton<IIntakeCardFollower>(sp => sp.GetRequiredService<ClinicianIntakeCards>()));
        services.AddSingleton<EvaluationNotices>();
        services.AddSingleton<ClinicianIntakeActions>();
        services.AddSingleton<ClinicianAssignment>();
        return services;
    }
}
