using System.Net;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Storage;

namespace OutreachBot.Host.Outreach.Mail;

/// <summary>
/// Outreach email through Graph, as <c>GraphReplies</c> does for letters: the message is made as a draft in the
/// sender's mailbox with its attachments and its Internet Message-ID (<c>POST /users/{id}/messages</c>), the draft's id
/// recorded (ETag, SentReplies table, partition <c>outreach</c>) before it is sent, and only the recorded draft is ever
/// sent, so a retry cannot send twice. With drafts for review the draft is left in Outlook and recorded as drafted.
/// Making the draft is not idempotent, so the SDK does not retry it after a 504 (the draft may exist): the mailbox is
/// asked first for a message with the email's Message-ID (<see cref="FindMadeAsync"/>), so a lost answer, or a
/// crash before the draft's id was recorded, never leaves a second draft in Outlook.
/// </summary>
public sealed partial class GraphOutreachMail(
    GraphServiceClient graph,
    PipelineTables tables,
    IOptions<CorrespondenceOptions> correspondence,
    TimeProvider time,
    ILogger<GraphOutreachMail> logger) : IOutreachMail
{
    private const string Partition = "outreach";

    public async Task<OutreachMailResult> SendOnceAsync(OutreachEmail email, bool draftOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var messageId = OutreachMessageIds.For(email.Key, correspondence.Value.From);
        var row = await FindAsync(email.Key, cancellationToken) ?? await StartAsync(email, cancellationToken);
        if (row.GetString("State") is "Sent" or "Drafted")
        {
            return new OutreachMailResult(OutreachMailOutcome.AlreadyDone, messageId);
        }

        if (row.GetString("DraftId") is not { Length: > 0 } draftId)
        {
            var made = await FindMadeAsync(email.Mailbox, messageId, cancellationToken) ?? await MakeDraftAsync(email, messageId, cancellationToken);
            draftId = made.Id ?? throw new InvalidOperationException("Graph made a draft but returned no id.");
            row["DraftId"] = draftId;
            if (made.IsDraft == false)
            {
                row["State"] = "Sent"; // an earlier attempt sent it and was lost before recording so
            }

            try
            {
                row = await UpdateAsync(row, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                return await SendOnceAsync(email, draftOnly, cancellationToken); // another attempt recorded its draft first
            }

            if (made.IsDraft == false)
            {
                return new OutreachMailResult(OutreachMailOutcome.AlreadyDone, messageId);
            }
        }

        if (!draftOnly)
        {
            try
            {
                await graph.Users[email.Mailbox].Messages[draftId].Send.PostAsync(cancellationToken: cancellationToken);
            }
            catch (ODataError ex) when (ex.ResponseStatusCode == 404)
            {
                LogDraftGone(logger, row.RowKey);
            }
        }

        row["State"] = draftOnly ? "Drafted" : "Sent";
        row["At"] = time.GetUtcNow();
        try
        {
            await UpdateAsync(row, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // A concurrent attempt finished the same draft first: still one message.
        }

        return new OutreachMailResult(draftOnly ? OutreachMailOutcome.Drafted : OutreachMailOutcome.Sent, messageId);
    }

    /// <summary>The message with this Message-ID in the mailbox (a draft, or sent), or null.</summary>
    private async Task<Message?> FindMadeAsync(string mailbox, string messageId, CancellationToken cancellationToken)
    {
        var found = await graph.Users[mailbox].Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"internetMessageId eq '{messageId.Replace("'", "''", StringComparison.Ordinal)}'";
            request.QueryParameters.Select = ["id", "isDraft"];
            request.QueryParameters.Top = 1;
        }, cancellationToken);
        return found?.Value?.FirstOrDefault(m => m.Id is not null);
    }

    private async Task<Message> MakeDraftAsync(OutreachEmail email, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Users[email.Mailbox].Messages.PostAsync(Draft(email, messageId), request => request.Options.Add(NoRetryAfterGatewayTimeout), cancellationToken)
                ?? throw new InvalidOperationException("Graph answered the draft with no body.");
        }
        catch (Exception ex) when (ex is ApiException { ResponseStatusCode: 504 } or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The answer was lost: the draft may have been made. Look before anything is made again.
            LogDraftAnswerLost(logger, OutreachMessageIds.Hash(email.Key));
            return await FindMadeAsync(email.Mailbox, messageId, cancellationToken) ?? throw new InvalidOperationException("Graph did not make the outreach draft; the next attempt makes it.", ex);
        }
    }

    // 429 and 503 say nothing was done, so the SDK may ask again; 504 may come after the draft was made.
    private static RetryHandlerOption NoRetryAfterGatewayTimeout => new()
    {
        ShouldRetry = (_, _, response) => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
    };

    // A fresh model each time: the SDK's backing store sends only changed properties of a reused one.
    private static Message Draft(OutreachEmail email, string messageId) => new()
    {
        Subject = email.Subject,
        Body = new ItemBody { ContentType = BodyType.Text, Content = email.Body },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = email.To } }],
        InternetMessageId = messageId,
        Attachments = [.. email.Attachments.Select(a => (Attachment)new FileAttachment { Name = a.FileName, ContentType = a.ContentType, ContentBytes = a.Content })],
    };

    private async Task<TableEntity?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var found = await tables.SentReplies.GetEntityIfExistsAsync<TableEntity>(Partition, OutreachMessageIds.Hash(key), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<TableEntity> StartAsync(OutreachEmail email, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Partition, OutreachMessageIds.Hash(email.Key)) { ["PartnerId"] = email.PartnerId, ["User"] = email.Mailbox, ["State"] = "Drafting" };
        try
        {
            row.ETag = (await tables.SentReplies.AddEntityAsync(row, cancellationToken)).Headers.ETag ?? default;
            return row;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindAsync(email.Key, cancellationToken) ?? throw new InvalidOperationException("The outreach mail record vanished.", ex);
        }
    }

    private async Task<TableEntity> UpdateAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var updated = await tables.SentReplies.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        row.ETag = updated.Headers.ETag ?? row.ETag;
        return row;
    }

    [LoggerMessage(EventId = 8202, Level = LogLevel.Warning, Message = "Outreach email {Key}: the answer to making its draft was lost; looking for the draft by its Message-ID")]
    private static partial void LogDraftAnswerLost(ILogger logger, string key);

    [LoggerMessage(EventId = 8201, Level = LogLevel.Information, Message = "Outreach email {Key}: Graph no longer has the draft, so an earlier send went through")]
    private static partial void LogDraftGone(ILogger logger, string key);
}
