using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Detection;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// A referral as the "Log as referral" form shows it: first what the detector read from the message, then what the
/// staff member corrected and submitted. The patient is only initials and age, as everywhere in the pipeline.
/// </summary>
public sealed record ReferralDraft(
    MessageKind Kind,
    string? PatientInitials,
    int? PatientAge,
    Referrer Referrer,
    Pathway? Pathway,
    Urgency Urgency,
    IReadOnlyList<string> MissingItems)
{
    public static ReferralDraft From(ReferralDetection detection, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(detection);
        return new ReferralDraft(
            detection.Kind == MessageKind.SelfReferral ? MessageKind.SelfReferral : MessageKind.Referral,
            detection.Patient.Initials,
            detection.Patient.AgeOn(DateOnly.FromDateTime(receivedAt.DateTime)),
            detection.Referrer,
            detection.Pathway,
            detection.Urgency ?? Urgency.Routine,
            detection.MissingItems);
    }

    /// <summary>Reads the submitted form (<see cref="ReferralDraftCard"/>'s inputs). Unknown choices read as not given.</summary>
    public static ReferralDraft Read(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ReferralDraft(
            Enum.TryParse<MessageKind>(Text(data, ReferralDraftCard.KindInput), out var kind) && kind == MessageKind.SelfReferral
                ? MessageKind.SelfReferral
                : MessageKind.Referral,
            Cap(Text(data, ReferralDraftCard.PatientInitialsInput), 8),
            int.TryParse(Text(data, ReferralDraftCard.PatientAgeInput), NumberStyles.Integer, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= 120 ? age : null,
            new Referrer(
                Cap(Text(data, ReferralDraftCard.ReferrerNameInput), 120),
                Cap(Text(data, ReferralDraftCard.ReferrerOrganizationInput), 120),
                null,
                Cap(Text(data, ReferralDraftCard.ReferrerPhoneInput), 40),
                null,
                Cap(Text(data, ReferralDraftCard.ReferrerEmailInput), 254)),
            Enum.TryParse<Pathway>(Text(data, ReferralDraftCard.PathwayInput), ignoreCase: true, out var pathway) && Enum.IsDefined(pathway) ? pathway : null,
            string.Equals(Text(data, ReferralDraftCard.UrgencyInput), nameof(Urgency.Urgent), StringComparison.OrdinalIgnoreCase) ? Urgency.Urgent : Urgency.Routine,
            [.. (Text(data, ReferralDraftCard.MissingItemsInput) ?? string.Empty)
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(item => ChecklistItem.Defaults.Any(c => c.Item == item))
                .Distinct(StringComparer.Ordinal)]);
    }

    // Input.Number may arrive as a number or as its text; everything else as a string.
    private static string? Text(JsonObject data, string name) => data[name] switch
    {
        JsonValue v when v.TryGetValue(out string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.ToJsonString(),
        _ => null,
    };

    private static string? Cap(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}
