using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>What a reply request came to.</summary>
public enum ReplyOutcome
{
    Sent,
    AlreadySent,
}

/// <summary>
/// Sends mail from a mailbox at most once per key (a referral and a purpose, such as "acknowledgement"): a draft is
/// made (createReply for a reply in the thread, or a new message), its id recorded (ETag) before it is sent, and only
/// the recorded draft is ever sent. A draft can be sent only once, so retrying the send (the SDK's retry, or a later
/// call after a timeout or a crash) cannot send twice; a send that Graph answers 404 for was sent by an earlier
/// attempt whose answer was lost. A crash between making the draft and recording it leaves an unsent draft behind,
/// never a second message. (<c>sendMail</c> is one POST that cannot be asked twice safely, so it is not used.)
/// </summary>
public sealed partial class GraphReplies(GraphServiceClient graph, PipelineTables tables, TimeProvider time, ILogger<GraphReplies> logger)
{
    private const string Partition = "reply";

    /// <summary>Replies to <paramref name="messageId"/> (its sender, in its thread) with <paramref name="comment"/>.</summary>
    public Task<ReplyOutcome> ReplyOnceAsync(string user, string messageId, string key, string comment, CancellationToken cancellationToken) =>
        SendOnceAsync(user, messageId, key, async ct =>
        {
            var draft = await graph.Users[user].Messages[messageId].CreateReply.PostAsync(
                new CreateReplyPostRequestBody { Comment = comment }, cancellationToken: ct);
            return draft?.Id;
        }, cancellationToken);

    /// <summary>A new message (no thread to reply in) to <paramref name="to"/>.</summary>
    public Task<ReplyOutcome> NewMessageOnceAsync(string user, string key, string to, string subject, string body, CancellationToken cancellationToken) =>
        SendOnceAsync(user, null, key, async ct =>
        {
            var draft = await graph.Users[user].Messages.PostAsync(new Message
            {
                Subject = subject,
                Body = new ItemBody { ContentType = BodyType.Text, Content = body },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to } }],
            }, cancellationToken: ct);
            return draft?.Id;
        }, cancellationToken);

    private async Task<ReplyOutcome> SendOnceAsync(
        string user, string? messageId, string key, Func<CancellationToken, Task<string?>> makeDraft, CancellationToken cancellationToken)
    {
        var row = await FindAsync(key, cancellationToken) ?? await StartAsync(user, messageId, key, cancellationToken);
        if (row.GetString("State") == "Sent")
        {
            return ReplyOutcome.AlreadySent;
        }

        if (row.GetString("DraftId") is not { Length: > 0 } draftId)
        {
            draftId = await makeDraft(cancellationToken) ?? throw new InvalidOperationException("Graph made a draft but returned no id.");
            row["DraftId"] = draftId;
            try
            {
                row = await UpdateAsync(row, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another attempt recorded its draft first: send that one; ours stays an unsent draft.
                return await SendOnceAsync(user, messageId, key, makeDraft, cancellationToken);
            }
        }

        try
        {
            await graph.Users[user].Messages[draftId].Send.PostAsync(cancellationToken: cancellationToken);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            LogDraftGone(logger, key);
        }

        row["State"] = "Sent";
        row["SentAt"] = time.GetUtcNow();
        try
        {
            await UpdateAsync(row, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // A concurrent attempt sent the same draft and recorded it first: still one message.
        }

        return ReplyOutcome.Sent;
    }

    private async Task<TableEntity?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var found = await tables.SentReplies.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(key), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<TableEntity> StartAsync(string user, string? messageId, string key, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Partition, RowKey(key)) { ["Key"] = key, ["User"] = user, ["MessageId"] = messageId, ["State"] = "Drafting" };
        try
        {
            var added = await tables.SentReplies.AddEntityAsync(row, cancellationToken);
            row.ETag = added.Headers.ETag ?? default;
            return row;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindAsync(key, cancellationToken) ?? throw new InvalidOperationException("The reply record vanished.", ex);
        }
    }

    private async Task<TableEntity> UpdateAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var updated = await tables.SentReplies.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        row.ETag = updated.Headers.ETag ?? row.ETag;
        return row;
    }

    private static string RowKey(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [LoggerMessage(EventId = 2251, Level = LogLevel.Information,
        Message = "Reply {Key}: Graph no longer has the draft, so an earlier send went through; recorded as sent")]
    private static partial void LogDraftGone(ILogger logger, string key);
}
