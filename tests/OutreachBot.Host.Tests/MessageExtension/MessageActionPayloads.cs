using System.Text.Json.Nodes;

namespace OutreachBot.Host.Tests.MessageExtension;

/// <summary>
/// composeExtension invokes in the shape Teams sends them (Teams docs, action commands: value.commandId,
/// commandContext "message", messagePayload with id, createdDateTime, from.user, body.contentType/content; submitAction
/// adds data with the dialog's inputs), written here with fictional people (.example domains, 555 numbers).
/// </summary>
public static class MessageActionPayloads
{
    public const string IntakeAadId = "00000000-0000-0000-0000-0000000000a1";
    public const string StrangerAadId = "00000000-0000-0000-0000-0000000000f9";

    public const string ReferralHtml = """
        <div><p>Hello,</p><p>I am referring my patient Gregory Hale (DOB 03/14/1971) for occupational therapy, evaluate and treat.<br>
        Diagnosis: S62.101A, right distal radius fracture, s/p ORIF, POD 6. Decreased grip strength and wrist ROM.<br>
        Please see him urgently. Patient phone (555) 410-2233. Signed order attached.</p>
        <p>Rosa Delgado, MD<br>Northfield Orthopedics<br>Phone (555) 200-1000 | Fax (555) 200-1001</p></div>
        """;

    /// <summary>A message payload as Teams sends it for a chat message (no Internet Message-ID).</summary>
    public static JsonObject TeamsMessage(string id, string html = ReferralHtml, string createdDateTime = "2026-11-24T15:40:00.000Z") => new()
    {
        ["id"] = id,
        ["replyToId"] = null,
        ["createdDateTime"] = createdDateTime,
        ["messageType"] = "message",
        ["importance"] = "normal",
        ["locale"] = "en-us",
        ["from"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-0000000000b2", ["displayName"] = "Rosa Delgado", ["userIdentityType"] = "aadUser" },
        },
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
        ["attachments"] = new JsonArray(),
        ["mentions"] = new JsonArray(),
        ["reactions"] = new JsonArray(),
    };

    public static JsonObject Invoke(string name, string commandId, JsonObject? messagePayload, JsonObject? data = null, string from = IntakeAadId, string channelId = "msteams") => new()
    {
        ["type"] = "invoke",
        ["name"] = name,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["timestamp"] = "2026-11-24T15:41:00.000Z",
        ["from"] = new JsonObject { ["id"] = "29:user-" + from, ["name"] = "Staff member", ["aadObjectId"] = from },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "OutreachBot" },
        ["conversation"] = new JsonObject { ["id"] = "19:referrals@thread.tacv2;messageid=1700000000000", ["conversationType"] = "channel", ["tenantId"] = "00000000-0000-0000-0000-000000000001" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-000000000001" }, ["source"] = new JsonObject { ["name"] = "message" } },
        ["value"] = new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["messagePayload"] = messagePayload,
            ["data"] = data,
            ["context"] = new JsonObject { ["theme"] = "default" },
        },
    };
}
