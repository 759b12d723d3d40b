using System.Text.Json.Nodes;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Referrers;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Partners;

/// <summary>
/// One partner as staff see it: setting, pathways, stage, people, last contact, referral figures, recent history, and
/// the actions (log a contact, record feedback, monthly updates, referrer-update preference, edit). Each action carries
/// a key made when the card was built, so a retried click records nothing twice. No patient data.
/// </summary>
public static class PartnerCard
{
    public const string LogContactVerb = "partnerLogContact";
    public const string FeedbackVerb = "partnerFeedback";
    public const string UpdatesVerb = "partnerUpdates";
    public const string ReferrerUpdatesVerb = "partnerReferrerUpdates";
    public const string EditVerb = "partnerEdit";
    public const string MethodInput = "method";
    public const string OutcomeInput = "outcome";
    public const string FeedbackInput = "feedback";
    public const string PreferenceInput = "preference";
    public const string FeedbackQuestion = "What information helps you most?";
    private const int HistoryShown = 6;
    private static readonly string[] ContactMethods = ["Call", "Email", "Visit"];

    public static JsonObject For(Partner partner, IReadOnlyList<PartnerActivity> history, TimeZoneInfo zone, string actionKey, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(history);
        JsonObject Data(JsonObject? more = null)
        {
            var data = new JsonObject { ["partnerId"] = partner.Id, ["key"] = actionKey };
            foreach (var (name, value) in more ?? [])
            {
                data[name] = value?.DeepClone();
            }

            return data;
        }

        return Card(
        [
            Heading(partner.Organization),
            notice is null ? null : Text(notice, color: "Good"),
            Facts(
            [
                ("Setting", PartnerText.Setting(partner.Setting)),
                ("Pathways", partner.Pathways.Count == 0 ? "not set" : string.Join(", ", partner.Pathways)),
                ("Stage", PartnerText.Stage(partner.Stage)),
                ("Preferred channel", PartnerText.Channel(partner.PreferredChannel)),
                ("Last contact", PartnerText.Date(partner.LastContactAt, zone)),
                ("Referrals", PartnerText.Figures(partner.Referrals, zone)),
                ("Monthly updates", partner.UpdatesOptedIn ? "opted in" : "not opted in"),
                ("Referrer updates", PartnerText.Preference(partner.UpdatePreference)),
                ("Feedback", partner.Feedback),
            ]),
            Text("People", weight: "Bolder"),
            partner.People.Count == 0
                ? Text("No contacts yet.", subtle: true)
                : Facts(partner.People.Take(10).Select(p => (string.IsNullOrWhiteSpace(p.Name) ? "(no name)" : p.Name, (string?)Person(p)))),
            Text("Recent history", weight: "Bolder"),
            history.Count == 0
                ? Text("Nothing recorded yet.", subtle: true)
                : Facts(history.TakeLast(HistoryShown).Reverse().Select(h => (PartnerText.Date(h.At, zone), (string?)(PartnerText.Activity(h.Kind) + (h.Note is { Length: > 0 } n ? ": " + Clip(n) : string.Empty))))),
        ],
        [
            ShowCard("Log contact", Card(
            [
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = MethodInput, ["label"] = "How", ["style"] = "expanded", ["value"] = "Call",
                    ["choices"] = new JsonArray([.. ContactMethods.Select(c => (JsonNode)new JsonObject { ["title"] = c, ["value"] = c })]),
                },
                new JsonObject { ["type"] = "Input.Text", ["id"] = OutcomeInput, ["label"] = "Outcome", ["isMultiline"] = true, ["maxLength"] = 500, ["placeholder"] = "What was agreed, next step" },
            ], [Execute("Log contact", LogContactVerb, Data(), "positive")])),
            ShowCard("Record feedback", Card(
            [
                new JsonObject { ["type"] = "Input.Text", ["id"] = FeedbackInput, ["label"] = FeedbackQuestion, ["isMultiline"] = true, ["maxLength"] = 500, ["value"] = partner.Feedback ?? string.Empty },
            ], [Execute("Save feedback", FeedbackVerb, Data(), "positive")])),
            Execute(partner.UpdatesOptedIn ? "Opt out of monthly updates" : "Opt in to monthly updates", UpdatesVerb, Data(new JsonObject { ["optIn"] = !partner.UpdatesOptedIn })),
            ShowCard("Referrer updates", Card(
            [
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = PreferenceInput, ["label"] = "Updates about the patients they refer", ["style"] = "expanded",
                    ["value"] = partner.UpdatePreference.ToString(),
                    ["choices"] = new JsonArray([.. Enum.GetValues<ReferrerUpdatePreference>().Select(p => (JsonNode)new JsonObject { ["title"] = PartnerText.Preference(p), ["value"] = p.ToString() })]),
                },
            ], [Execute("Save", ReferrerUpdatesVerb, Data(), "positive")])),
            Execute("Edit", EditVerb, Data()),
        ]);
    }

    private static string Person(PartnerPerson person)
    {
        var parts = new List<string>();
        if (person.Role is { } role) { parts.Add(PartnerText.Role(role)); }
        if (person.Email is { Length: > 0 } email) { parts.Add(person.EmailBounced ? email + " (bounced)" : email); }
        if (person.Phone is { Length: > 0 } phone) { parts.Add(phone); }
        return parts.Count == 0 ? "no contact details" : string.Join(" · ", parts);
    }

    private static string Clip(string note) => note.Length <= 160 ? note : note[..157] + "...";

    private static JsonObject ShowCard(string title, JsonObject card) => new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };
}
