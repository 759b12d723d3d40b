using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OutreachBot.Clinic.Detection;
using OutreachBot.Mime;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>What became of one Graph message, and whether its MIME was fetched.</summary>
public readonly record struct GraphTakeOutcome(IntakeOutcome? Outcome, bool Fetched);

/// <summary>
/// One message from a delta page into the pipeline: skipped without a fetch when the ledger has its Message-ID,
/// otherwise its MIME (<c>/messages/{id}/$value</c>) goes through the same reader and intake as an .eml file.
/// </summary>
public sealed partial class GraphMessageIntake(
    GraphServiceClient graph,
    ProcessedMessages ledger,
    MessageIntake intake,
    IOptions<GraphMailOptions> options,
    TimeProvider time,
    ILogger<GraphMessageIntake> logger)
{
    public async Task<GraphTakeOutcome> TakeAsync(string user, GraphMessage message, SemaphoreSlim mailboxGate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Graph gives the Message-ID with its angle brackets; the reader (and so the ledger) keeps it without.
        var messageId = message.InternetMessageId?.Trim().TrimStart('<').TrimEnd('>');
        if (!string.IsNullOrEmpty(messageId) && await ledger.ContainsAsync(messageId, cancellationToken))
        {
            return new GraphTakeOutcome(IntakeOutcome.AlreadyProcessed, Fetched: false);
        }

        using var mime = await GraphMailSync.Limited(mailboxGate, () => ReadMimeAsync(user, message.Id!, cancellationToken), cancellationToken);
        if (mime is null)
        {
            return new GraphTakeOutcome(null, Fetched: true);
        }

        IncomingMessage incoming;
        try
        {
            incoming = EmlMessageReader.Read(mime, message.ReceivedDateTime ?? time.GetUtcNow(), cancellationToken);
        }
        catch (UnreadableMessageException ex)
        {
            LogUnreadable(logger, user, message.Id!, ex.Message);
            return new GraphTakeOutcome(null, Fetched: true);
        }

        return new GraphTakeOutcome(await intake.TakeAsync(incoming, cancellationToken), Fetched: true);
    }

    private async Task<MemoryStream?> ReadMimeAsync(string user, string id, CancellationToken cancellationToken)
    {
        await using var content = await graph.Users[user].Messages[id].Content.GetAsync(cancellationToken: cancellationToken);
        if (content is null)
        {
            return null;
        }

        var limit = options.Value.MaxMessageBytes;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                LogTooLarge(logger, user, id, limit);
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Graph mailbox {User}: message {GraphId} is not a readable message: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string user, string graphId, string reason);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Warning, Message = "Graph mailbox {User}: message {GraphId} is larger than Graph:Mail:MaxMessageBytes ({Limit}); left alone")]
    private static partial void LogTooLarge(ILogger logger, string user, string graphId, long limit);
}
