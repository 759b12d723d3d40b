using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Triage;

/// <summary>
/// The triage card's clinician part: choosing a clinician who takes the pathway, what the clinician did (accepted,
/// gave it back and why, the booked evaluation), the front desk's task to tell the family, and contact outcomes.
/// </summary>
public static partial class TriageCard
{
    public const string AssignToClinicianVerb = "assignToClinician";
    public const string FamilyToldVerb = "familyTold";
    public const string ClinicianInput = "clinician";
    public const string ContactOutcomeInput = "contactOutcome";

    private static JsonNode?[] WithClinicianIntake(JsonNode?[] body, JsonObject data, Referral referral, TimeZoneInfo zone, TriageViewer? viewer, IReadOnlyList<Clinician> clinicians)
    {
        // The card's count of failed attempts: a retried "no answer" click finds it already counted.
        data["contactAttempts"] = referral.ContactAttempts.ToString(CultureInfo.InvariantCulture);
        JsonNode?[] added =
        [
            referral is { AssignedTo: { } holder, AcceptedAt: not null } ? Text($"Accepted by {holder.Name}.", size: "Small") : null,
            referral is { AssignedTo: null, ReturnedToTriage: { } back }
                ? Text($"Given back to triage by {back.By.Name}: {back.Describe()}", color: "Warning", size: "Small", weight: "Bolder")
                : null,
            referral.Evaluation is { } e
                ? Text($"Evaluation booked: {EvaluationTime(e, zone)}{(referral.AssignedTo is { } with ? $" with {with.Name}" : string.Empty)}", weight: "Bolder", size: "Small")
                : null,
            referral.FamilyToBeTold is { } how
                ? Text($"Front desk to do: {(how == PreferredContact.Text ? "text" : "phone")} the family with the evaluation time (they asked to be reached by {how.ToString().ToLowerInvariant()}; the number is in the referral email).", color: "Attention", size: "Small", weight: "Bolder")
                : null,
            referral is { ContactAttempts: > 0, Stage: PipelineStage.Received }
                ? Text($"{referral.ContactAttempts} contact attempt{(referral.ContactAttempts == 1 ? string.Empty : "s")} without reaching the family.", size: "Small", color: "Warning")
                : null,
            referral.Stage == PipelineStage.Received && viewer?.CanLogFirstContact == true ? ContactOutcome() : null,
            CanChooseClinician(referral, viewer, clinicians) ? ClinicianChoice(clinicians) : null,
        ];
        return [.. body, .. added];
    }

    private static JsonNode?[] ClinicianButtons(Referral referral, JsonObject data, TriageViewer? viewer, IReadOnlyList<Clinician> clinicians) =>
    [
        CanChooseClinician(referral, viewer, clinicians) ? Execute("Assign to clinician", AssignToClinicianVerb, (JsonObject)data.DeepClone()) : null,
        referral.FamilyToBeTold is not null && viewer?.CanLogFirstContact == true ? Execute("Family told", FamilyToldVerb, (JsonObject)data.DeepClone(), "positive") : null,
    ];

    private static bool CanChooseClinician(Referral referral, TriageViewer? viewer, IReadOnlyList<Clinician> clinicians) =>
        referral is { AssignedTo: null, Evaluation: null, Stage: PipelineStage.Received or PipelineStage.FirstContact }
        && viewer?.CanAssignClinician == true
        && clinicians.Count > 0;

    private static JsonObject ClinicianChoice(IReadOnlyList<Clinician> clinicians) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = ClinicianInput,
        ["label"] = "Or give it to a clinician who takes this pathway",
        ["style"] = "compact",
        ["placeholder"] = "Choose a clinician",
        ["choices"] = new JsonArray([.. clinicians.OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase).Select(c => (JsonNode)new JsonObject
        {
            ["title"] = c.Specialties.Count > 0 ? $"{c.DisplayName} ({string.Join(", ", c.Specialties)})" : c.DisplayName,
            ["value"] = c.Key,
        })]),
    };

    private static JsonObject ContactOutcome() => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = ContactOutcomeInput,
        ["label"] = "Outcome",
        ["style"] = "expanded",
        ["value"] = "reached",
        ["choices"] = new JsonArray([.. ContactOutcomes.All.Select(o => (JsonNode)new JsonObject { ["title"] = o.Words, ["value"] = o.Value })]),
    };

    private static string EvaluationTime(ScheduledEvaluation evaluation, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(evaluation.Start, zone);
        var end = TimeZoneInfo.ConvertTime(evaluation.End, zone);
        return $"{start.ToString("ddd d MMM, h:mm", CultureInfo.InvariantCulture)}–{end.ToString("h:mm tt", CultureInfo.InvariantCulture)}";
    }
}
