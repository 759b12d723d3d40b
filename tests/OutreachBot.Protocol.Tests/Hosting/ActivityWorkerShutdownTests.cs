using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>
/// Stopping the app (a deployment, a scale-in) lets the turn in progress finish and handles the activities already
/// acknowledged, until the host's shutdown timeout; when that runs out, the turn is cancelled and the stop returns.
/// </summary>
public sealed class ActivityWorkerShutdownTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Stop_WhileATurnRuns_LetsItFinishAndHandlesWhatWasQueued()
    {
        var (worker, queue, turns) = Build();
        await worker.StartAsync(CancellationToken.None);
        Assert.True(await queue.TryEnqueueAsync(Message("first"), CancellationToken.None));
        Assert.True(await queue.TryEnqueueAsync(Message("second"), CancellationToken.None));
        await turns.Started.Task.WaitAsync(Bound);

        using var shutdownTimeout = new CancellationTokenSource(Bound);
        var stopping = worker.StopAsync(shutdownTimeout.Token);
        Assert.False(stopping.IsCompleted);
        turns.Release.SetResult();
        await stopping.WaitAsync(Bound);

        Assert.Equal(["first:finished", "second:finished"], turns.Outcomes);
        worker.Dispose();
    }

    [Fact]
    public async Task Stop_WhenTheShutdownTimeoutRunsOut_CancelsTheTurnAndReturns()
    {
        var (worker, queue, turns) = Build();
        await worker.StartAsync(CancellationToken.None);
        Assert.True(await queue.TryEnqueueAsync(Message("stuck"), CancellationToken.None));
        await turns.Started.Task.WaitAsync(Bound);

        using var shutdownTimeout = new CancellationTokenSource();
        var stopping = worker.StopAsync(shutdownTimeout.Token);
        await shutdownTimeout.CancelAsync();
        await stopping.WaitAsync(Bound);
        await turns.Recorded.Task.WaitAsync(Bound);

        Assert.Equal(["stuck:cancelled"], turns.Outcomes);
        worker.Dispose();
    }

    private static (ActivityWorker Worker, InboundActivities Queue, GatedTurns Turns) Build()
    {
        var options = Options.Create(new ActivityProcessingOptions { MaxConcurrency = 1 });
        var turns = new GatedTurns();
        var services = new ServiceCollection()
            .AddSingleton(turns)
            .AddScoped<ActivityHandler, GatedHandler>()
            .AddSingleton<IConnectorClient, UnusedConnector>()
            .BuildServiceProvider();
        var queue = new InboundActivities(options);
        var worker = new ActivityWorker(queue, services.GetRequiredService<IServiceScopeFactory>(), options, NullLogger<ActivityWorker>.Instance);
        return (worker, queue, turns);
    }

    private static Activity Message(string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Conversation = new ConversationAccount { Id = "a:1" },
        Text = "hello",
    };

    private sealed class GatedTurns
    {
        private readonly ConcurrentQueue<string> _outcomes = new();

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Outcomes => [.. _outcomes];

        public void Record(string outcome)
        {
            _outcomes.Enqueue(outcome);
            Recorded.TrySetResult();
        }
    }

    private sealed class GatedHandler(GatedTurns turns) : ActivityHandler
    {
        protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turns.Started.TrySetResult();
            try
            {
                await turns.Release.Task.WaitAsync(cancellationToken);
                turns.Record($"{turn.Activity.Id}:finished");
            }
            catch (OperationCanceledException)
            {
                turns.Record($"{turn.Activity.Id}:cancelled");
                throw;
            }
        }
    }

    private sealed class UnusedConnector : IConnectorClient
    {
        public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) => throw new JsonException("not used");
    }
}
