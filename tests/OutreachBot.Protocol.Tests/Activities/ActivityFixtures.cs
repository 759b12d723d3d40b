using System.Text.Json;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Tests.Activities;

/// <summary>The Teams-shaped activity JSON files copied next to the test assembly.</summary>
public static class ActivityFixtures
{
    public const string ChannelMessageWithMention = "channel-message-with-mention.json";
    public const string InvokeAdaptiveCardAction = "invoke-adaptive-card-action.json";
    public const string OutgoingMessageWithCard = "outgoing-message-with-card.json";
    public const string ConversationUpdateMembersAdded = "conversation-update-members-added.json";

    public static string ReadJson(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Activities", "Fixtures", name));

    public static Activity Read(string name) =>
        JsonSerializer.Deserialize<Activity>(ReadJson(name), ActivityJson.Options)
        ?? throw new InvalidOperationException($"{name} is not an activity.");
}
