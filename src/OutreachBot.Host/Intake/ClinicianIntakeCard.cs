using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.Triage;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Intake;

/// <summary>What the clinician's intake card shows.</summary>
/// <param name="Referral">The referral as it stands.</param>
/// <param name="Patient">The patient's details from the message; null when not on file.</param>
/// <param name="Slots">Free evaluation times proposed from the clinician's calendar.</param>
/// <param name="ForHolder">Whether the card goes to the clinician who holds the intake (else it shows no details).</param>
public sealed record IntakeCardView(Referral Referral, PatientDetails? Patient, IReadOnlyList<EvaluationSlot> Slots, bool ForHolder);

/// <summary>
/// The card a clinician gets in their 1:1 chat with the bot when an intake is given to them. It is theirs alone, so it
/// carries the patient's details (the minimum to contact and evaluate: name, date of birth, phone, reason, codes,
/// insurance); once the intake is no longer theirs, it shows none.
/// </summary>
public static class ClinicianIntakeCard
{
    public const string AcceptVerb = "acceptIntake";
    public const string ReturnVerb = "returnIntake";
    public const string BookVerb = "bookEvaluation";
    public const string CompleteVerb = "completeEvaluation";
    public const string LogContactVerb = "logContactFromIntake";
    public const string RefreshVerb = "refreshIntake";
    public const string SlotInput = "slot";
    public const string ReasonInput = "returnReason";
    public const string NoteInput = "returnNote";
    public const string OutcomeInput = "contactOutcome";

    public static IReadOnlyList<string> Verbs { get; } = [AcceptVerb, ReturnVerb, BookVerb, CompleteVerb, LogContactVerb, RefreshVerb];

    public static JsonObject For(IntakeCardView view, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(view);
        var referral = view.Referral;
        if (!view.ForHolder)
        {
            return NoLongerYours(referral);
        }

        var heading = IntakeCardHeading.For(referral, clinicZone);
        return heading.Finished ? Finished(referral, heading, clinicZone) : ForHolder(view, heading, clinicZone);
    }

    private static JsonObject ForHolder(IntakeCardView view, IntakeCardHeading heading, TimeZoneInfo zone)
    {
        var referral = view.Referral;
        var patient = view.Patient;
        var data = new JsonObject
        {
            ["referralId"] = referral.Id,
            ["assignment"] = referral.AssignedAt?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["contactAttempts"] = referral.ContactAttempts.ToString(CultureInfo.InvariantCulture),
        };
        var open = referral.Stage is PipelineStage.Received or PipelineStage.FirstContact;
        var canBook = open && referral.Evaluation is null;

        List<JsonNode?> body =
        [
            Heading(heading.Title, heading.Color),
            Text(heading.Status, size: "Small", subtle: referral.AcceptedAt is null),
            Text("Patient", weight: "Bolder"),
            patient is null
                ? Text($"{referral.PatientInitials ?? "Patient"}{(referral.PatientAge is { } a ? $", age {a}" : string.Empty)}. The details were not kept for this referral: open its email in the referrals mailbox.", size: "Small")
                : Facts(
                [
                    ("Name", patient.Name ?? referral.PatientInitials),
                    ("Date of birth", DateOfBirth(patient, referral)),
                    ("Phone", patient.Phone),
                    ("Prefers", patient.PreferredContact?.ToString()),
                    ("Reason", patient.Concern),
                    ("Diagnosis codes", patient.Icd10Codes.Count > 0 ? string.Join(", ", patient.Icd10Codes) : null),
                    ("Insurance", patient.Insurance),
                    ("Order", patient.OrderAttached ? "Signed order attached" : "No order attached"),
                ]),
            Text("Referral", weight: "Bolder"),
            Facts(
            [
                ("Referral", referral.Id),
                ("Received", TimeZoneInfo.ConvertTime(referral.ReceivedAt, zone).ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture)),
                ("Referrer", Join(referral.Referrer.Name, referral.Referrer.Organization)),
                ("Phone", referral.Referrer.Phone),
                ("Fax", referral.Referrer.Fax),
                ("Email", referral.Referrer.Email),
                ("Stage", TriageCard.StageName(referral.Stage)),
                ("Contact tries", referral.ContactAttempts > 0 ? $"{referral.ContactAttempts} without reaching the family" : null),
                ("Evaluation", referral.Evaluation is { } e ? Slot(e.Start, e.End, zone) + " (in your calendar)" : null),
            ]),
            referral.MissingItems.Count > 0 ? Text("Missing: " + string.Join(", ", referral.MissingItems.Take(8)), weight: "Bolder", size: "Small") : null,
            referral.FamilyToBeTold is { } how ? Text($"The front desk will {(how == Clinic.Detection.PreferredContact.Text ? "text" : "phone")} the family with the time.", size: "Small") : null,
        ];

        if (canBook)
        {
            body.Add(view.Slots.Count > 0
                ? SlotChoice(view.Slots, zone)
                : Text("No free evaluation time in your calendar in the next two weeks. Book one by hand and tell intake staff.", color: "Warning", size: "Small"));
        }

