using System.Text.Json;
using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Tests.Activities;

public sealed class ActivityRoundTripTests
{
    [Theory]
    [InlineData(ActivityFixtures.ChannelMessageWithMention)]
    [InlineData(ActivityFixtures.InvokeAdaptiveCardAction)]
    [InlineData(ActivityFixtures.OutgoingMessageWithCard)]
    [InlineData(ActivityFixtures.ConversationUpdateMembersAdded)]
    public void RoundTrip_OfTeamsActivity_WritesBackEqualJson(string fixture)
    {
        var original = JsonNode.Parse(ActivityFixtures.ReadJson(fixture))!.AsObject();

        var activity = JsonSerializer.Deserialize<Activity>(original.ToJsonString(), ActivityJson.Options);
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ActivityJson.Options))!.AsObject();

        // Timestamp is a DateTimeOffset: Teams writes UTC as "Z", System.Text.Json as "+00:00" (as the Bot Framework
        // SDK's Newtonsoft settings do). Both are the same ISO 8601 UTC instant, so that one member is compared as one.
        Assert.Equal(Instant(original), Instant(written));
        Assert.Equal(Instant(original)?.Offset, Instant(written)?.Offset);
        original.Remove("timestamp");
        written.Remove("timestamp");
        Assert.True(JsonNode.DeepEquals(original, written), $"Expected:\n{original}\nWritten:\n{written}");
    }

    [Fact]
    public void Read_ChannelMessage_KeepsUnknownMembersInExtensionData()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.ChannelMessageWithMention);

        Assert.NotNull(activity.ExtensionData);
        Assert.Equal("America/New_York", activity.ExtensionData["localTimezone"].GetString());
        Assert.Equal("2026-03-02T04:00:01.1234567-05:00", activity.ExtensionData["localTimestamp"].GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 1, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
    }

    [Fact]
    public void Read_ChannelMessage_KeepsChannelDataEntitiesAndAttachments()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.ChannelMessageWithMention);

        Assert.Equal("19:TeamThreadId-0123456789abcdef@thread.tacv2", activity.ChannelData?["teamsTeamId"]?.GetValue<string>());
        Assert.Equal(2, activity.Entities?.Count);
        Assert.Equal("clientInfo", activity.Entities![1]["type"]?.GetValue<string>());
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("text/html", attachment.ContentType);
        Assert.StartsWith("<p><span itemtype=", attachment.Content?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Invoke_KeepsValueWithNumbersBooleansAndNulls()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.InvokeAdaptiveCardAction);

        var data = activity.Value?["action"]?["data"];
        Assert.Equal("R-0042", data?["referralId"]?.GetValue<string>());
        Assert.Equal(2.5, data?["weight"]?.GetValue<double>());
        Assert.True(JsonNode.DeepEquals(new JsonArray(true, null), data?["flags"]));
    }

    [Fact]
    public void Read_OutgoingMessage_KeepsUnknownMembersOfAttachmentsAndAccounts()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.OutgoingMessageWithCard);

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal("https://example.invalid/thumb.png", attachment.ExtensionData?["thumbnailUrl"].GetString());
        Assert.Equal("1.5", attachment.Content?["version"]?.GetValue<string>());
        Assert.False(activity.ExtensionData?["isTargeted"].GetBoolean());
        Assert.Equal("user", activity.Recipient?.Role);
    }

    [Fact]
    public void Write_NewActivity_IsCamelCaseWithoutNulls()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Hello", ReplyToId = null };

        var json = JsonSerializer.Serialize(activity, ActivityJson.Options);

        Assert.Equal("""{"type":"message","text":"Hello"}""", json);
    }

    private static DateTimeOffset? Instant(JsonObject activity) =>
        activity["timestamp"]?.GetValue<DateTimeOffset>();
}
