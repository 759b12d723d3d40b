using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachBot.Host.Mailbox.Graph;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>The notifications endpoint on a test server: validation echo, clientState, 202 and the queue behind it.</summary>
public sealed class GraphNotificationsApiTests : IAsyncLifetime
{
    private const string Secret = "a-client-state-from-key-vault";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private GraphMailNudges Nudges => _app.Services.GetRequiredService<GraphMailNudges>();

    [Fact]
    public async Task Post_WithAValidationToken_EchoesItDecodedAsPlainText()
    {
        using var response = await _client.PostAsync("/api/graph/notifications?validationToken=Validation%3A%20Testing%20client%20application%20reachability", null, _timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing client application reachability", await response.Content.ReadAsStringAsync(_timeout.Token));
    }

    [Fact]
    public async Task Post_WithTheRightClientState_Answers202AndQueuesOnePollForManyNotifications()
    {
        using var response = await PostAsync($$"""
            {"value":[
              {"subscriptionId":"s-1","clientState":"{{Secret}}","changeType":"created","resource":"Users/u/Messages/AAMk1="},
              {"subscriptionId":"s-1","clientState":"{{Secret}}","changeType":"created","resource":"Users/u/Messages/AAMk2="}]}
            """);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(Nudges.Polls.TryRead(out _));
        Assert.False(Nudges.Polls.TryRead(out _));
    }

    [Theory]
    [InlineData("not-the-secret")]
    [InlineData("a-client-state-from-key-vaul")]
    [InlineData("")]
    public async Task Post_WithAWrongClientState_Answers202ButQueuesNothing(string clientState)
    {
        using var response = await PostAsync($$"""{"value":[{"subscriptionId":"s-1","clientState":"{{clientState}}","changeType":"created"}]}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(Nudges.Polls.TryRead(out _));
    }

    [Fact]
    public async Task Post_WithLifecycleEvents_QueuesRenewalRecreationAndPolls()
    {
        using var response = await PostAsync($$"""
            {"value":[
              {"subscriptionId":"s-1","clientState":"{{Secret}}","lifecycleEvent":"reauthorizationRequired"},
              {"subscriptionId":"s-2","clientState":"{{Secret}}","lifecycleEvent":"subscriptionRemoved"},
              {"subscriptionId":"s-3","clientState":"{{Secret}}","lifecycleEvent":"missed"}]}
            """);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(Nudges.Subscriptions.TryRead(out var renew));
        Assert.True(Nudges.Subscriptions.TryRead(out var recreate));
        Assert.Equal([new SubscriptionRequest("s-1", false), new SubscriptionRequest("s-2", true)], new[] { renew, recreate });
        Assert.True(Nudges.Polls.TryRead(out _));
    }

    [Fact]
    public async Task Post_WithMalformedJson_Answers400()
    {
        using var response = await PostAsync("{\"value\":[");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<GraphMailNudges>();
        builder.Services.Configure<GraphNotificationOptions>(o =>
        {
            o.Enabled = true;
            o.ClientState = Secret;
            o.NotificationUrl = new Uri("https://bot.testclinic.example/api/graph/notifications");
        });
        _app = builder.Build();
        _app.MapGraphNotifications();
        await _app.StartAsync(_timeout.Token);
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _timeout.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/api/graph/notifications", new StringContent(json, Encoding.UTF8, "application/json"), _timeout.Token);
}
