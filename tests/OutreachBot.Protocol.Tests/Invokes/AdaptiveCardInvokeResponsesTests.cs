using System.Text.Json.Nodes;
using OutreachBot.Protocol.Invokes;

namespace OutreachBot.Protocol.Tests.Invokes;

public sealed class AdaptiveCardInvokeResponsesTests
{
    [Fact]
    public void Card_IsHttp200WithTheCardAsValue()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = AdaptiveCardInvokeResponses.Card(card);

        Assert.Equal(200, response.Status);
        AssertBody(response, """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""");
    }

    [Fact]
    public void Message_IsHttp200WithTheTextAsValue()
    {
        var response = AdaptiveCardInvokeResponses.Message("Assigned to you.");

        Assert.Equal(200, response.Status);
        AssertBody(response, """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Assigned to you."}""");
    }

    [Fact]
    public void Error_IsHttp200CarryingTheErrorStatusCodeAndMessage()
    {
        var response = AdaptiveCardInvokeResponses.Error(400, "BadRequest", "Unknown referral.");

        Assert.Equal(200, response.Status);
        AssertBody(response, """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"Unknown referral."}}""");
    }

    [Fact]
    public void InvokeResponse_NotImplemented_Is501WithoutBody()
    {
        var response = InvokeResponse.NotImplemented();

        Assert.Equal(501, response.Status);
        Assert.Null(response.Body);
        Assert.Equal(new InvokeResponse(200, null), InvokeResponse.Ok());
    }

    private static void AssertBody(InvokeResponse response, string expected) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), response.Body), response.Body?.ToJsonString());
}
