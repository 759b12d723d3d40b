using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// A draft on the fake: the message it answers (null for a new message), its comment or body, whether it went out,
/// and for a new message its recipient and subject; for a new message also every recipient (to, cc and bcc), its file
/// attachments, the Internet Message-ID and conversation Graph gives it, and the mailbox it was made in. A draft sits
/// in the Drafts folder until it is sent, then in Sent Items.
/// </summary>
public sealed record FakeDraft(
    string Id,
    string? ReplyTo,
    string? Comment,
    bool Sent,
    string? To = null,
    string? Subject = null,
    IReadOnlyList<string>? Recipients = null,
    IReadOnlyList<FakeAttachment>? Attachments = null,
    string? InternetMessageId = null,
    string? ConversationId = null,
    string? Mailbox = null)
{
    /// <summary>The well-known folder the message is in: <c>drafts</c> until sent, then <c>sentitems</c>.</summary>
    public string Folder => Sent ? "sentitems" : "drafts";
}

/// <summary>A file attachment as posted with a message (<c>#microsoft.graph.fileAttachment</c>).</summary>
public sealed record FakeAttachment(string Name, string? ContentType, byte[] Content);

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

    private int _draftAnswersToLose;

    /// <summary>The next <paramref name="count"/> new drafts are made but answered 504, as if the answer was lost.</summary>
    public void LoseDraftAnswers(int count) => _draftAnswersToLose = count;

    /// <summary>The new messages made in <paramref name="mailbox"/> (drafts and sent), oldest first.</summary>
    public IReadOnlyList<FakeDraft> MessagesMadeIn(string mailbox) =>
        [.. Drafts.Values.Where(d => d.ReplyTo is null && string.Equals(d.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase)).OrderBy(d => d.Id, StringComparer.Ordinal)];

    // POST /users/{id}/messages: a new draft in the Drafts folder, with its attachments; Graph keeps an
    // internetMessageId given on create and makes one otherwise, and starts a conversation.
    private async Task CreateDraftAsync(HttpContext context, string user)
    {
        Counters.Other.AddOrUpdate("POST messages", 1, (_, n) => n + 1);
        var body = await ReadBodyAsync(context);
        var recipients = new[] { "toRecipients", "ccRecipients", "bccRecipients" }
            .SelectMany(name => Property(body, name) is { ValueKind: System.Text.Json.JsonValueKind.Array } list ? list.EnumerateArray() : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Select(r => Property(r, "emailAddress") is { } a ? Property(a, "address")?.GetString() : null).OfType<string>().ToList();
        var to = Property(body, "toRecipients")?.EnumerateArray().Select(r => Property(r, "emailAddress") is { } a ? Property(a, "address")?.GetString() : null).FirstOrDefault();
        var content = Property(body, "body") is { } b ? Property(b, "content")?.GetString() : null;
        var attachments = (Property(body, "attachments") is { ValueKind: System.Text.Json.JsonValueKind.Array } posted ? posted.EnumerateArray() : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Select(a => new FakeAttachment(Property(a, "name")?.GetString() ?? "", Property(a, "contentType")?.GetString(), Convert.FromBase64String(Property(a, "contentBytes")?.GetString() ?? "")))
            .ToList();
        var id = "AAMkDraft" + Guid.NewGuid().ToString("N") + "=";
        var messageId = Property(body, "internetMessageId")?.GetString() is { Length: > 0 } given ? given : $"<{Guid.NewGuid():N}@fake.outlook.example>";
        var draft = new FakeDraft(id, null, content, Sent: false, to, Property(body, "subject")?.GetString(), recipients, attachments, messageId, "conv-" + id[9..17], user);
        Drafts[draft.Id] = draft;
        if (Interlocked.Decrement(ref _draftAnswersToLose) >= 0)
        {
            await ErrorAsync(context, 504, "GatewayTimeout", 0);
            return;
        }

        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(DraftJson(draft), context.RequestAborted);
    }

    private static Dictionary<string, object?> DraftJson(FakeDraft draft) => new()
    {
        ["id"] = draft.Id,
        ["subject"] = draft.Subject,
        ["isDraft"] = !draft.Sent,
        ["internetMessageId"] = draft.InternetMessageId,
        ["conversationId"] = draft.ConversationId,
        ["parentFolderId"] = draft.Folder,
    };

    // GET /users/{id}/messages?$filter=internetMessageId eq '<...>': the mailbox's message with that Message-ID.
    private async Task FindByInternetMessageIdAsync(HttpContext context, string user)
    {
        Counters.Other.AddOrUpdate("GET messages", 1, (_, n) => n + 1);
        var filter = context.Request.Query["$filter"].ToString();
        var wanted = InternetMessageIdFilter().Match(filter) is { Success: true } m ? m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;
        var found = _folders.Where(f => f.Key.StartsWith(user + "|", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value.Range(0, f.Value.Count))
            .Where(message => wanted is not null && $"<{message.InternetMessageId}>" == wanted)
            .Select(message => new Dictionary<string, object?>
            {
                ["id"] = message.Id,
                ["from"] = new Dictionary<string, object?> { ["emailAddress"] = new Dictionary<string, object?> { ["address"] = message.FromAddress } },
            })
            .Concat(MessagesMadeIn(user).Where(d => wanted is not null && d.InternetMessageId == wanted).Select(DraftJson))
            .Take(1).ToList();
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["value"] = found }, context.RequestAborted);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"internetMessageId eq '((?:[^']|'')*)'", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InternetMessageIdFilter();

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
