using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.Cards;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// The "Log as referral" dialog: what the detector read from the message, as inputs the staff member can correct,
/// and a submit that carries which message it was. Dialogs take <c>Action.Submit</c> (not Universal Actions).
/// Only the person who opened it sees it; it still shows the patient as initials and age only.
/// </summary>
public static class ReferralDraftCard
{
    public const string KindInput = "kind";
    public const string PatientInitialsInput = "patientInitials";
    public const string PatientAgeInput = "patientAge";
    public const string ReferrerNameInput = "referrerName";
    public const string ReferrerOrganizationInput = "referrerOrganization";
    public const string ReferrerPhoneInput = "referrerPhone";
    public const string ReferrerEmailInput = "referrerEmail";
    public const string PathwayInput = "pathway";
    public const string UrgencyInput = "urgency";
    public const string MissingItemsInput = "missingItems";

    public static JsonObject For(ReferralDraft draft, SubmittedSource source, string clinicName)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(source);
        return CardElements.Card(
        [
            CardElements.Heading("Log as referral"),
            CardElements.Text($"Check what I read from the message and correct it. The referral goes into {clinicName}'s pipeline and its card to the triage channel. The patient is kept as initials and age only.", subtle: true),
            Choices(KindInput, "Kind", draft.Kind.ToString(), [("Referral from a provider", nameof(MessageKind.Referral)), ("Self-referral (patient or family)", nameof(MessageKind.SelfReferral))]),
            Input(PatientInitialsInput, "Patient initials", draft.PatientInitials, "e.g. G.H.", maxLength: 8),
            new JsonObject
            {
                ["type"] = "Input.Number",
                ["id"] = PatientAgeInput,
                ["label"] = "Patient age (years)",
                ["min"] = 0,
                ["max"] = 120,
                ["value"] = draft.PatientAge is { } age ? JsonValue.Create(age) : null,
            }.WithoutNulls(),
            Input(ReferrerNameInput, "Referrer", draft.Referrer.Name, "Name of the referring person", maxLength: 120),
            Input(ReferrerOrganizationInput, "Referrer's organisation", draft.Referrer.Organization, null, maxLength: 120),
            Input(ReferrerPhoneInput, "Referrer's phone", draft.Referrer.Phone, null, maxLength: 40, style: "Tel"),
            Input(ReferrerEmailInput, "Referrer's email", draft.Referrer.Email, null, maxLength: 254, style: "Email"),
            Choices(PathwayInput, "Pathway", draft.Pathway?.ToString() ?? string.Empty,
                [("Not known yet", string.Empty), .. Enum.GetValues<Pathway>().Select(p => (p.ToString(), p.ToString()))]),
            Choices(UrgencyInput, "Urgency", draft.Urgency.ToString(), [("Routine", nameof(Urgency.Routine)), ("Urgent", nameof(Urgency.Urgent))]),
            Choices(MissingItemsInput, "Still missing", string.Join(',', draft.MissingItems),
                [.. ChecklistItem.Defaults.Select(c => (c.Item, c.Item))], multiSelect: true),
        ],
        [
            new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = "Log referral",
                ["style"] = "positive",
                ["data"] = source.ToData(),
            },
        ]);
    }

    private static JsonObject Input(string id, string label, string? value, string? placeholder, int maxLength, string? style = null) => new JsonObject
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value,
        ["placeholder"] = placeholder,
        ["maxLength"] = maxLength,
        ["style"] = style,
    }.WithoutNulls();

    private static JsonObject Choices(string id, string label, string value, IEnumerable<(string Title, string Value)> choices, bool multiSelect = false) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["style"] = "compact",
        ["isMultiSelect"] = multiSelect,
        ["value"] = value,
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };

    private static JsonObject WithoutNulls(this JsonObject element)
    {
        foreach (var name in element.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            element.Remove(name);
        }

        return element;
    }

    internal static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);
}
