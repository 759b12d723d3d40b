using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Intake;

/// <summary>What an intake card's action sends: the referral, the assignment the card was drawn for, and the inputs.</summary>
public sealed record IntakeCardInput(
    string? ReferralId,
    DateTimeOffset? Assignment,
    int ContactAttempts,
    string? Slot,
    string? Reason,
    string? Note,
    string? Method,
    string? Outcome,
    string? Clinician)
{
    public const string ClinicianInput = "clinician";

    public static IntakeCardInput From(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new IntakeCardInput(
            Read(data, "referralId"),
            long.TryParse(Read(data, "assignment"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            int.TryParse(Read(data, "contactAttempts"), NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) ? attempts : int.MaxValue,
            Read(data, ClinicianIntakeCard.SlotInput),
            Read(data, ClinicianIntakeCard.ReasonInput),
            Read(data, ClinicianIntakeCard.NoteInput) is { } note && note.Length > 200 ? note[..200] : Read(data, ClinicianIntakeCard.NoteInput),
            Read(data, TriageCard.ContactMethodInput),
            Read(data, ClinicianIntakeCard.OutcomeInput),
            Read(data, ClinicianInput));
    }

    /// <summary>The chosen slot's start, from the card's value.</summary>
    public DateTimeOffset? SlotStart =>
        DateTimeOffset.TryParseExact(Slot, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start) ? start : null;

    private static string? Read(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
