using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Tests.Connector;

/// <summary>The connector client against a local connector that throttles and fails in scripted sequences.</summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);

    private readonly ObservedClock _clock = new();
    private readonly ConnectorOptions _options = new() { AllowedServiceUrlHosts = ["127.0.0.1"], MaxAttempts = 4 };
    private ConnectorServer _server = null!;
    private HttpClient _http = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await ConnectorServer.StartAsync(_clock);
        var options = Options.Create(_options);
        _http = new HttpClient(new ConnectorAuthorizationHandler(new StubTokenProvider("t"), options) { InnerHandler = new SocketsHttpHandler() })
        {
            Timeout = TimeSpan.FromSeconds(1.5),
        };
        _client = new ConnectorClient(_http, new ConversationPacer(_clock), _clock, options);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _clock.Dispose();
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Send_WhenRefusedWithRetryAfterThenCreated_SendsExactlyTwiceAfterTheWaitAndReturnsTheIdOnce(int refusal)
    {
        _server.Script(refusal == 429 ? Reply.Throttled("3") : Reply.Failure(503, "3"), Reply.Created("1767000000111"));

        var send = _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Message("one"), CancellationToken.None);
        await _clock.WaitForTimersAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        Assert.Single(_server.Requests); // the Retry-After has not passed: no second request can have been made
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var id = await send.WaitAsync(Bounded);

        Assert.Equal("1767000000111", id);
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("POST", r.Method));
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.True(requests[1].ArrivedAt - requests[0].ArrivedAt >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Send_WhenRetryAfterIsAnHttpDate_WaitsUntilThatDate()
    {
        var until = _clock.GetUtcNow().AddSeconds(5);
        _server.Script(Reply.Throttled(until.ToString("R")), Reply.Created("1767000000112"));

        var send = _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Message("one"), CancellationToken.None);
        await _clock.WaitForTimersAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await send.WaitAsync(Bounded);

        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ArrivedAt >= until);
    }

    [Theory]
    [InlineData(502, null)]
    [InlineData(504, null)]
    [InlineData(503, null)]
    [InlineData(412, null)]
    [InlineData(502, "1")]
    public async Task Send_WhenAnswerLeavesTheOutcomeUnknown_DoesNotRetryAndSaysSo(int status, string? retryAfter)
    {
        _server.Script(Reply.Failure(status, retryAfter), Reply.Created("never"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Message("one"), CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.True(error.OutcomeUnknown);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
        Assert.Equal(0, _clock.TimersCreated);
    }

    [Fact]
    public async Task Reply_WhenConnectorAnswers502_IsNotRetried()
    {
        _server.Script(Reply.Failure(502), Reply.Created("never"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.ReplyToActivityAsync(_server.ServiceUrl, "a:1Personal", "1767000000001", Message("one"), CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CreateConversation_WhenConnectorAnswers504_IsNotRetried()
    {
        _server.Script(Reply.Failure(504), Reply.Created("never"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.CreatePersonalConversationAsync(
            _server.ServiceUrl, "28:bot", "29:user", "3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Send_WhenTheConnectorNeverAnswers_TimesOutWithoutRetryingAndSaysTheOutcomeIsUnknown()
    {
        _server.Script(Reply.NoAnswer(), Reply.Created("never"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Message("one"), CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Null(error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Update_WhenConnectorAnswers503And502ThenOk_RetriesThroughThemWithBackoff()
    {
        _server.Script(Reply.Failure(503), Reply.Failure(502), Reply.Failure(504), new Reply(200, null));

        var update = _client.UpdateActivityAsync(_server.ServiceUrl, "a:1Personal", "1767000000777", Message("assigned"), CancellationToken.None);
        for (var retry = 1; retry <= 3; retry++)
        {
            await _clock.WaitForTimersAsync(retry);
            Assert.Equal(retry, _server.Requests.Count);
            _clock.Advance(_options.BackoffBase * Math.Pow(2, retry - 1)); // the most the jittered backoff can be
        }

        await update.WaitAsync(Bounded);

        var requests = _server.Requests;
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r => Assert.Equal("PUT", r.Method));
        Assert.Single(requests.Select(r => r.Body).Distinct());
        // Backoff without Retry-After: at least half of 1 s, 2 s, 4 s (jitter keeps the upper half).
        Assert.True(requests[1].ArrivedAt - requests[0].ArrivedAt >= TimeSpan.FromMilliseconds(500));
        Assert.True(requests[3].ArrivedAt - requests[2].ArrivedAt >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Update_WhenEveryAttemptAnswers503_GivesUpAfterMaxAttempts()
    {
        _server.Answer(503, null);

        var update = _client.UpdateActivityAsync(_server.ServiceUrl, "a:1Personal", "1767000000777", Message("assigned"), CancellationToken.None);
        for (var retry = 1; retry < _options.MaxAttempts; retry++)
        {
            await _clock.WaitForTimersAsync(retry);
            _clock.Advance(_options.MaxRetryAfter);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => update.WaitAsync(Bounded));
        Assert.Equal(503, error.StatusCode);
        Assert.False(error.OutcomeUnknown);
        Assert.Equal(_options.MaxAttempts, _server.Requests.Count);
    }

    [Fact]
    public async Task Send_When429RetryAfterIsLongerThanTheCap_WaitsOnlyTheCap()
    {
        _server.Script(Reply.Throttled("3600"), Reply.Created("1767000000113"));

        var send = _client.SendToConversationAsync(_server.ServiceUrl, "a:1Personal", Message("one"), CancellationToken.None);
        await _clock.WaitForTimersAsync(1);
        _clock.Advance(_options.MaxRetryAfter);
        await send.WaitAsync(Bounded);

        var requests = _server.Requests;
        Assert.Equal(_options.MaxRetryAfter, requests[1].ArrivedAt - requests[0].ArrivedAt);
    }

    [Fact]
    public async Task GetPagedMembers_When429_RetriesTheRead()
    {
        _server.Script(Reply.Throttled("1"), new Reply(200, """{"members":[{"id":"29:1"}]}"""));

        var read = _client.GetPagedMembersAsync(_server.ServiceUrl, "19:channel@thread.tacv2", 50, null, CancellationToken.None);
        await _clock.WaitForTimersAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var page = await read.WaitAsync(Bounded);

        Assert.Equal("29:1", Assert.Single(page.Members).Id);
        Assert.Equal(2, _server.Requests.Count);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