        List<JsonNode?> actions =
        [
            canBook && view.Slots.Count > 0 ? Execute("Book this time", BookVerb, Clone(data), "positive") : null,
            referral.AcceptedAt is null && open ? Execute("Accept", AcceptVerb, Clone(data), canBook && view.Slots.Count > 0 ? "default" : "positive") : null,
            referral.Stage == PipelineStage.EvaluationScheduled ? Execute("Evaluation completed", CompleteVerb, Clone(data), "positive") : null,
            referral.Stage is PipelineStage.Received or PipelineStage.NotReachable ? LogContact(data) : null,
            open && referral.Evaluation is null ? GiveBack(data) : null,
        ];

        var card = Card(body, actions);
        if (referral.Stage is PipelineStage.Received or PipelineStage.FirstContact or PipelineStage.EvaluationScheduled)
        {
            card["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = RefreshVerb, ["data"] = Clone(data) },
            };
        }

        return card;
    }

    private static JsonObject NoLongerYours(Referral referral) => Card(
    [
        Heading($"Referral {referral.Id} · no longer with you"),
        Text(referral.ReturnedToTriage is { } r && referral.AssignedTo is null
            ? $"{r.By.Name} gave it back to triage: {r.Describe()}. The intake team will find it another clinician."
            : referral.AssignedTo is { } who ? $"{who.Name} has this intake now." : "It is back with the intake team."),
        Text("The patient's details are no longer shown here.", size: "Small", subtle: true),
    ]);

    /// <summary>Declined, merged or closed: what became of it, and the patient only as the channel shows them (no details kept on the card).</summary>
    private static JsonObject Finished(Referral referral, IntakeCardHeading heading, TimeZoneInfo zone) => Card(
    [
        Heading(heading.Title, heading.Color),
        Text(heading.Status, size: "Small"),
        Facts(
        [
            ("Referral", referral.Id),
            ("Received", TimeZoneInfo.ConvertTime(referral.ReceivedAt, zone).ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture)),
            ("Patient", Join(referral.PatientInitials, referral.PatientAge is { } age ? $"age {age}" : null)),
            ("Referrer", referral.Referrer.Organization ?? referral.Referrer.Name),
        ]),
        Text("The patient's details are no longer shown here.", size: "Small", subtle: true),
    ]);

    private static JsonObject SlotChoice(IReadOnlyList<EvaluationSlot> slots, TimeZoneInfo zone) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = SlotInput,
        ["label"] = "Free evaluation times in your calendar",
        ["style"] = "expanded",
        ["isRequired"] = true,
        ["errorMessage"] = "Choose a time",
        ["value"] = SlotValue(slots[0]),
        ["choices"] = new JsonArray([.. slots.Select(s => (JsonNode)new JsonObject { ["title"] = Slot(s.Start, s.End, zone), ["value"] = SlotValue(s) })]),
    };

    private static JsonObject LogContact(JsonObject data) => ShowCard("Log contact",
    [
        Choice(TriageCard.ContactMethodInput, "How", "call", [("Phone call", "call"), ("Email", "email"), ("Text message", "text")]),
        Choice(OutcomeInput, "Outcome", "reached", [.. ContactOutcomes.All.Select(o => (o.Words, o.Value))]),
    ], Execute("Save contact", LogContactVerb, Clone(data)));

    private static JsonObject GiveBack(JsonObject data) => ShowCard("Give back to triage",
    [
        Choice(ReasonInput, "Why", IntakeReturnReasons.NoCapacity, [.. IntakeReturnReasons.All.Select(r => (r.Words, r.Code))]),
        new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = NoteInput,
            ["label"] = "Note for the intake team (shown in the triage channel: no patient details)",
            ["maxLength"] = 200,
        },
    ], Execute("Give back", ReturnVerb, Clone(data), "destructive"));

    private static JsonObject ShowCard(string title, IEnumerable<JsonNode?> body, JsonObject action) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = Card(body, [action]),
    };

    private static JsonObject Choice(string id, string label, string value, IEnumerable<(string Title, string Value)> choices) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["style"] = "expanded",
        ["value"] = value,
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };

    /// <summary>A slot as the card sends it back: its start in UTC, to the minute.</summary>
    public static string SlotValue(EvaluationSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot.Start.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
    }

    public static string Slot(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var from = TimeZoneInfo.ConvertTime(start, zone);
        var to = TimeZoneInfo.ConvertTime(end, zone);
        return $"{from.ToString("ddd d MMM, h:mm", CultureInfo.InvariantCulture)}–{to.ToString("h:mm tt", CultureInfo.InvariantCulture)}";
    }

    private static string? DateOfBirth(PatientDetails patient, Referral referral) => patient.DateOfBirth is { } dob
        ? $"{dob.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)}{(referral.PatientAge is { } age ? $" (age {age})" : string.Empty)}"
        : referral.PatientAge is { } years ? $"not stated (age {years})" : null;

    private static JsonObject Clone(JsonObject data) => (JsonObject)data.DeepClone();

    private static string? Join(string? first, string? second) =>
        string.IsNullOrWhiteSpace(first) ? second : string.IsNullOrWhiteSpace(second) ? first : $"{first}, {second}";
}
