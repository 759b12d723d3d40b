using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Tests.Connector;

public sealed class ConnectorOperationsTests : IAsyncLifetime
{
    private const string BasePath = "/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/";
    private const string Tenant = "3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private ConnectorServer _server = null!;
    private HttpClient _http = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await ConnectorServer.StartAsync();
        var options = Options.Create(new ConnectorOptions { AllowedServiceUrlHosts = ["127.0.0.1"] });
        _http = new HttpClient(new ConnectorAuthorizationHandler(new StubTokenProvider("t"), options) { InnerHandler = new SocketsHttpHandler() });
        _client = new ConnectorClient(_http, options: options);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetPagedMembers_SendsPageSizeAndEscapedTokenAndReadsThePage()
    {
        _server.Answer(200, """
            {"continuationToken":"next/2","members":[
              {"id":"29:1a","name":"Jane","aadObjectId":"0a1b","email":"jane@clinic.example","userPrincipalName":"jane@clinic.example"},
              {"id":"29:1b","name":"Omar"}]}
            """);

        var page = await _client.GetPagedMembersAsync(_server.ServiceUrl, "19:team@thread.tacv2", 100, "tok+en/1", CancellationToken.None);

        Assert.Equal("next/2", page.ContinuationToken);
        Assert.Equal(["29:1a", "29:1b"], page.Members.Select(m => m.Id));
        Assert.Equal("0a1b", page.Members[0].AadObjectId);
        Assert.True(page.Members[0].ExtensionData?.ContainsKey("userPrincipalName"));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"{BasePath}v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100&continuationToken=tok%2Ben%2F1", request.RawTarget);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task GetPagedMembers_OnTheLastPage_HasNoContinuationToken()
    {
        _server.Answer(200, """{"members":[{"id":"29:1c"}]}""");

        var page = await _client.GetPagedMembersAsync(_server.ServiceUrl, "a:1Personal", null, null, CancellationToken.None);

        Assert.Null(page.ContinuationToken);
        Assert.Single(page.Members);
        Assert.Equal($"{BasePath}v3/conversations/a%3A1Personal/pagedmembers", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task GetMember_ReadsTheMember()
    {
        _server.Answer(200, """{"id":"29:1a","name":"Jane","aadObjectId":"0a1b"}""");

        var member = await _client.GetMemberAsync(_server.ServiceUrl, "a:1Personal", "29:1a", CancellationToken.None);

        Assert.Equal("0a1b", member?.AadObjectId);
        Assert.Equal($"{BasePath}v3/conversations/a%3A1Personal/members/29%3A1a", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task GetMember_WhenNotAMember_ReturnsNull()
    {
        _server.Answer(404, """{"error":{"code":"MemberNotFoundInConversation"}}""");

        Assert.Null(await _client.GetMemberAsync(_server.ServiceUrl, "a:1Personal", "29:gone", CancellationToken.None));
    }

    [Fact]
    public async Task GetTeamChannels_ReadsTheConversationList()
    {
        _server.Answer(200, """{"conversations":[{"id":"19:general@thread.tacv2"},{"id":"19:triage@thread.tacv2","name":"Triage"}]}""");

        var channels = await _client.GetTeamChannelsAsync(_server.ServiceUrl, "19:general@thread.tacv2", CancellationToken.None);

        Assert.Equal([new TeamChannel("19:general@thread.tacv2", null), new TeamChannel("19:triage@thread.tacv2", "Triage")], channels);
        Assert.Equal($"{BasePath}v3/teams/19%3Ageneral%40thread.tacv2/conversations", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task CreatePersonalConversation_PostsTheOneToOneShapeTeamsDocuments()
    {
        _server.Answer(201, """{"id":"a:1NewChat"}""");

        var created = await _client.CreatePersonalConversationAsync(_server.ServiceUrl, "28:bot", "29:user", Tenant, CancellationToken.None);

        Assert.Equal("a:1NewChat", created.Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal($"{BasePath}v3/conversations", request.RawTarget);
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"TENANT","channelData":{"tenant":{"id":"TENANT"}}}
            """.Replace("TENANT", Tenant, StringComparison.Ordinal));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task CreateChannelThread_PostsTheActivityWithTheChannel()
    {
        _server.Answer(201, """{"id":"19:triage@thread.tacv2;messageid=1767000002000","activityId":"1767000002000"}""");
        var first = new Activity { Type = ActivityTypes.Message, Text = "New referral" };

        var created = await _client.CreateChannelThreadAsync(_server.ServiceUrl, "19:triage@thread.tacv2", first, Tenant, CancellationToken.None);

        Assert.Equal("1767000002000", created.ActivityId);
        var expected = JsonNode.Parse("""
            {"isGroup":true,"tenantId":"TENANT","activity":{"type":"message","text":"New referral"},
             "channelData":{"channel":{"id":"19:triage@thread.tacv2"},"tenant":{"id":"TENANT"}}}
            """.Replace("TENANT", Tenant, StringComparison.Ordinal));
        var body = Assert.Single(_server.Requests).Body;
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body)), body);
    }
}
