using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>Letters to referrers through Graph: a reply in the referral's thread, or a new message, each sent once.</summary>
public sealed class GraphReferrerMailTests : IAsyncLifetime, IDisposable
{
    private const string Referrer = "rdelgado@northfieldortho.example";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private FakeGraphServer _graph = null!;
    private GraphMailInstance _bot = null!;
    private FakeGraphMessage _referral = null!;

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public void Registration_WhenGraphMailIsOn_SendsLettersThroughGraph() =>
        Assert.IsType<GraphReferrerMail>(_bot.Services.GetRequiredService<IReferrerMail>());

    [Fact]
    public async Task SendOnce_ForALetterToTheReferralsSender_RepliesInItsThreadOnce()
    {
        var mail = _bot.Services.GetRequiredService<IReferrerMail>();
        var letter = Letter("confirmation", _referral.InternetMessageId);

        var first = await mail.SendOnceAsync(letter, Ct);
        var second = await mail.SendOnceAsync(letter, Ct);

        Assert.Equal((LetterOutcome.Sent, LetterOutcome.AlreadySent), (first, second));
        var draft = Assert.Single(_graph.Drafts).Value;
        Assert.Equal((_referral.Id, letter.Body, true), (draft.ReplyTo, draft.Comment, draft.Sent));
        Assert.Equal(1, _graph.Counters.Other["POST messages/send"]);
    }

    [Fact]
    public async Task SendOnce_RetriedAfterTheSendTimedOut_SendsOneMessage()
    {
        await using var noRetries = new GraphMailInstance(_graph, _prefix, GraphMailInstance.Clock(), maxRetries: 0);
        var mail = noRetries.Services.GetRequiredService<IReferrerMail>();
        var letter = Letter("evaluation-update", _referral.InternetMessageId);
        _graph.LoseSendAnswers(1); // it goes out, but the answer is a 504 and nothing retries inside the SDK

        await Assert.ThrowsAnyAsync<Exception>(() => mail.SendOnceAsync(letter, Ct));
        var retried = await mail.SendOnceAsync(letter, Ct);
        var again = await mail.SendOnceAsync(letter, Ct);

        Assert.Equal((LetterOutcome.Sent, LetterOutcome.AlreadySent), (retried, again));
        Assert.Equal(1, _graph.MessagesSent);
        Assert.Equal(1, _graph.Counters.Other["POST messages/createReply"]);
        Assert.Equal(2, _graph.Counters.Other["POST messages/send"]);
    }

    [Fact]
    public async Task SendOnce_WhenTheMailboxNoLongerHasTheReferral_SendsANewMessageOnce()
    {
        var mail = _bot.Services.GetRequiredService<IReferrerMail>();
        var letter = Letter("missing-info-1", "gone-from-the-mailbox@mail.example");
        _graph.LoseSendAnswers(1); // the SDK's retry finds the draft sent: still one message

        var first = await mail.SendOnceAsync(letter, Ct);
        var second = await mail.SendOnceAsync(letter, Ct);

        Assert.Equal((LetterOutcome.Sent, LetterOutcome.AlreadySent), (first, second));
        var draft = Assert.Single(_graph.Drafts).Value;
        Assert.Equal((null, Referrer, letter.Subject, true), (draft.ReplyTo, draft.To, draft.Subject, draft.Sent));
        Assert.Equal(1, _graph.MessagesSent);
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _referral = new FakeGraphMessage("AAMkReferral0001=", "ref-0001@northfieldortho.example", "OT referral", Referrer,
            new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero), Encoding.UTF8.GetBytes(TestMessages.HandReferral("ref-0001@northfieldortho.example")));
        _graph.Folder(GraphMailInstance.User, "inbox").Add(_referral);
        _bot = new GraphMailInstance(_graph, _prefix, GraphMailInstance.Clock());
        await _bot.Tables.EnsureCreatedAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _bot.DeleteTablesAsync();
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private static ReferrerLetter Letter(string purpose, string sourceMessageId) =>
        new("R-0a1b2c3d4e", purpose, Referrer, "Your referral to Test Clinic", "Thank you: we have received your referral.", sourceMessageId);
}
