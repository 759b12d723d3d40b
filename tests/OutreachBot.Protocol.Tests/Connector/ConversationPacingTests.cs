using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Tests.Connector;

/// <summary>
/// Sends through the connector client paced on a fake clock; the local connector records arrival times on the same
/// clock. Time is advanced to each slot the pacer gave out only after every request due earlier has arrived, so the
/// recorded times are when the client really sent.
/// </summary>
public sealed class ConversationPacingTests : IAsyncLifetime
{
    private const string Busy = "19:busy@thread.tacv2;messageid=1766999999999";
    private const string Quiet = "a:1QuietPersonalChat";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private ConnectorServer _server = null!;
    private HttpClient _http = null!;
    private ConversationPacer _pacer = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await ConnectorServer.StartAsync(_clock);
        var options = Options.Create(new ConnectorOptions { AllowedServiceUrlHosts = ["127.0.0.1"] });
        _http = new HttpClient(new ConnectorAuthorizationHandler(new StubTokenProvider("t"), options) { InnerHandler = new SocketsHttpHandler() });
        _pacer = new ConversationPacer(_clock);
        _client = new ConnectorClient(_http, _pacer, _clock, options);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Send_TwentyMessagesToOneConversation_AllArriveOnceAndNoWindowHoldsMoreThanTeamsAllows()
    {
        var sends = Enumerable.Range(0, 20)
            .Select(i => _client.SendToConversationAsync(_server.ServiceUrl, Busy, Message($"m{i}"), CancellationToken.None))
            .ToList();

        await AdvanceThroughSlotsAsync(Busy);
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));

        var requests = _server.Requests;
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"m{i}").Order(), requests.Select(r => TextOf(r.Body)).Order());
        var arrivals = requests.Select(r => r.ArrivedAt).Order().ToList();
        Assert.True(MostInAnyWindow(arrivals, TimeSpan.FromSeconds(1)) <= 7, Describe(arrivals));
        Assert.True(MostInAnyWindow(arrivals, TimeSpan.FromSeconds(2)) <= 8, Describe(arrivals));
        Assert.Equal(7, MostInAnyWindow(arrivals, TimeSpan.FromSeconds(1))); // paced, not merely slow
    }

    [Fact]
    public async Task Send_WhenOneConversationIsQueued_AnotherIsSentAtOnce()
    {
        var busy = Enumerable.Range(0, 20)
            .Select(i => _client.SendToConversationAsync(_server.ServiceUrl, Busy, Message($"busy{i}"), CancellationToken.None))
            .ToList();
        await _server.WaitForRequestsAsync(7);

        var quietId = await _client.SendToConversationAsync(_server.ServiceUrl, Quiet, Message("quiet"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(quietId);
        Assert.Equal(8, _server.Requests.Count); // 7 of the busy conversation, and the quiet one, all at the same instant
        Assert.Single(_server.Requests, r => TextOf(r.Body) == "quiet");
        Assert.True(busy.Count(send => !send.IsCompleted) >= 13, "13 busy sends still wait for their slots");
        await AdvanceThroughSlotsAsync(Busy, otherRequests: 1);
        await Task.WhenAll(busy).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void WaitTurn_ThreadsOfAChannelShareTheChannelsSlots()
    {
        _ = _pacer.WaitTurnAsync("19:c@thread.tacv2;messageid=1", CancellationToken.None);
        _ = _pacer.WaitTurnAsync("19:c@thread.tacv2;messageid=2", CancellationToken.None);

        Assert.Equal(2, _pacer.SlotsOf("19:c@thread.tacv2").Count);
    }

    [Fact]
    public void WaitTurn_SixtyFirstSendInThirtySeconds_WaitsForTheThirtySecondWindow()
    {
        var start = _clock.GetUtcNow();
        for (var i = 0; i < 61; i++)
        {
            _ = _pacer.WaitTurnAsync(Quiet, CancellationToken.None);
        }

        var slots = _pacer.SlotsOf(Quiet);
        Assert.Equal(start + TimeSpan.FromSeconds(30), slots[60]);
        Assert.True(slots[59] < start + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Evict_ForgetsConversationsIdleForAnHour()
    {
        await _pacer.WaitTurnAsync("a:old", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(61));
        await _pacer.WaitTurnAsync("a:new", CancellationToken.None);

        _pacer.Evict(_clock.GetUtcNow());

        Assert.Equal(1, _pacer.ConversationCount);
        Assert.Empty(_pacer.SlotsOf("a:old"));
        Assert.Single(_pacer.SlotsOf("a:new"));
    }

    /// <summary>Advances to each slot of <paramref name="conversation"/> once every request due before it has arrived.</summary>
    private async Task AdvanceThroughSlotsAsync(string conversation, int otherRequests = 0)
    {
        var slots = _pacer.SlotsOf(conversation);
        foreach (var slot in slots.Distinct().Order())
        {
            if (slot > _clock.GetUtcNow())
            {
                _clock.Advance(slot - _clock.GetUtcNow());
            }

            await _server.WaitForRequestsAsync(otherRequests + slots.Count(s => s <= slot));
        }
    }

    private static int MostInAnyWindow(IReadOnlyList<DateTimeOffset> sorted, TimeSpan window) =>
        sorted.Select(start => sorted.Count(t => t >= start && t < start + window)).Max();

    private static string Describe(IEnumerable<DateTimeOffset> arrivals) =>
        string.Join(", ", arrivals.Select(t => t.ToString("ss.fff")));

    private static string? TextOf(string body) => System.Text.Json.Nodes.JsonNode.Parse(body)?["text"]?.GetValue<string>();

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
