using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Triage;

/// <summary>
/// The card a referral gets in the triage channel. The patient appears only as initials and age (minimum necessary
/// for a channel everyone on the intake team reads).
/// </summary>
public static partial class TriageCard
{
    public const string AssignToMeVerb = "assignToMe";
    public const string LogFirstContactVerb = "logFirstContact";
    public const string NotAReferralVerb = "notAReferral";
    public const string RefreshVerb = "refreshReferral";
    public const string ContactMethodInput = "contactMethod";
    private const int MaxSignalLength = 200;

    /// <summary>
    /// The card for <paramref name="viewer"/> (the buttons their role allows), or, with no viewer, the card posted to
    /// the channel: it asks each viewer's Teams client to refresh it into their own view.
    /// </summary>
    public static JsonObject For(Referral referral, TimeZoneInfo clinicZone, TriageViewer? viewer = null, ResponseClock? clock = null, IReadOnlyList<Clinician>? clinicians = null)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var urgent = referral.Urgency == Urgency.Urgent;
        // A declined, merged or closed referral reads as done: no urgency, nothing missing, no waiting, no signals.
        var closed = !referral.IsOpen;
        var received = TimeZoneInfo.ConvertTime(referral.ReceivedAt, clinicZone);
        // Five short lines at most: signals quote the message, and Teams refuses a message much over 28 KB.
        var signals = closed ? [] : referral.Signals.Take(5).Select(s => "- " + (s.Length > MaxSignalLength ? s[..MaxSignalLength] + "…" : s)).ToList();

        JsonNode?[] body =
        [
            closed ? Heading(ClosedHeadline(referral)) : Heading($"{(urgent ? "URGENT · " : string.Empty)}New referral · {PathwayName(referral.Pathway)}", urgent ? "Attention" : null),
            Facts(
            [
                ("Referral", referral.Id),
                ("Received", received.ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture)),
                ("Referrer", Join(referral.Referrer.Name, referral.Referrer.Organization)),
                ("Role", RoleName(referral.Referrer.Role)),
                ("Patient", Join(referral.PatientInitials, referral.PatientAge is { } age ? $"age {age}" : null) ?? "not stated"),
                ("Urgency", closed ? null : urgent ? "Urgent" : "Routine"),
                ("Intake", referral.AssignedTo is { } who ? $"Assigned to {who.Name}" : closed ? null : "Not assigned yet"),
                ("Stage", StageName(referral.Stage)),
                ("Waiting", referral.Stage == PipelineStage.Received ? clock?.Describe(referral.ReceivedAt) : null),
            ]),
            TriageCardFollowUps.Status(referral, clinicZone),
            referral.MissingItems.Count > 0 && !closed ? Text("Missing: " + string.Join(", ", referral.MissingItems.Take(8)), weight: "Bolder", size: "Small") : null,
            signals.Count > 0 ? Text("Why this looks like a referral", weight: "Bolder", size: "Small") : null,
            signals.Count > 0 ? Text(string.Join("\n", signals), size: "Small", subtle: true) : null,
        ];

        var data = new JsonObject { ["referralId"] = referral.Id };
        var open = referral.Stage is PipelineStage.Received or PipelineStage.FirstContact;
        var canTake = referral.AssignedTo is null && open && (viewer?.CanTakeIntake ?? true);
        var canLog = referral.Stage == PipelineStage.Received && viewer?.CanLogFirstContact == true;
        var canCorrect = referral.Stage == PipelineStage.Received && viewer?.CanMarkNotReferral == true;
        if (canLog)
        {
            body = [.. body, ContactMethod()];
        }

        body = WithClinicianIntake(body, data, referral, clinicZone, viewer, clinicians ?? []);
        // Fewer buttons in view: the rare correction "Not a referral" goes to the card's overflow menu.
        JsonNode?[] actions =
        [
            canTake ? Execute("Assign to me", AssignToMeVerb, (JsonObject)data.DeepClone(), "positive") : null,
            .. ClinicianButtons(referral, data, viewer, clinicians ?? []),
            canLog ? Execute("Log first contact", LogFirstContactVerb, (JsonObject)data.DeepClone()) : null,
            .. TriageCardFollowUps.Actions(referral, viewer),
            canCorrect ? Secondary(Execute("Not a referral", NotAReferralVerb, (JsonObject)data.DeepClone(), "destructive")) : null,
        ];
        var card = Card(body, actions);
        if (referral.Stage is not (PipelineStage.Closed or PipelineStage.Declined))
        {
            // No userIds: Teams refreshes automatically for everyone in a conversation of up to 60 members.
            card["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = RefreshVerb, ["data"] = (JsonObject)data.DeepClone() },
            };
        }

        return card;
    }

    /// <summary>The heading of a card whose referral is done with: what became of it, not how urgent it was.</summary>
    private static string ClosedHeadline(Referral referral) =>
        referral.MergedInto is not null ? $"Duplicate, merged · {PathwayName(referral.Pathway)}"
        : referral.Stage == PipelineStage.Declined ? $"Declined referral · {PathwayName(referral.Pathway)}"
        : $"Closed referral · {PathwayName(referral.Pathway)}";

    public static string StageName(PipelineStage stage) => stage switch
    {
        PipelineStage.Received => "Awaiting first contact",
        PipelineStage.FirstContact => "First contact made",
        PipelineStage.EvaluationScheduled => "Evaluation scheduled",
        PipelineStage.EvaluationCompleted => "Evaluation completed",
        PipelineStage.Declined => "Declined",
        PipelineStage.NotReachable => "Not reachable",
        PipelineStage.Closed => "Closed",
        _ => stage.ToString(),
    };

    private static JsonObject ContactMethod() => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = ContactMethodInput,
        ["label"] = "First contact by",
        ["style"] = "expanded",
        ["value"] = "call",
        ["choices"] = new JsonArray(
            new JsonObject { ["title"] = "Phone call", ["value"] = "call" },
            new JsonObject { ["title"] = "Email", ["value"] = "email" },
            new JsonObject { ["title"] = "Text message", ["value"] = "text" }),
    };

    public static string PathwayName(Pathway? pathway) => pathway switch
    {
        Pathway.Pediatric => "Pediatric",
        Pathway.School => "School-based",
        Pathway.Hand => "Hand / upper extremity",
        Pathway.Neuro => "Neuro",
        Pathway.Adult => "Adult rehab",
        _ => "Pathway to confirm",
    };

    private static string? RoleName(ReferrerRole? role) => role switch
    {
        null => null,
        ReferrerRole.CaseManager => "Case manager",
        ReferrerRole.PhysicalTherapist => "Physical therapist",
        ReferrerRole.SpeechLanguagePathologist => "Speech-language pathologist",
        ReferrerRole.SocialWorker => "Social worker",
        ReferrerRole.School => "School staff",
        _ => role.ToString(),
    };

    private static string? Join(string? first, string? second) =>
        (first, second) switch
        {
            (null or "", null or "") => null,
            (null or "", _) => second,
            (_, null or "") => first,
            _ => $"{first}, {second}",
        };

    /// <summary>An action Teams lists in the card's overflow menu (Adaptive Cards 1.5 <c>mode</c>).</summary>
    internal static JsonObject Secondary(JsonObject action)
    {
        action["mode"] = "secondary";
        return action;
    }
}
