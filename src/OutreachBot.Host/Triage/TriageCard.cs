using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Referrals;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Triage;

/// <summary>
/// The card a referral gets in the triage channel. The patient appears only as initials and age (minimum necessary
/// for a channel everyone on the intake team reads).
/// </summary>
public static class TriageCard
{
    public const string AssignToMeVerb = "assignToMe";
    private const int MaxSignalLength = 200;

    public static JsonObject For(Referral referral, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var urgent = referral.Urgency == Urgency.Urgent;
        var received = TimeZoneInfo.ConvertTime(referral.ReceivedAt, clinicZone);
        // Five short lines at most: signals quote the message, and Teams refuses a message much over 28 KB.
        var signals = referral.Signals.Take(5).Select(s => "- " + (s.Length > MaxSignalLength ? s[..MaxSignalLength] + "…" : s));

        JsonNode?[] body =
        [
            Heading($"{(urgent ? "URGENT · " : string.Empty)}New referral · {PathwayName(referral.Pathway)}", urgent ? "Attention" : null),
            Facts(
            [
                ("Referral", referral.Id),
                ("Received", received.ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture)),
                ("Referrer", Join(referral.Referrer.Name, referral.Referrer.Organization)),
                ("Role", RoleName(referral.Referrer.Role)),
                ("Patient", Join(referral.PatientInitials, referral.PatientAge is { } age ? $"age {age}" : null) ?? "not stated"),
                ("Urgency", urgent ? "Urgent" : "Routine"),
                ("Intake", referral.AssignedTo is { } who ? $"Assigned to {who.Name}" : "Not assigned yet"),
            ]),
            signals.Any() ? Text("Why this looks like a referral", weight: "Bolder", size: "Small") : null,
            signals.Any() ? Text(string.Join("\n", signals), size: "Small", subtle: true) : null,
        ];

        var actions = referral.AssignedTo is null
            ? new JsonNode?[] { Execute("Assign to me", AssignToMeVerb, new JsonObject { ["referralId"] = referral.Id }, "positive") }
            : [];
        return Card(body, actions);
    }

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
}
