using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Referrals;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Triage;

/// <summary>
/// The card the person who clicked "Merge…" sees (only they see it): the likely duplicates of this referral to pick
/// from, or a referral id to type. The earlier referral stays; the later one is closed as its duplicate.
/// </summary>
public static class MergePickerCard
{
    public static JsonObject For(Referral referral, IReadOnlyList<Referral> candidates, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(candidates);
        var data = new JsonObject { ["referralId"] = referral.Id };
        JsonNode?[] body =
        [
            Heading($"Merge {referral.Id} with another referral"),
            Text($"This one: {Describe(referral, clinicZone)}", size: "Small"),
            Text("The referral received first stays; the other is closed as its duplicate, and what it knew is added to the one that stays.", size: "Small", subtle: true),
            candidates.Count == 0
                ? Text("No open referral in the last 30 days has the same referrer or the same patient initials and age.", size: "Small", color: "Warning")
                : new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = TriageCardFollowUps.MergeWithInput,
                    ["label"] = "Likely duplicates (same referrer, or same patient initials and age)",
                    ["style"] = "expanded",
                    ["choices"] = new JsonArray([.. candidates.Select(c => (JsonNode)new JsonObject { ["title"] = Describe(c, clinicZone, withId: true), ["value"] = c.Id })]),
                },
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = TriageCardFollowUps.MergeWithIdInput,
                ["label"] = "Or type the other referral's id",
                ["placeholder"] = "R-…",
                ["maxLength"] = 20,
            },
        ];
        return Card(body,
        [
            Execute("Merge", TriageCardFollowUps.MergeVerb, (JsonObject)data.DeepClone(), "positive"),
            Execute("Cancel", TriageCard.RefreshVerb, (JsonObject)data.DeepClone()),
        ]);
    }

    private static string Describe(Referral r, TimeZoneInfo zone, bool withId = false)
    {
        var received = TimeZoneInfo.ConvertTime(r.ReceivedAt, zone).ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture);
        var patient = r.PatientInitials is { } initials ? (r.PatientAge is { } age ? $"{initials} age {age}" : initials) : "patient not stated";
        string?[] parts = [withId ? r.Id : null, patient, r.Referrer.Organization ?? r.Referrer.Name, TriageCard.PathwayName(r.Pathway), $"received {received}"];
        return string.Join(" · ", parts.OfType<string>());
    }
}
