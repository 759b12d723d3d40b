using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Mime;

namespace OutreachBot.Host.Tests.Mailbox;

/// <summary>The clinic's own numbers, from configuration, reach the detector the host uses.</summary>
public sealed class DetectionSettingsTests
{
    [Fact]
    public void ClinicsOwnNumber_FromDetectionSettings_IsNeverTakenAsThePatientsPhone()
    {
        var message = Read(TestMessages.HandReferral("settings-1@northfieldortho.example"));

        var withoutSettings = Detector([]).Detect(message);
        var withSettings = Detector(new() { ["Detection:OwnPhoneNumbers:0"] = "555.410.2233" }).Detect(message);

        Assert.Equal("(555) 410-2233", withoutSettings.Patient.Phone);
        Assert.Null(withSettings.Patient.Phone);
        Assert.Equal(withoutSettings.Kind, withSettings.Kind);
    }

    private static ReferralDetector Detector(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddMailboxIntake();
        return services.BuildServiceProvider().GetRequiredService<ReferralDetector>();
    }

    private static IncomingMessage Read(string eml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(eml));
        return EmlMessageReader.Read(stream, DateTimeOffset.UnixEpoch, CancellationToken.None);
    }
}
