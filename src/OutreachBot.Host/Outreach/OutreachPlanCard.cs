using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Host.Outreach.Materials;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Outreach;

/// <summary>
/// The monthly outreach plan: for each item the partner, why it was chosen, whom an email would go to, and one-click
/// actions: send (or draft) the email with the pathway's materials, schedule a call or visit, log the outcome.
/// Partners only; no patient data.
/// </summary>
public static class OutreachPlanCard
{
    public const string EmailVerb = "outreachEmail";
    public const string ScheduleVerb = "outreachSchedule";
    public const string LogOutcomeVerb = "outreachLogOutcome";

    public static readonly string[] Outcomes = ["Reached: interested", "Reached: not now", "Left a message", "No answer"];

    public static JsonObject For(OutreachPlan plan, int partnersConsidered, bool draftForReview, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var month = plan.Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var body = new List<JsonNode?>
        {
            Heading($"Outreach plan for {month}"),
            Text($"Chosen from {partnersConsidered} {(partnersConsidered == 1 ? "partner" : "partners")}: lapsed sources, new partners without a first referral, and the moments coming up. Nobody contacted in the last weeks.", subtle: true),
        };
        if (plan.Items.Count == 0)
        {
            body.Add(Text("Nothing to suggest this month: every partner has been contacted recently, or the directory is empty. Add partners with **partner add**."));
        }

        for (var i = 0; i < plan.Items.Count; i++)
        {
            body.Add(Item(plan, plan.Items[i], i, draftForReview, today));
        }

        return Card(body);
    }

    private static JsonObject Item(OutreachPlan plan, OutreachPlanItem item, int index, bool draftForReview, DateOnly today)
    {
        var partner = item.Partner;
        var person = PartnerEmails.RecipientOf(partner);
        var pathway = MaterialsLibrary.PathwayFor(partner, item.Pathway);
        var purpose = item.Kind switch
        {
            OutreachPlanItemKind.ReachOut => OutreachEmailPurpose.ReachOut,
            OutreachPlanItemKind.FollowUp => OutreachEmailPurpose.FollowUp,
            _ => OutreachEmailPurpose.Update,
        };
        var data = new JsonObject
        {
            ["partnerId"] = partner.Id,
            ["purpose"] = purpose.ToString(),
            ["pathway"] = pathway.ToString(),
            ["month"] = plan.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["item"] = index.ToString(CultureInfo.InvariantCulture),
        };
        var title = item.Kind switch
        {
            OutreachPlanItemKind.ReachOut => "Reach out",
            OutreachPlanItemKind.FollowUp => "Follow up",
            _ => "Partner update",
        };
        var attached = purpose.Materials().Length == 0 ? "no attachments" : $"{MaterialsLibrary.NameOf(pathway)}: " + string.Join(" and ", purpose.Materials().Select(m => m == MaterialKind.Sheet ? "one-page sheet" : "intake packet"));
        var actions = new JsonArray();
        if (person is not null)
        {
            actions.Add(Execute(draftForReview ? "Draft email in Outlook" : "Send email", EmailVerb, (JsonObject)data.DeepClone(), "positive"));
        }

        actions.Add(ShowCard("Schedule call or visit", [
            Input("Input.Date", $"date-{index}", "Day", today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Input("Input.Time", $"time-{index}", "Time", "10:00"),
            Choices($"how-{index}", "Call or visit", ["Call", "Visit"]),
        ], Execute("Schedule", ScheduleVerb, (JsonObject)data.DeepClone())));
        actions.Add(ShowCard("Log outcome", [
            Choices($"outcome-{index}", "Outcome", Outcomes),
            new JsonObject { ["type"] = "Input.Text", ["id"] = $"note-{index}", ["label"] = "Note (no patient details)", ["isMultiline"] = true, ["maxLength"] = 500 },
        ], Execute("Log outcome", LogOutcomeVerb, (JsonObject)data.DeepClone())));

        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "Medium",
            ["items"] = new JsonArray(
                Text($"{title}: {partner.Organization}", weight: "Bolder"),
                Text("Why: " + item.Why),
                Facts([
                    ("Email to", person is null ? "no address that has not bounced" : $"{person.Name} ({person.Email})"),
                    ("Attached", attached),
                    ("Stage", partner.Stage.ToString()),
                    ("Referrals", partner.Referrals.Referrals.ToString(CultureInfo.InvariantCulture)),
                ]),
                new JsonObject { ["type"] = "ActionSet", ["actions"] = actions }),
        };
    }

    private static JsonObject ShowCard(string title, JsonNode[] inputs, JsonObject submit) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(inputs),
            ["actions"] = new JsonArray(submit),
        },
    };

    private static JsonObject Input(string type, string id, string label, string value) => new() { ["type"] = type, ["id"] = id, ["label"] = label, ["value"] = value, ["isRequired"] = true };

    private static JsonObject Choices(string id, string label, string[] choices) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["value"] = choices[0],
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c, ["value"] = c })]),
    };
}
