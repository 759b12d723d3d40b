using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Tests.Triage;

/// <summary>The channel card's updates, sent off the clicker's invoke: in order per referral, the latest state last.</summary>
public sealed class ChannelCardUpdatesTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task UpdatesWhileOneIsInFlight_SendOnlyTheLatest_AfterIt()
    {
        var connector = new GatedConnector();
        using var updates = new ChannelCardUpdates(connector, NullLogger<ChannelCardUpdates>.Instance);
        var row = Posted("R-00000000A1");

        updates.Enqueue(row, Card("assigned"));
        await connector.FirstStarted.Task.WaitAsync(Wait);
        updates.Enqueue(row, Card("first contact"));
        updates.Enqueue(row, Card("evaluation scheduled"));
        connector.Release.SetResult();
        await updates.WhenSentAsync().WaitAsync(Wait);

        Assert.Equal(["assigned", "evaluation scheduled"], connector.Sent.Select(s => s.State));
        Assert.All(connector.Sent, s => Assert.Equal("activity-1", s.ActivityId));
    }

    [Fact]
    public async Task CardNeverPosted_SendsNothing()
    {
        var connector = new GatedConnector();
        connector.Release.SetResult();
        using var updates = new ChannelCardUpdates(connector, NullLogger<ChannelCardUpdates>.Instance);

        updates.Enqueue(new ReferralRow { PartitionKey = "R-00000000A2" }, Card("assigned"));
        await updates.WhenSentAsync().WaitAsync(Wait);

        Assert.Empty(connector.Sent);
    }

    [Fact]
    public async Task AFailedUpdate_IsLogged_AndTheNextOneStillGoes()
    {
        var connector = new GatedConnector { FailFirst = true };
        connector.Release.SetResult();
        using var updates = new ChannelCardUpdates(connector, NullLogger<ChannelCardUpdates>.Instance);
        var row = Posted("R-00000000A3");

        updates.Enqueue(row, Card("assigned"));
        await updates.WhenSentAsync().WaitAsync(Wait);
        updates.Enqueue(row, Card("declined"));
        await updates.WhenSentAsync().WaitAsync(Wait);

        Assert.Equal(["assigned", "declined"], connector.Sent.Select(s => s.State));
    }

    private static ReferralRow Posted(string id) => new()
    {
        PartitionKey = id,
        CardServiceUrl = "https://smba.trafficmanager.net/amer/",
        CardConversationId = "19:referrals@thread.tacv2",
        CardActivityId = "activity-1",
    };

    private static JsonObject Card(string state) => new() { ["type"] = "AdaptiveCard", ["state"] = state };

    /// <summary>Holds the first update until released; records every update (the card's state) in arrival order.</summary>
    private sealed class GatedConnector : IConnectorClient
    {
        public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool FailFirst { get; init; }

        public ConcurrentQueue<(string ActivityId, string State)> Sent { get; } = new();

        public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        {
            var first = Sent.IsEmpty;
            Sent.Enqueue((activityId, ((JsonObject)activity.Attachments![0].Content!)["state"]!.GetValue<string>()));
            FirstStarted.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            if (first && FailFirst)
            {
                throw new ConnectorException("The channel is busy.");
            }
        }

        public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
