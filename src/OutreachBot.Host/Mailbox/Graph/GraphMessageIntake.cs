using System.Collections.Concurrent;
using OutreachBot.Clinic.Detection;
using OutreachBot.Host.Partners;
using OutreachBot.Mime;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>What became of one Graph message, and whether its MIME was fetched.</summary>
public readonly record struct GraphTakeOutcome(IntakeOutcome? Outcome, bool Fetched);

/// <summary>
/// Delta pages' messages into the pipeline: a message the ledger has (by Message-ID) is skipped without a request
/// (<see cref="NewAsync"/>); one whose delta entry is enough is read from it (<see cref="GraphMessageBody"/>,
/// <see cref="TakeInlineAsync"/>); the rest have their MIME fetched in <c>$batch</c>es (<see cref="TakeFetchedAsync"/>).
/// All go through the same reader and intake as an .eml file.
/// </summary>
public sealed partial class GraphMessageIntake(
    ProcessedMessages ledger,
    MessageIntake intake,
    PartnerMail partnerMail,
    GraphMimeBatches batches,
    TimeProvider time,
    ILogger<GraphMessageIntake> logger)
{
    /// <summary>The ledger's outcome for a non-delivery report.</summary>
    public const string DeliveryReportOutcome = "DeliveryReport";

    private const int LedgerParallelism = 8;

    /// <summary>The messages the ledger does not have yet, in page order.</summary>
    public async Task<IReadOnlyList<GraphMessage>> NewAsync(IReadOnlyList<GraphMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var known = new bool[messages.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, messages.Count), new ParallelOptions { MaxDegreeOfParallelism = LedgerParallelism, CancellationToken = cancellationToken },
            async (i, ct) => known[i] = MessageId(messages[i]) is { Length: > 0 } id && await ledger.ContainsAsync(id, ct));
        return [.. messages.Where((_, i) => !known[i])];
    }

    /// <summary>Takes messages read from their delta entry (none that <see cref="GraphMessageBody.NeedsMime"/>).</summary>
    public async Task<IReadOnlyList<GraphTakeOutcome>> TakeInlineAsync(string user, IReadOnlyList<GraphMessage> messages, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentBag<GraphTakeOutcome>();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = LedgerParallelism, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                using var eml = GraphMessageBody.ToMime(message, time.GetUtcNow(), ct);
                outcomes.Add(new GraphTakeOutcome(await TakeAsync(user, message, eml, ct), Fetched: false));
            });
        return [.. outcomes];
    }

    /// <summary>Fetches the MIME of the messages (in <c>$batch</c>es) and takes each as soon as its batch is answered.</summary>
    public async Task<IReadOnlyList<GraphTakeOutcome>> TakeFetchedAsync(
        string user, IReadOnlyList<GraphMessage> messages, SemaphoreSlim mailboxGate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var outcomes = new ConcurrentBag<GraphTakeOutcome>();
        if (messages.Count == 0)
        {
            return [];
        }

        var byId = messages.DistinctBy(m => m.Id).ToDictionary(m => m.Id!, StringComparer.Ordinal);
        await batches.FetchAsync(user, byId.Keys, mailboxGate, async (id, mime, ct) =>
        {
            if (mime is null)
            {
                outcomes.Add(new GraphTakeOutcome(null, Fetched: true));
                return;
            }

            using var eml = new MemoryStream(mime);
            outcomes.Add(new GraphTakeOutcome(await TakeAsync(user, byId[id], eml, ct), Fetched: true));
        }, cancellationToken);
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
        if (!await partnerMail.TakeAsync(incoming, report, cancellationToken))
        {
            return await intake.TakeAsync(incoming, cancellationToken);
        }

        // A non-delivery report taken by the partner directory goes in the ledger too, so a resync skips it as it
        // skips everything else read before (the .eml folder moves the file instead).
        await ledger.RecordAsync(incoming.MessageId, DeliveryReportOutcome, null, time.GetUtcNow(), cancellationToken);
        return IntakeOutcome.NotReferral;
    }

    // Graph gives the Message-ID with its angle brackets; the reader (and so the ledger) keeps it without.
    private static string? MessageId(GraphMessage message) => message.InternetMessageId?.Trim().TrimStart('<').TrimEnd('>');

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Graph mailbox {User}: message {GraphId} is not a readable message: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string user, string graphId, string reason);
}
