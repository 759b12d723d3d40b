namespace OutreachBot.Host.Staff;

public static class StaffExtensions
{
    /// <summary>The clinic's staff list and the lookup of who is acting.</summary>
    public static IServiceCollection AddClinicStaff(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffDirectory>();
        return services;
    }
}
