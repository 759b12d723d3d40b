using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Graph;

namespace OutreachBot.Host.Tests.Calendars;

/// <summary>The calendar services as the app wires them, for a Chicago clinic booking one-hour evaluations on the hour.</summary>
public static class CalendarServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clinic:Name"] = "Test Clinic",
            ["Clinic:TimeZone"] = "America/Chicago",
            ["Calendars:EvaluationLength"] = "01:00:00",
            ["Calendars:BufferBefore"] = "00:00:00",
            ["Calendars:BufferAfter"] = "00:00:00",
            ["Calendars:SlotStep"] = "01:00:00",
            ["Calendars:WorkDayStart"] = "08:00",
            ["Calendars:WorkDayEnd"] = "12:00",
        }.Concat(settings)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TokenCredential>(new FakeTokenCredential());
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.AddPipelineStorage(); // the watcher of booked evaluations records changes (unused by these tests)
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName);
        services.AddClinicianCalendars();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static DateTimeOffset Chicago(int month, int day, int hour) =>
        new(2026, month, day, hour, 0, 0, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago").GetUtcOffset(new DateTime(2026, month, day, hour, 0, 0, DateTimeKind.Unspecified)));
}
