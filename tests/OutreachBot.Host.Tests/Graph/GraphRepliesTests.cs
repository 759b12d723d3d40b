using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>Replies through createReply and send, recorded in Azurite, against the fake Graph server.</summary>
public sealed class GraphRepliesTests : IAsyncLifetime, IDisposable
{
    private const string Received = "AAMkReceived0001=";
    private const string Comment = "Thank you: we have received your referral and will contact the patient.";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private FakeGraphServer _graph = null!;
    private GraphMailInstance _bot = null!;

    private CancellationToken Ct => _timeout.Token;

    private GraphReplies Replies => _bot.Services.GetRequiredService<GraphReplies>();

    [Fact]
    public async Task ReplyOnce_WhenAskedTwice_SendsOneReply()
    {
        var first = await Replies.ReplyOnceAsync(GraphMailInstance.User, Received, "R-0a1b2c3d4e:acknowledgement", Comment, Ct);
        var second = await Replies.ReplyOnceAsync(GraphMailInstance.User, Received, "R-0a1b2c3d4e:acknowledgement", Comment, Ct);

        Assert.Equal((ReplyOutcome.Sent, ReplyOutcome.AlreadySent), (first, second));
        Assert.Equal(1, _graph.MessagesSent);
        var draft = Assert.Single(_graph.Drafts).Value;
        Assert.Equal((Received, Comment), (draft.ReplyTo, draft.Comment));
        Assert.Equal(1, _graph.Counters.Other["POST messages/send"]);
    }

    [Fact]
    public async Task ReplyOnce_WhenTheSendAnswerIsLostAndTheSdkRetries_SendsOneReply()
    {
        _graph.LoseSendAnswers(1);

        var outcome = await Replies.ReplyOnceAsync(GraphMailInstance.User, Received, "R-5f6e7d8c9b:acknowledgement", Comment, Ct);

        Assert.Equal(ReplyOutcome.Sent, outcome);
        Assert.Equal(2, _graph.Counters.Other["POST messages/send"]);
        Assert.Equal(1, _graph.MessagesSent);
    }

    [Fact]
    public async Task ReplyOnce_WhenSendingFailsAndIsTriedAgainLater_SendsTheSameDraftOnce()
    {
        _graph.RefuseSends(4); // more than the SDK's 3 retries
        await Assert.ThrowsAsync<AggregateException>(() => Replies.ReplyOnceAsync(GraphMailInstance.User, Received, "R-77aa88bb99:acknowledgement", Comment, Ct));

        var outcome = await Replies.ReplyOnceAsync(GraphMailInstance.User, Received, "R-77aa88bb99:acknowledgement", Comment, Ct);

        Assert.Equal(ReplyOutcome.Sent, outcome);
        Assert.Single(_graph.Drafts);
        Assert.Equal(1, _graph.Counters.Other["POST messages/createReply"]);
        Assert.Equal(1, _graph.MessagesSent);
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _bot = new GraphMailInstance(_graph, LocalStack.UniqueTablePrefix(), GraphMailInstance.Clock());
        await _bot.Tables.EnsureCreatedAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _bot.DeleteTablesAsync();
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();
}
