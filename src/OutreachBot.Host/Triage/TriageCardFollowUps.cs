using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Triage;

/// <summary>
/// The triage card's parts for requesting missing information, declining and merging: a line saying what was done,
/// and the buttons (each opens a small form in the card, then one Action.Execute does it).
/// </summary>
public static class TriageCardFollowUps
{
    public const string RequestMissingInfoVerb = "requestMissingInfo";
    public const string DeclineVerb = "declineReferral";
    public const string ChooseMergeVerb = "chooseMerge";
    public const string MergeVerb = "mergeReferral";
    public const string RequestInput = "request";
    public const string MissingItemInputPrefix = "missing";
    public const string OtherItemsInput = "otherItems";
    public const string DeclineReasonInput = "declineReason";
    public const string DeclineNoteInput = "declineNote";
    public const string MergeWithInput = "mergeWith";
    public const string MergeWithIdInput = "mergeWithId";
    private const int MaxItems = 12;

    /// <summary>What the card says was done: the last request for information, the decline, the merge.</summary>
    public static JsonObject? Status(Referral referral, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.MergedInto is { } survivor)
        {
            return Text($"Duplicate: merged into {survivor}. Work continues on that referral's card.", weight: "Bolder", color: "Accent");
        }

        if (referral.Stage == PipelineStage.Declined)
        {
            var told = referral.Referrer.Email is null ? "No email address: tell the referrer by phone." : "The referrer was told by email.";
            return Text($"Declined: {DeclineReasons.TitleOf(referral.DeclineReason)}. {told}", weight: "Bolder", color: "Attention");
        }

        var lines = new List<string>();
        if (referral.InfoRequestedAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, clinicZone).ToString("ddd d MMM, h:mm tt", CultureInfo.InvariantCulture);
            lines.Add(referral.InfoRequests > 1 ? $"Info requested {local} (request {referral.InfoRequests})" : $"Info requested {local}");
        }

        if (referral.MergedDuplicates.Count > 0)
        {
            lines.Add("Duplicates merged in: " + string.Join(", ", referral.MergedDuplicates));
        }

        // One TextBlock per line: Teams' markdown joins single line breaks into one line.
        return lines.Count == 0 ? null : new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray([.. lines.Select(line => (JsonNode)Text(line, size: "Small", weight: "Bolder", color: "Accent"))]),
        };
    }

    /// <summary>The buttons the viewer may use: request missing information, decline, merge (open referrals only).</summary>
    public static IEnumerable<JsonNode?> Actions(Referral referral, TriageViewer? viewer)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (!referral.IsOpen || referral.Stage is not (PipelineStage.Received or PipelineStage.FirstContact) || viewer is null)
        {
            yield break;
        }

        if (viewer.CanRequestMissingInfo && referral.Referrer.Email is not null)
        {
            yield return MissingInfoForm(referral);
        }

        if (viewer.CanDecline)
        {
            yield return DeclineForm(referral);
        }

        if (viewer.CanMerge)
        {
            yield return Execute("Merge…", ChooseMergeVerb, Data(referral));
        }
    }

    private static JsonObject MissingInfoForm(Referral referral)
    {
        var items = referral.MissingItems.Take(MaxItems).Select((item, i) => (JsonNode)new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = MissingItemInputPrefix + i.ToString(CultureInfo.InvariantCulture),
            ["title"] = item,
            ["value"] = item,
            ["valueOn"] = item,
            ["valueOff"] = string.Empty,
        });
        var data = Data(referral);
        data[RequestInput] = (referral.InfoRequests + 1).ToString(CultureInfo.InvariantCulture);
        JsonNode?[] body =
        [
            Text(referral.MissingItems.Count > 0 ? "Ask the referrer for:" : "Nothing was found missing. Ask the referrer for:", weight: "Bolder", size: "Small"),
            .. items,
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = OtherItemsInput,
                ["label"] = "Anything else (one per line)",
                ["isMultiline"] = true,
                ["maxLength"] = 500,
            },
        ];
        return ShowCard(referral.InfoRequests > 0 ? "Request info again…" : "Request missing info…",
            body, Execute("Email the referrer", RequestMissingInfoVerb, data));
    }

    private static JsonObject DeclineForm(Referral referral) => ShowCard("Decline…",
    [
        new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = DeclineReasonInput,
            ["label"] = "Reason",
            ["style"] = "expanded",
            ["isRequired"] = true,
            ["errorMessage"] = "Choose a reason",
            ["choices"] = new JsonArray([.. DeclineReasons.All.Select(r => (JsonNode)new JsonObject { ["title"] = r.Title, ["value"] = r.Code })]),
        },
        new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = DeclineNoteInput,
            ["label"] = "For \"Other\": why (kept for the clinic, not sent)",
            ["maxLength"] = 200,
        },
        Text("The referrer gets a short, polite email with no clinical details.", size: "Small", subtle: true),
    ], Execute("Decline and tell the referrer", DeclineVerb, Data(referral), "destructive"));

    private static JsonObject ShowCard(string title, IEnumerable<JsonNode?> body, JsonObject action) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray([.. body.Where(e => e is not null)]),
            ["actions"] = new JsonArray(action),
        },
    };

    private static JsonObject Data(Referral referral) => new() { ["referralId"] = referral.Id };
}
