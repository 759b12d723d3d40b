using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Operations;

/// <summary>How the app starts, stops and reports (section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>
    /// How long a stop (a deployment, a scale-in, App Service recycling) waits for turns in progress and activities
    /// already acknowledged. App Service on Linux waits about 30 seconds after SIGTERM before it kills the process.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00", ErrorMessage = "Operations:ShutdownTimeout must be between 1 second and 2 minutes.")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>How long each readiness check may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30", ErrorMessage = "Operations:ReadinessTimeout must be between 0.1 and 30 seconds.")]
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
