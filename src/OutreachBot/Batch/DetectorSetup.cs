using System.Text.Json;
using System.Text.Json.Serialization;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Cli.Batch;

/// <summary>
/// The detector configured for the clinic: rules from the file named by OUTREACHBOT_RULES, else detection.json beside
/// the program (the clinic's own domains and numbers, the intake checklist), else the built-in defaults.
/// </summary>
internal static class DetectorSetup
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ReferralDetector Create() => new(Rules());

    public static DetectionRules Rules()
    {
        var path = Environment.GetEnvironmentVariable("OUTREACHBOT_RULES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "detection.json");
        if (!File.Exists(path))
        {
            return DetectionRules.Default;
        }

        return JsonSerializer.Deserialize<DetectionRules>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no detection rules.");
    }
}
