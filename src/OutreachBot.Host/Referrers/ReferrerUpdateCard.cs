using System.Text.Json.Nodes;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Referrers;

/// <summary>The clinician's card to approve or edit an update to the referrer before it is sent (1:1 chat).</summary>
public static class ReferrerUpdateCard
{
    public const string SendVerb = "sendReferrerUpdate";
    public const string SkipVerb = "skipReferrerUpdate";
    public const string BodyInput = "updateBody";
    public const int MaxBodyLength = 4000;

    public static JsonObject For(Referral referral, ReferrerUpdateKind kind, string draft)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var data = new JsonObject { ["referralId"] = referral.Id, ["kind"] = kind.ToString() };
        return Card(
        [
            Heading(kind == ReferrerUpdateKind.EvaluationCompleted ? "Tell the referrer: evaluation completed" : "Tell the referrer: treatment goals set"),
            Text("Check the update below, edit it if you like, and send it. It goes to the referrer by email from the referral mailbox.", subtle: true),
            Facts(
            [
                ("To", string.Join(", ", new[] { referral.Referrer.Name, referral.Referrer.Organization }.Where(s => !string.IsNullOrWhiteSpace(s)))),
                ("Email", referral.Referrer.Email),
                ("Patient", referral.PatientInitials),
                ("Referral", referral.Id),
            ]),
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = BodyInput,
                ["label"] = "Update",
                ["isMultiline"] = true,
                ["isRequired"] = true,
                ["errorMessage"] = "The update cannot be empty.",
                ["maxLength"] = MaxBodyLength,
                ["value"] = draft,
            },
        ],
        [
            Execute("Send to referrer", SendVerb, data, style: "positive"),
            Execute("Don't send", SkipVerb, (JsonObject)data.DeepClone()),
        ]);
    }

    public static JsonObject Done(string heading, string detail) => Card([Heading(heading), Text(detail)]);
}
