using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// What ties a reply or forward to the referral it belongs to when its headers do not: the same topic (the subject
/// without Re:/Fwd:) with the same sender's domain or the same patient, or the same patient from the same domain.
/// The command line compares these among the messages it is given; the host keeps them (hashed) in a table.
/// </summary>
public static partial class ThreadKeys
{
    /// <summary>The keys of a message: each pairs two of topic, sender's domain and patient name.</summary>
    public static IReadOnlyList<string> For(IncomingMessage message, ReferralDetection detection)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(detection);
        var topic = Topic(message.Subject);
        var domain = Domain(message.FromAddress);
        var patient = Patient(detection);
        var keys = new List<string>(3);
        if (topic.Length > 0 && domain.Length > 0)
        {
            keys.Add($"topic+domain\n{topic}\n{domain}");
        }

        if (topic.Length > 0 && patient is not null)
        {
            keys.Add($"topic+patient\n{topic}\n{patient}");
        }

        if (patient is not null && domain.Length > 0)
        {
            keys.Add($"patient+domain\n{patient}\n{domain}");
        }

        return keys;
    }

    /// <summary>The patient's name as compared between messages (lower case, single spaces), or null.</summary>
    public static string? Patient(ReferralDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        return detection.Patient.Name is { Length: > 0 } name ? Spaces().Replace(name.Trim(), " ").ToLowerInvariant() : null;
    }

    /// <summary>Whether the subject marks a reply or a forward (Re:, Fwd:, AW:...).</summary>
    public static bool RepliesOrForwards(string subject) => Prefixes().IsMatch(subject ?? "");

    internal static string Topic(string subject) => Prefixes().Replace(subject, "").Trim().ToLowerInvariant();

    internal static string Domain(string address) =>
        address.Contains('@', StringComparison.Ordinal) ? address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant() : "";

    [GeneratedRegex(@"^(?:\s*(?:re|fw|fwd|aw|sv)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefixes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
