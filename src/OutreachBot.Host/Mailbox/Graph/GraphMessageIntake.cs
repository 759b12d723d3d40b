using System.Collections.Concurrent;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.Partners;
using OutreachBot.Mime;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>What became of one Graph message, and whether its MIME was fetched.</summary>
public readonly record struct GraphTakeOutcome(IntakeOutcome? Outcome, bool Fetched);

/// <summary>
/// One delta page's messages into the pipeline: a message the ledger has (by Message-ID) is skipped without a
/// request; one whose delta entry is enough is read from it (<see cref="GraphMessageBody"/>); the rest have their MIME
/// fetched in <c>$batch</c>es. All go through the same reader and intake as an .eml file.
/// </summary>
public sealed partial class GraphMessageIntake(
    ProcessedMessages ledger,
    MessageIntake intake,
    PartnerMail partnerMail,
    GraphMimeBatches batches,
    TimeProvider time,
    ILogger<GraphMessageIntake> logger)
{
    private const int LedgerParallelism = 8;

    public async Task<IReadOnlyList<GraphTakeOutcome>> TakePageAsync(
        string user, IReadOnlyList<GraphMessage> messages, SemaphoreSlim mailboxGate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var outcomes = new ConcurrentBag<GraphTakeOutcome>();
        var unknown = new ConcurrentBag<GraphMessage>();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = LedgerParallelism, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                if (MessageId(message) is { Length: > 0 } id && await ledger.ContainsAsync(id, ct))
                {
                    outcomes.Add(new GraphTakeOutcome(IntakeOutcome.AlreadyProcessed, Fetched: false));
                }
                else
                {
                    unknown.Add(message);
                }
            });

        // The messages read from their delta entry go in while the others' MIME is fetched.
        var byId = unknown.ToDictionary(m => m.Id!, StringComparer.Ordinal);
        var fetch = unknown.Where(GraphMessageBody.NeedsMime).Select(m => m.Id!).ToList();
        var fetching = fetch.Count == 0 ? Task.CompletedTask : batches.FetchAsync(user, fetch, mailboxGate, async (id, mime, ct) =>
        {
            if (mime is null)
            {
                outcomes.Add(new GraphTakeOutcome(null, Fetched: true));
                return;
            }

            using var eml = new MemoryStream(mime);
            outcomes.Add(new GraphTakeOutcome(await TakeAsync(user, byId[id], eml, ct), Fetched: true));
        }, cancellationToken);
        var inline = Parallel.ForEachAsync(
            unknown.Where(m => !GraphMessageBody.NeedsMime(m)),
            new ParallelOptions { MaxDegreeOfParallelism = LedgerParallelism, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                using var eml = GraphMessageBody.ToMime(message, time.GetUtcNow(), ct);
                outcomes.Add(new GraphTakeOutcome(await TakeAsync(user, message, eml, ct), Fetched: false));
            });
        await Task.WhenAll(fetching, inline);
        return [.. outcomes];
    }

    private async Task<IntakeOutcome?> TakeAsync(string user, GraphMessage message, MemoryStream eml, CancellationToken cancellationToken)
    {
        IncomingMessage incoming;
        try
        {
            incoming = EmlMessageReader.Read(eml, message.ReceivedDateTime ?? time.GetUtcNow(), cancellationToken);
        }
        catch (UnreadableMessageException ex)
        {
            LogUnreadable(logger, user, message.Id!, ex.Message);
            return null;
        }

        eml.Position = 0;
        var report = DeliveryReport.Read(eml, cancellationToken);
        return await partnerMail.TakeAsync(incoming, report, cancellationToken) ? IntakeOutcome.NotReferral : await intake.TakeAsync(incoming, cancellationToken);
    }

    // Graph gives the Message-ID with its angle brackets; the reader (and so the ledger) keeps it without.
    private static string? MessageId(GraphMessage message) => message.InternetMessageId?.Trim().TrimStart('<').TrimEnd('>');

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Graph mailbox {User}: message {GraphId} is not a readable message: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string user, string graphId, string reason);
}
