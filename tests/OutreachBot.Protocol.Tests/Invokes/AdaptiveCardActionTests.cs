using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Invokes;
using OutreachBot.Protocol.Tests.Activities;

namespace OutreachBot.Protocol.Tests.Invokes;

public sealed class AdaptiveCardActionTests
{
    [Fact]
    public void From_ActionExecuteInvoke_ReadsVerbDataAndTrigger()
    {
        var invoke = ActivityFixtures.Read(ActivityFixtures.InvokeAdaptiveCardAction);

        var action = AdaptiveCardAction.From(invoke);

        Assert.NotNull(action);
        Assert.Equal("assign", action.Verb);
        Assert.Equal("R-0042", action.Data["referralId"]?.GetValue<string>());
        Assert.Equal("manual", action.Trigger);
        Assert.False(action.IsRefresh);
    }

    [Fact]
    public void From_AutomaticRefresh_IsRefresh()
    {
        var action = AdaptiveCardAction.From(Invoke("""{"action":{"type":"Action.Execute","verb":"refresh"},"trigger":"automatic"}"""));

        Assert.NotNull(action);
        Assert.True(action.IsRefresh);
        Assert.Empty(action.Data);
    }

    [Fact]
    public void From_WhenTriggerMissing_AssumesManual()
    {
        var action = AdaptiveCardAction.From(Invoke("""{"action":{"type":"Action.Execute","verb":"assign","data":{"a":1}}}"""));

        Assert.Equal("manual", action?.Trigger);
    }

    [Fact]
    public void From_CopiesDataSoTheInvokeStaysUnchanged()
    {
        var invoke = Invoke("""{"action":{"type":"Action.Execute","verb":"assign","data":{"a":1}}}""");

        var action = AdaptiveCardAction.From(invoke)!;
        action.Data["a"] = 2;

        Assert.Equal(1, invoke.Value?["action"]?["data"]?["a"]?.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Submit","verb":"assign","data":{}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","data":{}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"  "}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":5}}""")]
    [InlineData("""{"action":{"type":"action.execute","verb":"assign"}}""")]
    [InlineData("""{"action":"Action.Execute"}""")]
    [InlineData("""{"trigger":"manual"}""")]
    [InlineData("""["Action.Execute"]""")]
    [InlineData("null")]
    public void From_WhenNotAnActionExecuteWithAVerb_ReturnsNull(string value)
    {
        Assert.Null(AdaptiveCardAction.From(Invoke(value)));
    }

    private static Activity Invoke(string value) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = AdaptiveCardAction.InvokeName,
        Value = JsonNode.Parse(value),
    };
}
