using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Teams;
using OutreachBot.Protocol.Tests.Activities;

namespace OutreachBot.Protocol.Tests.Teams;

public sealed class MentionsTests
{
    private const string BotGuid = "7c1a3e55-2b1f-4c7e-9a50-0d6f8e2b4a11";

    [Fact]
    public void TextWithoutBotMention_OfChannelMessage_RemovesTheBotsAtTag()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.ChannelMessageWithMention);

        Assert.Equal("summary please", Mentions.TextWithoutBotMention(activity));
    }

    [Theory]
    [InlineData("28:" + BotGuid, BotGuid)]
    [InlineData(BotGuid, "28:" + BotGuid)]
    [InlineData("28:" + BotGuid, "28:" + BotGuid)]
    public void TextWithoutBotMention_WhenIdsDifferOnlyInThe28Prefix_RemovesTheMention(string recipientId, string mentionedId)
    {
        var activity = Message("<at>Outreach Bot</at>  assign   R-0042 ", recipientId, Mention("Outreach Bot", mentionedId));

        Assert.Equal("assign R-0042", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void TextWithoutBotMention_KeepsMentionsOfOtherUsers()
    {
        var activity = Message(
            "<at>Outreach Bot</at> assign to <at>Jane Doe</at>", "28:" + BotGuid,
            Mention("Outreach Bot", BotGuid), Mention("Jane Doe", "29:1JaneDoeMri"));

        Assert.Equal("assign to <at>Jane Doe</at>", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void TextWithoutBotMention_WhenNoEntityExplainsTheTag_LeavesTheText()
    {
        var activity = Message("<at>Outreach Bot</at> help", "28:" + BotGuid);

        Assert.Equal("<at>Outreach Bot</at> help", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void TextWithoutBotMention_WhenAnotherBotWithAnotherGuidIsMentioned_KeepsIt()
    {
        var activity = Message("<at>Other Bot</at> hi", "28:" + BotGuid, Mention("Other Bot", "28:00000000-0000-0000-0000-000000000001"));

        Assert.Equal("<at>Other Bot</at> hi", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void TextWithoutBotMention_WhenEntityMembersAreNotStrings_IgnoresThatEntity()
    {
        // As read from the wire: an entity whose members are numbers, one with a numeric type, then the real mention.
        var odd = JsonNode.Parse("""{"type":"mention","text":7,"mentioned":{"id":12}}""")!.AsObject();
        var numericType = JsonNode.Parse("""{"type":5}""")!.AsObject();
        var activity = Message("<at>Outreach Bot</at> help", "28:" + BotGuid, odd, numericType, Mention("Outreach Bot", BotGuid));

        Assert.Equal("help", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void AddMention_ReturnsTextWhoseAtTagIsTheEntitysText()
    {
        var reply = new Activity { Type = ActivityTypes.Message };
        var jane = new ChannelAccount { Id = "29:1JaneDoeMri", Name = "Jane Doe" };

        var text = Mentions.AddMention(reply, jane, "this referral is yours");

        var entity = Assert.Single(reply.Entities!);
        Assert.Equal("mention", entity["type"]?.GetValue<string>());
        Assert.Equal("<at>Jane Doe</at>", entity["text"]?.GetValue<string>());
        Assert.Equal("29:1JaneDoeMri", entity["mentioned"]?["id"]?.GetValue<string>());
        Assert.Equal("Jane Doe", entity["mentioned"]?["name"]?.GetValue<string>());
        Assert.Equal("<at>Jane Doe</at> this referral is yours", text);
    }

    [Fact]
    public void AddMention_WhenNameHasMarkup_EncodesItIdenticallyInTextAndEntity()
    {
        var reply = new Activity();

        var text = Mentions.AddMention(reply, new ChannelAccount { Id = "29:1", Name = "Ann <Lead> & Co" }, "hi");

        var tag = Assert.Single(reply.Entities!)["text"]!.GetValue<string>();
        Assert.Equal("<at>Ann &lt;Lead&gt; &amp; Co</at>", tag);
        Assert.StartsWith(tag, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMention_WhenAccountHasNoName_UsesItsId()
    {
        var reply = new Activity { Entities = [new JsonObject { ["type"] = "clientInfo" }] };

        var text = Mentions.AddMention(reply, new ChannelAccount { Id = "29:1NoName" }, "hi");

        Assert.Equal(2, reply.Entities.Count);
        Assert.Equal("<at>29:1NoName</at> hi", text);
        Assert.Equal("<at>29:1NoName</at>", reply.Entities[1]["text"]?.GetValue<string>());
    }

    private static JsonObject Mention(string name, string id) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    private static Activity Message(string text, string recipientId, params JsonObject[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = recipientId, Name = "Outreach Bot" },
        Entities = [.. entities],
    };
}
