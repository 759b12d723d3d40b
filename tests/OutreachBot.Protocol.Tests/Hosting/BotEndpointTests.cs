using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OutreachBot.Protocol.Tests.Authentication;
using static OutreachBot.Protocol.Tests.Authentication.TestTokens;

namespace OutreachBot.Protocol.Tests.Hosting;

public sealed class BotEndpointTests(MetadataServerFixture fixture) : IClassFixture<MetadataServerFixture>, IAsyncLifetime
{
    private BotTestHost _host = null!;

    private string ValidToken => Bearer(Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow()));

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(fixture.Server);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_WhenTokenValidAndMessage_Returns202AndHandlesItOnce()
    {
        using var response = await _host.PostAsync(TestActivities.Message("1767000000001"), ValidToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var turn = await _host.Recorder.WaitForAsync("1767000000001");
        Assert.Equal("summary", turn.Text);
        Assert.Single(await _host.TurnsAfterProbeAsync(ValidToken), t => t.Id == "1767000000001");
    }

    [Fact]
    public async Task Post_WhenSameActivityIdPostedTwice_HandlesItOnce()
    {
        using var first = await _host.PostAsync(TestActivities.Message("1767000000002"), ValidToken);
        using var again = await _host.PostAsync(TestActivities.Message("1767000000002"), ValidToken);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.True(again.IsSuccessStatusCode, $"a redelivery is acknowledged, got {again.StatusCode}");
        var turns = await _host.TurnsAfterProbeAsync(ValidToken);
        Assert.Single(turns, t => t.Id == "1767000000002");
    }

    [Fact]
    public async Task Post_WhenSameActivityIdInAnotherConversation_HandlesBoth()
    {
        using var first = await _host.PostAsync(TestActivities.Message("1767000000003", "a:first"), ValidToken);
        using var second = await _host.PostAsync(TestActivities.Message("1767000000003", "a:second"), ValidToken);

        var turns = await _host.TurnsAfterProbeAsync(ValidToken);
        Assert.Equal(["a:first", "a:second"], turns.Select(t => t.Conversation?.Id));
    }

    [Fact]
    public async Task Post_WhenCardActionInvoke_ReturnsTheHandlersInvokeResponseAsTheHttpResponse()
    {
        using var response = await _host.PostAsync(TestActivities.CardAction("f:invoke-1", "assign"), ValidToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var expected = JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Assigned R-0042 to you."}""");
        Assert.True(JsonNode.DeepEquals(expected, body), body?.ToJsonString());
        Assert.Single(_host.Recorder.Turns, t => t.Id == "f:invoke-1");
    }

    [Fact]
    public async Task Post_WhenCardActionFailsInTheHandler_Returns200WithTheErrorBody()
    {
        using var response = await _host.PostAsync(TestActivities.CardAction("f:invoke-2", "unknown"), ValidToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body?["statusCode"]?.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body?["type"]?.GetValue<string>());
        Assert.Equal("UnknownVerb", body?["value"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task Post_WhenCardActionIsNotActionExecute_Returns400ErrorBodyWithoutCallingTheVerbHandler()
    {
        var submit = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit", ["data"] = new JsonObject() } };

        using var response = await _host.PostAsync(TestActivities.Invoke("f:invoke-3", "adaptiveCard/action", submit), ValidToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body?["statusCode"]?.GetValue<int>());
        Assert.Empty(_host.Recorder.Turns);
    }

    [Fact]
    public async Task Post_WhenInvokeNameUnknown_Returns501()
    {
        using var response = await _host.PostAsync(TestActivities.Invoke("f:invoke-4", "signin/verifyState", new JsonObject()), ValidToken);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_host.Recorder.Turns);
    }

    public static TheoryData<string, string?> RejectedAuthorizations => new()
    {
        { "absent", null },
        { "not a JWT", "Bearer not-a-jwt" },
        { "Basic scheme", "Basic dXNlcjpwYXNz" },
        { "unpublished key", "unpublished" },
        { "tampered payload", "tampered" },
        { "other serviceurl", "other-serviceurl" },
        { "expired", "expired" },
    };

    [Theory]
    [MemberData(nameof(RejectedAuthorizations))]
    public async Task Post_WhenTokenForgedOrAbsent_Returns401AndRunsNoHandler(string why, string? authorization)
    {
        using var message = await _host.PostAsync(TestActivities.Message("1767000000010"), Authorization(authorization));
        using var invoke = await _host.PostAsync(TestActivities.CardAction("f:invoke-10", "assign"), Authorization(authorization));

        Assert.True(message.StatusCode == HttpStatusCode.Unauthorized, $"{why}: message got {message.StatusCode}");
        Assert.True(invoke.StatusCode == HttpStatusCode.Unauthorized, $"{why}: invoke got {invoke.StatusCode}");
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken));
    }

    [Fact]
    public async Task Post_WhenSigningKeyNotEndorsedForTeams_Returns403AndRunsNoHandler()
    {
        var token = Bearer(Create(fixture.WebChatOnlyKey.Credentials, _host.Clock.GetUtcNow()));

        using var response = await _host.PostAsync(TestActivities.Message("1767000000011"), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken));
    }

    [Fact]
    public async Task Post_WhenBodyIs5MegabytesWithContentLength_Returns413AndRunsNoHandler()
    {
        using var content = new ByteArrayContent(LargeMessage());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _host.PostAsync(content, ValidToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken));
    }

    [Fact]
    public async Task Post_WhenBodyIs5MegabytesWithoutContentLength_Returns413AndRunsNoHandler()
    {
        using var content = new UnknownLengthContent(LargeMessage());

        using var response = await _host.PostAsync(content, ValidToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""[{"type":"message"}]""")]
    [InlineData("""{"type":5,"channelId":"msteams"}""")]
    [InlineData("""{"type":"message","id":"x","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/"}""")]
    [InlineData("""{"type":"message","id":"x","channelId":"msteams","serviceUrl":"ftp://smba.trafficmanager.net/","conversation":{"id":"a:1"}}""")]
    public async Task Post_WhenBodyMalformed_Returns400AndRunsNoHandler(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _host.PostAsync(content, ValidToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken));
    }

    [Fact]
    public async Task Post_WhenContentTypeIsNotJson_Returns415AndRunsNoHandler()
    {
        using var content = new StringContent(TestActivities.Message("1767000000012").ToJsonString(), Encoding.UTF8, "text/plain");

        using var response = await _host.PostAsync(content, ValidToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken));
    }

    private string? Authorization(string? kind) => kind switch
    {
        "unpublished" => Bearer(Create(fixture.UnpublishedKey.Credentials, _host.Clock.GetUtcNow())),
        "tampered" => Tampered(),
        "other-serviceurl" => Bearer(Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow(), serviceUrl: "https://attacker.example/")),
        "expired" => Bearer(Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow(),
            notBefore: _host.Clock.GetUtcNow().AddHours(-2), expires: _host.Clock.GetUtcNow().AddMinutes(-10))),
        _ => kind,
    };

    private string Tampered()
    {
        const string OtherApp = "0f0e0d0c-0b0a-0908-0706-050403020100";
        var token = Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow(), audience: OtherApp);
        return Bearer(WithPayload(token, DecodePayload(token).Replace(OtherApp, AppId, StringComparison.Ordinal)));
    }

    private static byte[] LargeMessage()
    {
        var activity = TestActivities.Message("1767000000013");
        activity["text"] = new string('x', 5 * 1024 * 1024);
        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }
}
