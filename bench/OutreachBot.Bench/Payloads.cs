using System.Text;

namespace OutreachBot.Bench;

/// <summary>
/// Teams-shaped activities (modelled on a channel message with an @mention and an <c>adaptiveCard/action</c> invoke;
/// fictional ids), split around the activity id so each request carries a fresh one without re-serialising. The id
/// also names the message's channel thread, so the bot's per-conversation pacing (Teams' 7 sends a second per
/// conversation) measures many conversations, as a clinic has, and not one conversation's limit.
/// </summary>
internal sealed class Payload
{
    private const string IdMarker = "__ACTIVITY_ID__";
    private readonly byte[][] _parts;
    private readonly string _idPrefix;
    private long _next;

    private Payload(string name, string json, string idPrefix)
    {
        Name = name;
        _parts = [.. json.Split(IdMarker).Select(Encoding.UTF8.GetBytes)];
        _idPrefix = idPrefix;
    }

    public string Name { get; }

    /// <summary>The body of the next request: the same activity with a new id (so no redelivery filter drops it).</summary>
    public byte[] Next()
    {
        var id = Encoding.UTF8.GetBytes(_idPrefix + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = new byte[_parts.Sum(p => p.Length) + (id.Length * (_parts.Length - 1))];
        var at = 0;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (i > 0)
            {
                id.CopyTo(body, at);
                at += id.Length;
            }

            _parts[i].CopyTo(body, at);
            at += _parts[i].Length;
        }

        return body;
    }

    public static Payload Message(string serviceUrl, string run) => new("message", $$"""
        {
          "type": "message",
          "channelId": "msteams",
          "text": "<at>Bench Bot</at> hello from the bench",
          "id": "{{IdMarker}}",
          "serviceUrl": "{{serviceUrl}}",
          "channelData": {
            "teamsChannelId": "19:0a1b2c3d4e5f40718293a4b5c6d7e8f9@thread.tacv2",
            "teamsTeamId": "19:benchteam000000000000000000000000@thread.tacv2",
            "channel": { "id": "19:0a1b2c3d4e5f40718293a4b5c6d7e8f9@thread.tacv2" },
            "team": { "id": "19:benchteam000000000000000000000000@thread.tacv2" },
            "tenant": { "id": "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d" }
          },
          "from": { "id": "29:1benchuser000000000000000000000000000000000000", "name": "Bench User", "aadObjectId": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d" },
          "recipient": { "id": "28:5b0f1d7e-8c2a-4e61-9f3b-2a7c4d8e6f10", "name": "Bench Bot" },
          "conversation": {
            "id": "19:bench-{{IdMarker}}@thread.tacv2;messageid=1700000000000",
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"
          },
          "entities": [
            { "mentioned": { "id": "28:5b0f1d7e-8c2a-4e61-9f3b-2a7c4d8e6f10", "name": "Bench Bot" }, "text": "<at>Bench Bot</at>", "type": "mention" },
            { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "America/Chicago", "type": "clientInfo" }
          ],
          "textFormat": "plain",
          "attachments": [ { "contentType": "text/html", "content": "<p><span itemtype=\"http://schema.skype.com/Mention\" itemscope=\"\" itemid=\"0\">Bench Bot</span>&nbsp;hello from the bench</p>" } ],
          "timestamp": "2025-10-08T17:33:01.4953744Z",
          "localTimestamp": "2025-10-08T12:33:01.4953744-05:00",
          "locale": "en-US",
          "localTimezone": "America/Chicago"
        }
        """, $"{run}-m-");

    public static Payload CardAction(string serviceUrl, string run) => new("card-action", $$"""
        {
          "type": "invoke",
          "name": "adaptiveCard/action",
          "channelId": "msteams",
          "id": "{{IdMarker}}",
          "serviceUrl": "{{serviceUrl}}",
          "channelData": { "tenant": { "id": "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d" }, "source": { "name": "message" } },
          "from": { "id": "29:1benchuser000000000000000000000000000000000000", "name": "Bench User", "aadObjectId": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d" },
          "recipient": { "id": "28:5b0f1d7e-8c2a-4e61-9f3b-2a7c4d8e6f10", "name": "Bench Bot" },
          "conversation": { "id": "a:1benchpersonalchat0000000000000000000000", "conversationType": "personal", "tenantId": "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d" },
          "entities": [ { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "America/Chicago", "type": "clientInfo" } ],
          "value": {
            "action": { "type": "Action.Execute", "title": "Assign to me", "verb": "assignToMe", "data": { "referralId": "r-0001" } },
            "trigger": "manual"
          },
          "timestamp": "2026-01-07T06:04:59.89Z",
          "replyToId": "1700000000001",
          "locale": "en-US"
        }
        """, $"{run}-i-");
}
