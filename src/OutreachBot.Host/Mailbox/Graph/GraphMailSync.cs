using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Kiota.Abstractions;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>What one sync of a folder did.</summary>
public sealed record FolderSyncResult(int Pages, int Messages, int Fetched, int NewReferrals, bool Resynced);

/// <summary>
/// Brings one mailbox folder up to date with a Graph delta query: page by page, every new message goes through the
/// same reader and intake as an .eml file (exactly once by the ledger), and the folder's position is saved only after
/// the messages of that page and of every page before it are recorded. The page carries the text body and the file
/// attachments, so only messages with attached emails or threading headers have their MIME fetched, gathered across
/// pages into full <c>$batch</c>es of 20 (<see cref="HeldDeltaPages"/>); a message the ledger already has is not
/// fetched at all. An expired delta token (410) drops the position and resyncs from the start; the ledger keeps that free of duplicates.
/// </summary>
public sealed partial class GraphMailSync(
    GraphServiceClient graph,
    GraphDeltaLinks links,
    GraphMessageIntake messages,
    TriageCardPoster cards,
    IOptions<GraphMailOptions> options,
    TimeProvider time,
    ILogger<GraphMailSync> logger)
{
    /// <summary>Outlook allows an app 4 concurrent requests per mailbox; more are answered 429 MailboxConcurrency.</summary>
    public const int MaxRequestsPerMailbox = 4;

    /// <summary>
    /// Delta pages a round reads while messages wait for a full <c>$batch</c> of MIME: bounds what a crash makes the next
    /// round read again.
    /// </summary>
    public const int MaxPagesHeld = 20;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _mailboxGates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _folderLocks = new(StringComparer.OrdinalIgnoreCase);

    public async Task<FolderSyncResult> SyncFolderAsync(string user, string folder, CancellationToken cancellationToken)
    {
        var folderLock = _folderLocks.GetOrAdd(user + "|" + folder, _ => new SemaphoreSlim(1, 1));
        await folderLock.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return await RunAsync(user, folder, resynced: false, cancellationToken);
            }
            catch (Exception ex) when (IsExpiredDelta(ex))
            {
                LogResync(logger, user, folder);
                await links.DropAsync(user, folder, cancellationToken);
                return await RunAsync(user, folder, resynced: true, cancellationToken);
            }
        }
        finally
        {
            folderLock.Release();
        }
    }

    private async Task<FolderSyncResult> RunAsync(string user, string folder, bool resynced, CancellationToken cancellationToken)
    {
        var gate = _mailboxGates.GetOrAdd(user, _ => new SemaphoreSlim(MaxRequestsPerMailbox, MaxRequestsPerMailbox));
        var position = await links.FindAsync(user, folder, cancellationToken);
        var delta = graph.Users[user].MailFolders[folder].Messages.Delta;
        var link = position?.Link; // the page to read next; position is what is saved
        var held = new HeldDeltaPages();
        int pages = 0, seen = 0, fetched = 0, referrals = 0;
        while (true)
        {
            var page = await Limited(gate, () => link is null
                ? delta.GetAsDeltaGetResponseAsync(FirstPage, cancellationToken)
                : delta.WithUrl(link).GetAsDeltaGetResponseAsync(LaterPage, cancellationToken), cancellationToken)
                ?? throw new InvalidOperationException("Graph answered a delta page with no body.");
            pages++;
            var last = page.OdataNextLink is null;
            link = page.OdataNextLink ?? page.OdataDeltaLink
                ?? throw new InvalidOperationException("Graph answered a delta page with neither a next nor a delta link.");
            var live = (page.Value ?? []).Where(m => m.Id is not null && m.AdditionalData?.ContainsKey("@removed") != true)
                .DistinctBy(m => m.Id).ToList();
            seen += live.Count;

            // New messages read from the page go in now; those that need MIME wait with their page until a $batch is
            // full, the pages held reach the limit, or the round ends, and are fetched and taken while these go in.
            var fresh = await messages.NewAsync([.. live.Where(m => !held.IsWaiting(m.Id!))], cancellationToken);
            var needsMime = fresh.ToLookup(GraphMessageBody.NeedsMime);
            held.Add(link, needsMime[true]);
            var inline = messages.TakeInlineAsync(user, [.. needsMime[false]], cancellationToken);
            var fetchedNow = FetchHeldAsync(user, held, flushAll: last || held.Pages >= MaxPagesHeld, gate, cancellationToken);
            await Task.WhenAll(inline, fetchedNow);
            var outcomes = (await inline).Concat(await fetchedNow).ToList();
            fetched += outcomes.Count(o => o.Fetched);
            referrals += outcomes.Count(o => o.Outcome == IntakeOutcome.NewReferral);
            if (outcomes.Any(o => o.Outcome == IntakeOutcome.NewReferral))
            {
                cards.Nudge();
            }

            // Only past pages whose every message is recorded (the rest are read again after a crash).
            if (held.TakeSettledLink() is { } settled)
            {
                position = await links.SaveAsync(user, folder, settled, position, time.GetUtcNow(), cancellationToken);
                if (position is null)
                {
                    LogMovedElsewhere(logger, user, folder);
                    break;
                }
            }

            if (last)
            {
                break;
            }
        }

        LogSynced(logger, user, folder, pages, seen, fetched, referrals);
        return new FolderSyncResult(pages, seen, fetched, referrals, resynced);
    }

    // Full batches of waiting messages, oldest first; with flushAll, the rest too.
    private async Task<IReadOnlyList<GraphTakeOutcome>> FetchHeldAsync(
        string user, HeldDeltaPages held, bool flushAll, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        var outcomes = new List<GraphTakeOutcome>();
        while (held.Waiting >= GraphMimeBatches.MaxRequestsPerBatch || (flushAll && held.Waiting > 0))
        {
            outcomes.AddRange(await messages.TakeFetchedAsync(user, held.Take(GraphMimeBatches.MaxRequestsPerBatch), gate, cancellationToken));
        }

        return outcomes;
    }

    private void FirstPage(RequestConfiguration<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters> request)
    {
        request.QueryParameters.Select = GraphMessageBody.SelectedFields;
        request.QueryParameters.Expand = GraphMessageBody.ExpandedFields;
        LaterPage(request);
    }

    // Graph keeps neither Prefer header in the next or delta link: without them on every page, later pages fall back
    // to the default page size and mutable ids.
    private void LaterPage(RequestConfiguration<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters> request)
    {
        request.Headers.Add("Prefer", $"odata.maxpagesize={options.Value.PageSize}");
        request.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
        request.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
    }

    internal static async Task<T> Limited<T>(SemaphoreSlim gate, Func<Task<T>> request, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await request();
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool IsExpiredDelta(Exception ex) => ex switch
    {
        Microsoft.Graph.Models.ODataErrors.ODataError { Error.Code: "SyncStateNotFound" or "resyncRequired" or "SyncStateInvalid" } => true,
        ApiException { ResponseStatusCode: 410 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsExpiredDelta),
        _ => false,
    };

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information,
        Message = "Graph mailbox {User} folder {Folder}: {Pages} delta pages, {Messages} messages, {Fetched} fetched, {NewReferrals} new referrals")]
    private static partial void LogSynced(ILogger logger, string user, string folder, int pages, int messages, int fetched, int newReferrals);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning,
        Message = "Graph mailbox {User} folder {Folder}: the delta token expired; resyncing from the start")]
    private static partial void LogResync(ILogger logger, string user, string folder);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information,
        Message = "Graph mailbox {User} folder {Folder}: another poller moved the delta position; leaving the rest to it")]
    private static partial void LogMovedElsewhere(ILogger logger, string user, string folder);
}
