using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Tests.Authentication;
using OutreachBot.Protocol.Tests.Hosting;

namespace OutreachBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:aa11bb22cc33dd44ee55ff6677889900@thread.tacv2;messageid=1766999999999";
    private const string EscapedChannelThread = "19%3Aaa11bb22cc33dd44ee55ff6677889900%40thread.tacv2%3Bmessageid%3D1766999999999";
    private const string BasePath = "/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/";

    private readonly StubTokenProvider _tokens = new("connector-token-1");
    private ConnectorServer _server = null!;
    private HttpClient _http = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await ConnectorServer.StartAsync();
        var options = Options.Create(new ConnectorOptions { AllowedServiceUrlHosts = ["127.0.0.1"] });
        _http = new HttpClient(new ConnectorAuthorizationHandler(_tokens, options) { InnerHandler = new SocketsHttpHandler() });
        _client = new ConnectorClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversation_PostsTheActivityToTheEscapedConversationWithTheBearerToken()
    {
        var id = await _client.SendToConversationAsync(_server.ServiceUrl, ChannelThread, Reply("New referral"), CancellationToken.None);

        Assert.Equal("1767000000999", id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"{BasePath}v3/conversations/{EscapedChannelThread}/activities", request.RawTarget);
        Assert.Equal("Bearer connector-token-1", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversation_WritesCamelCaseJsonWithoutNulls()
    {
        await _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Reply("Hello"), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_server.Requests).Body);
        var expected = JsonNode.Parse("""
            {"type":"message","from":{"id":"28:7c1a3e55-2b1f-4c7e-9a50-0d6f8e2b4a11","name":"Outreach Bot"},
             "text":"Hello","textFormat":"markdown",
             "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, body), body?.ToJsonString());
    }

    [Fact]
    public async Task ReplyToActivity_PostsToTheActivityUnderTheConversation()
    {
        var id = await _client.ReplyToActivityAsync(_server.ServiceUrl, ChannelThread, "1:1Legacy/Id", Reply("Thanks"), CancellationToken.None);

        Assert.Equal("1767000000999", id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"{BasePath}v3/conversations/{EscapedChannelThread}/activities/1%3A1Legacy%2FId", request.RawTarget);
    }

    [Fact]
    public async Task UpdateActivity_PutsTheFullActivityCarryingItsId()
    {
        await _client.UpdateActivityAsync(_server.ServiceUrl, "a:1Personal", "1767000000777", Reply("Assigned"), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"{BasePath}v3/conversations/a%3A1Personal/activities/1767000000777", request.RawTarget);
        var body = JsonNode.Parse(request.Body);
        Assert.Equal("1767000000777", body?["id"]?.GetValue<string>());
        Assert.Equal("message", body?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task CreateConversation_PostsTheParametersAndReadsTheNewConversation()
    {
        _server.Answer(201, """{"id":"a:1NewChat","activityId":"1767000001000"}""");
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:7c1a3e55-2b1f-4c7e-9a50-0d6f8e2b4a11" },
            Members = [new ChannelAccount { Id = "29:1UserMri" }],
            TenantId = TestTokens.ClinicTenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestTokens.ClinicTenantId } },
        };

        var created = await _client.CreateConversationAsync(_server.ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal(new ConversationResourceResponse("a:1NewChat", "1767000001000", null), created);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"{BasePath}v3/conversations", request.RawTarget);
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:7c1a3e55-2b1f-4c7e-9a50-0d6f8e2b4a11"},"members":[{"id":"29:1UserMri"}],
             "tenantId":"TENANT","channelData":{"tenant":{"id":"TENANT"}}}
            """.Replace("TENANT", TestTokens.ClinicTenantId, StringComparison.Ordinal));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task CreateConversation_WhenConnectorReturnsNoBody_Throws()
    {
        _server.Answer(200, null);

        await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.CreateConversationAsync(_server.ServiceUrl, new ConversationParameters(), CancellationToken.None));
    }

    [Fact]
    public async Task Send_WhenServiceUrlHasNoTrailingSlash_KeepsItsPath()
    {
        await _client.SendToConversationAsync(_server.ServiceUrl.TrimEnd('/'), "a:1Personal", Reply("Hi"), CancellationToken.None);

        Assert.Equal($"{BasePath}v3/conversations/a%3A1Personal/activities", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task Send_WhenConversationIdContainsPathSegments_KeepsThemInsideOneSegment()
    {
        await _client.SendToConversationAsync(_server.ServiceUrl, "a:1/../../v3/other?x=1#f", Reply("Hi"), CancellationToken.None);

        Assert.Equal($"{BasePath}v3/conversations/a%3A1%2F..%2F..%2Fv3%2Fother%3Fx%3D1%23f/activities", Assert.Single(_server.Requests).RawTarget);
    }

    [Theory]
    [InlineData("https://attacker.example/amer/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("http://localhost:1/")]
    public async Task Send_WhenServiceUrlHostIsNotAllowed_ThrowsWithoutRequestOrToken(string serviceUrl)
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.SendToConversationAsync(serviceUrl, "a:1Personal", Reply("Hi"), CancellationToken.None));

        Assert.Contains("Connector:AllowedServiceUrlHosts", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
        Assert.Equal(0, _tokens.Calls);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(502)]
    public async Task Send_WhenConnectorAnswersNon2xx_ThrowsWithTheStatusCode(int status)
    {
        _server.Answer(status, """{"error":{"code":"Failed","message":"conversation 19:secret not found"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Reply("Hi"), CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(_server.Requests); // not retried: a 4xx will not change, and after a 502 a retried POST could post twice
    }

    [Fact]
    public async Task Update_WhenConnectorAnswersNonTransient4xx_ThrowsWithTheStatusCodeWithoutRetrying()
    {
        _server.Answer(403, null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.UpdateActivityAsync(_server.ServiceUrl, "a:1Personal", "1", Reply("Hi"), CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Send_WhenTokenProviderGivesNoToken_SendsNoAuthorizationHeader()
    {
        var options = Options.Create(new ConnectorOptions { AllowedServiceUrlHosts = ["127.0.0.1"] });
        using var http = new HttpClient(new ConnectorAuthorizationHandler(new NoConnectorTokenProvider(), options) { InnerHandler = new SocketsHttpHandler() });

        await new ConnectorClient(http).SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Reply("Hi"), CancellationToken.None);

        Assert.Equal(string.Empty, Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task AddBotProtocol_ConnectorClientFromServices_AppliesAllowListAndToken()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Connector:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        }).Build());
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment("Production"));
        services.AddLogging();
        services.AddBotProtocol<RecordingHandler>();
        services.AddSingleton(new TurnRecorder());
        services.AddSingleton<IConnectorTokenProvider>(_tokens);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IConnectorClient>();

        await client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Reply("Hi"), CancellationToken.None);
        await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync("https://smba.trafficmanager.net/amer/", "a:1Personal", Reply("Hi"), CancellationToken.None));

        Assert.Equal("Bearer connector-token-1", Assert.Single(_server.Requests).Authorization);
    }

    private static Activity Reply(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "28:7c1a3e55-2b1f-4c7e-9a50-0d6f8e2b4a11", Name = "Outreach Bot" },
        Text = text,
        TextFormat = "markdown",
        Attachments = [Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" })],
    };
}
