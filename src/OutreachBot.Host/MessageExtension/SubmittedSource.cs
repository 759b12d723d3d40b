using System.Globalization;
using System.Text.Json.Nodes;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// Which message a dialog was opened on, carried in its submit button's data, so the submit does not depend on
/// the client sending the message again. The content key is what the detector read, before any correction.
/// </summary>
public sealed record SubmittedSource(string Key, DateTimeOffset ReceivedAt, IReadOnlyList<string> DetectedContentKeys, string Channel)
{
    private const string KeyField = "sourceKey";
    private const string ReceivedField = "sourceReceivedAt";
    private const string ContentField = "sourceContentKey";
    private const string ChannelField = "sourceChannel";

    public JsonObject ToData() => new()
    {
        [KeyField] = Key,
        [ReceivedField] = ReferralDraftCard.Iso(ReceivedAt),
        [ContentField] = string.Join(',', DetectedContentKeys),
        [ChannelField] = Channel,
    };

    /// <summary>The source from submitted data; null when the data does not carry one (a forged or foreign submit).</summary>
    public static SubmittedSource? Read(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var key = (data[KeyField] as JsonValue)?.TryGetValue(out string? k) == true ? k : null;
        var received = (data[ReceivedField] as JsonValue)?.TryGetValue(out string? r) == true ? r : null;
        if (string.IsNullOrWhiteSpace(key) || key.Length > 1000
            || !DateTimeOffset.TryParse(received, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return null;
        }

        var content = (data[ContentField] as JsonValue)?.TryGetValue(out string? c) == true && c is { Length: <= 100 }
            ? c.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(k => k.Length == 32).Take(2).ToList()
            : [];
        var channel = (data[ChannelField] as JsonValue)?.TryGetValue(out string? ch) == true && ch is { Length: < 40 } ? ch : "msteams";
        return new SubmittedSource(key, at, content, channel);
    }
}
