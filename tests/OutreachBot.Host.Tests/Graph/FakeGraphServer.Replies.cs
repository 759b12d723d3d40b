using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>A reply draft on the fake: the message it answers, its comment, and whether it went out.</summary>
public sealed record FakeDraft(string Id, string ReplyTo, string? Comment, bool Sent);

public sealed partial class FakeGraphServer
{
    private int _sendAnswersToLose;
    private int _sendFaults;

    public ConcurrentDictionary<string, FakeDraft> Drafts { get; } = new();

    /// <summary>Messages that actually went out.</summary>
    public int MessagesSent => Drafts.Values.Count(d => d.Sent);

    /// <summary>The next <paramref name="count"/> sends go out but are answered 504, as if the answer was lost.</summary>
    public void LoseSendAnswers(int count) => _sendAnswersToLose = count;

    /// <summary>The next <paramref name="count"/> sends are refused with 503 before anything goes out.</summary>
    public void RefuseSends(int count) => _sendFaults = count;

    private async Task ReplyAsync(HttpContext context, string id, string action)
    {
        Counters.Other.AddOrUpdate($"POST messages/{action}", 1, (_, n) => n + 1);
        if (Is(action, "createReply"))
        {
            var body = await ReadBodyAsync(context);
            var draft = new FakeDraft("AAMkDraft" + Guid.NewGuid().ToString("N") + "=", id, Property(body, "comment")?.GetString(), Sent: false);
            Drafts[draft.Id] = draft;
            context.Response.StatusCode = 201;
            await context.Response.WriteAsJsonAsync(new { id = draft.Id, subject = "RE: referral", isDraft = true }, context.RequestAborted);
            return;
        }

        if (!Is(action, "send"))
        {
            await ErrorAsync(context, 404, "ResourceNotFound", null);
            return;
        }

        if (Interlocked.Decrement(ref _sendFaults) >= 0)
        {
            await ErrorAsync(context, 503, "ServiceUnavailable", 0);
            return;
        }

        // A sent draft leaves Drafts: sending it again finds nothing.
        if (!Drafts.TryGetValue(id, out var found) || found.Sent)
        {
            await ErrorAsync(context, 404, "ErrorItemNotFound", null);
            return;
        }

        Drafts[id] = found with { Sent = true };
        if (Interlocked.Decrement(ref _sendAnswersToLose) >= 0)
        {
            await ErrorAsync(context, 504, "GatewayTimeout", 0);
            return;
        }

        context.Response.StatusCode = 202;
    }
}
