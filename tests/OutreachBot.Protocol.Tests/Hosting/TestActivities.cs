using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Invokes;
using OutreachBot.Protocol.Tests.Authentication;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>Inbound activities as Teams posts them, on the service URL the test tokens carry.</summary>
public static class TestActivities
{
    public const string ConversationId = "a:1PersonalChatIdForTheIntakeCoordinator-0123456789";

    public static JsonObject Message(string id, string conversationId = ConversationId) =>
        Activity(ActivityTypes.Message, id, conversationId, activity => activity["text"] = "summary");

    public static JsonObject Invoke(string id, string name, JsonNode? value) =>
        Activity(ActivityTypes.Invoke, id, ConversationId, activity =>
        {
            activity["name"] = name;
            activity["value"] = value;
        });

    public static JsonObject CardAction(string id, string verb) =>
        Invoke(id, AdaptiveCardAction.InvokeName, new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = new JsonObject { ["referralId"] = "R-0042" },
            },
            ["trigger"] = "manual",
        });

    private static JsonObject Activity(string type, string id, string conversationId, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = TestTokens.Channel,
            ["serviceUrl"] = TestTokens.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:1UserMri", ["name"] = "Dana Whitfield", ["aadObjectId"] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
            ["recipient"] = new JsonObject { ["id"] = $"28:{TestTokens.AppId}", ["name"] = "Outreach Bot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = "personal",
                ["tenantId"] = TestTokens.ClinicTenantId,
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestTokens.ClinicTenantId } },
        };
        fill(activity);
        return activity;
    }
}
