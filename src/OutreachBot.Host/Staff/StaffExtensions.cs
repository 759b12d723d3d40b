using OutreachBot.Host.Graph;

namespace OutreachBot.Host.Staff;

public static class StaffExtensions
{
    /// <summary>The clinic's staff list and the lookup of who is acting.</summary>
    public static IServiceCollection AddClinicStaff(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddGraphClient(); // asked only when Staff:Groups names a group
        services.AddSingleton<StaffGroups>();
        services.AddSingleton<StaffDirectory>();
        return services;
    }
}
