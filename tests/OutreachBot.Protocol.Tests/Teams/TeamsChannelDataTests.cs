using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Teams;
using OutreachBot.Protocol.Tests.Activities;

namespace OutreachBot.Protocol.Tests.Teams;

public sealed class TeamsChannelDataTests
{
    [Fact]
    public void Read_ChannelMessage_GivesTenantTeamAndChannel()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.ChannelMessageWithMention);

        Assert.Equal("3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", TeamsChannelData.TenantId(activity));
        Assert.Equal("19:TeamThreadId-0123456789abcdef@thread.tacv2", TeamsChannelData.TeamId(activity));
        Assert.Equal("Clinic Team", TeamsChannelData.TeamName(activity));
        Assert.Equal("19:aa11bb22cc33dd44ee55ff6677889900@thread.tacv2", TeamsChannelData.ChannelId(activity));
        Assert.Equal("Intake", TeamsChannelData.ChannelName(activity));
    }

    [Fact]
    public void Read_PersonalInvoke_HasTenantButNoTeamOrChannel()
    {
        var activity = ActivityFixtures.Read(ActivityFixtures.InvokeAdaptiveCardAction);

        Assert.Equal("3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", TeamsChannelData.TenantId(activity));
        Assert.Null(TeamsChannelData.TeamId(activity));
        Assert.Null(TeamsChannelData.ChannelId(activity));
    }

    [Fact]
    public void TenantId_WhenChannelDataHasNoTenant_FallsBackToConversation()
    {
        var activity = new Activity { Conversation = new ConversationAccount { TenantId = "conversation-tenant" } };

        Assert.Equal("conversation-tenant", TeamsChannelData.TenantId(activity));
    }

    [Fact]
    public void Read_WhenMembersHaveUnexpectedShapes_GivesNullInsteadOfThrowing()
    {
        var activity = new Activity
        {
            ChannelData = new JsonObject
            {
                ["tenant"] = "not-an-object",
                ["team"] = new JsonObject { ["id"] = 42 },
                ["channel"] = new JsonArray(),
            },
        };

        Assert.Null(TeamsChannelData.TenantId(activity));
        Assert.Null(TeamsChannelData.TeamId(activity));
        Assert.Null(TeamsChannelData.ChannelId(activity));
    }
}
