using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Host.Cards;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Outreach;

/// <summary>What the follow-up prompt shows: the partner, the meeting that ended, and the email ready to go.</summary>
public sealed record AfterContactView(
    string PartnerId, string Organization, string MeetingSubject, DateTimeOffset MeetingEnd, string MeetingKey, string To, string Subject, string Body,
    IReadOnlyList<string> Attachments, DateOnly NextContact, string Pathway);

/// <summary>
/// The prompt a staff member gets in their 1:1 chat when a call or visit with a partner ends: a ready follow-up email
/// restating the referral pathway, the intake packet attached, a suggested next contact date, and one button to send.
/// </summary>
public static class AfterContactCard
{
    public const string SendVerb = "outreachSendAfterContact";

    public static JsonObject For(AfterContactView view, TimeZoneInfo zone, bool draftForReview)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ended = TimeZoneInfo.ConvertTime(view.MeetingEnd, zone).ToString("dddd d MMMM, h:mm tt", CultureInfo.InvariantCulture);
        var data = new JsonObject
        {
            ["partnerId"] = view.PartnerId,
            ["meeting"] = view.MeetingKey,
            ["pathway"] = view.Pathway,
            ["nextContact"] = view.NextContact.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return Card(
        [
            Heading($"Follow up with {view.Organization}"),
            Text($"“{view.MeetingSubject}” ended {ended}. Here is a follow-up email, ready to go.", subtle: true),
            Facts([
                ("To", view.To),
                ("Subject", view.Subject),
                ("Attached", string.Join(", ", view.Attachments)),
                ("Next contact", view.NextContact.ToString("dddd d MMMM", CultureInfo.InvariantCulture)),
            ]),
            new JsonObject { ["type"] = "Container", ["style"] = "emphasis", ["items"] = new JsonArray(PlainTextBlock.From(Shorten(view.Body))) },
        ],
        [
            Execute(draftForReview ? "Draft it in Outlook" : "Send follow-up", SendVerb, data, "positive"),
        ]);
    }

    private static string Shorten(string body) => body.Length <= 2000 ? body : body[..2000] + "…";
}
