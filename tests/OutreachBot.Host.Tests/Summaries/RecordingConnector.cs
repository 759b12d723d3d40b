using System.Collections.Concurrent;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>A connector that records what the bot sends (shared by every instance in a test) and answers like Teams.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _next;

    public ConcurrentQueue<(string ConversationId, string? ReplyTo, Activity Activity)> Sent { get; } = new();

    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((conversationId, null, activity));
        return Task.FromResult<string?>($"activity-{Interlocked.Increment(ref _next)}");
    }

    public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((conversationId, activityId, activity));
        return Task.FromResult<string?>($"activity-{Interlocked.Increment(ref _next)}");
    }

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Every person in these tests already has a 1:1 chat with the bot.");

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
