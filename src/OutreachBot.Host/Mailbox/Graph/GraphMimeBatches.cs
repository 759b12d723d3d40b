using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OutreachBot.Host.Graph;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// Fetches the MIME of several messages of one mailbox with JSON <c>$batch</c>: at most 20 <c>$value</c> requests per
/// call. Graph throttles each request of a batch on its own (a 200 batch with 429s inside), so the items answered
/// 429, 503 or 504 are asked again in a new batch after their Retry-After, up to <see cref="GraphOptions.MaxRetries"/>
/// times; results are mapped back by message, never by step id (a new batch has new ids). Outlook runs up to four
/// requests of a batch at once, so a batch holds the whole per-mailbox allowance while it runs.
/// </summary>
public sealed partial class GraphMimeBatches(
    GraphServiceClient graph,
    IOptions<GraphOptions> graphOptions,
    IOptions<GraphMailOptions> mailOptions,
    TimeProvider time,
    ILogger<GraphMimeBatches> logger)
{
    /// <summary>Graph's limit of requests in one JSON batch.</summary>
    public const int MaxRequestsPerBatch = 20;

    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _batchLocks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Hands each message's MIME to <paramref name="fetched"/> as soon as its batch is answered (so a later failure
    /// wastes no body already read): null for a message Graph no longer has or one larger than
    /// <see cref="GraphMailOptions.MaxMessageBytes"/>. Throws when an item stays throttled past the retries.
    /// </summary>
    public async Task FetchAsync(
        string user,
        IReadOnlyCollection<string> messageIds,
        SemaphoreSlim mailboxGate,
        Func<string, byte[]?, CancellationToken, Task> fetched,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        ArgumentNullException.ThrowIfNull(mailboxGate);
        ArgumentNullException.ThrowIfNull(fetched);
        var remaining = messageIds.Distinct(StringComparer.Ordinal).ToList();
        for (var attempt = 0; remaining.Count > 0; attempt++)
        {
            var again = new List<string>();
            var wait = TimeSpan.Zero;
            foreach (var chunk in remaining.Chunk(MaxRequestsPerBatch))
            {
                var (retry, retryAfter) = await SendAsync(user, chunk, fetched, mailboxGate, cancellationToken);
                again.AddRange(retry);
                wait = retryAfter > wait ? retryAfter : wait;
            }

            if (again.Count > 0 && attempt >= graphOptions.Value.MaxRetries)
            {
                throw new GraphBatchException($"{again.Count} $value requests of mailbox {user} were still throttled after {attempt + 1} batches.");
            }

            remaining = again;
            if (again.Count > 0)
            {
                LogThrottled(logger, user, again.Count, wait.TotalSeconds);
                await Task.Delay(wait < LongestWait ? wait : LongestWait, time, cancellationToken);
            }
        }
    }

    private async Task<(List<string> Retry, TimeSpan RetryAfter)> SendAsync(
        string user, string[] ids, Func<string, byte[]?, CancellationToken, Task> fetched, SemaphoreSlim mailboxGate, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(graph);
        var steps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            steps[await batch.AddBatchRequestStepAsync(graph.Users[user].Messages[id].Content.ToGetRequestInformation())] = id;
        }

        var response = await ExclusiveAsync(user, mailboxGate, () => graph.Batch.PostAsync(batch, cancellationToken), cancellationToken);
        var statuses = await response.GetResponsesStatusCodesAsync();
        var retry = new List<string>();
        var retryAfter = TimeSpan.Zero;
        var answered = new List<(string Id, byte[]? Mime)>();
        foreach (var (step, id) in steps)
        {
            using var item = await response.GetResponseByIdAsync(step);
            var status = statuses.TryGetValue(step, out var s) ? s : item?.StatusCode ?? HttpStatusCode.InternalServerError;
            switch (status)
            {
                case HttpStatusCode.OK when item?.Content is not null:
                    answered.Add((id, await ReadAsync(user, id, item.Content, cancellationToken)));
                    break;
                case HttpStatusCode.NotFound:
                    LogGone(logger, user, id);
                    answered.Add((id, null));
                    break;
                case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                    retry.Add(id);
                    var after = item?.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    retryAfter = after > retryAfter ? after : retryAfter;
                    break;
                default:
                    throw new GraphBatchException($"Graph answered {(int)status} to the $value request of a message in mailbox {user}.");
            }
        }

        await Parallel.ForEachAsync(answered, cancellationToken, async (a, ct) => await fetched(a.Id, a.Mime, ct));
        return (retry, retryAfter);
    }

    // A batch's body item holds non-JSON content (MIME) base64-encoded.
    private async Task<byte[]?> ReadAsync(string user, string id, HttpContent content, CancellationToken cancellationToken)
    {
        var text = await content.ReadAsStringAsync(cancellationToken);
        var limit = mailOptions.Value.MaxMessageBytes;
        if (text.Length / 4 * 3 > limit)
        {
            LogTooLarge(logger, user, id, limit);
            return null;
        }

        return Convert.FromBase64String(text);
    }

    private async Task<T> ExclusiveAsync<T>(string user, SemaphoreSlim mailboxGate, Func<Task<T>> request, CancellationToken cancellationToken)
    {
        var batchLock = _batchLocks.GetOrAdd(user, _ => new SemaphoreSlim(1, 1));
        await batchLock.WaitAsync(cancellationToken);
        var held = 0;
        try
        {
            for (; held < GraphMailSync.MaxRequestsPerMailbox; held++)
            {
                await mailboxGate.WaitAsync(cancellationToken);
            }

            return await request();
        }
        finally
        {
            if (held > 0)
            {
                mailboxGate.Release(held);
            }

            batchLock.Release();
        }
    }

    [LoggerMessage(EventId = 2213, Level = LogLevel.Information, Message = "Graph mailbox {User}: {Count} batched $value requests throttled; asking again in {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string user, int count, double seconds);

    [LoggerMessage(EventId = 2214, Level = LogLevel.Warning, Message = "Graph mailbox {User}: message {GraphId} is gone (404) before its MIME was read")]
    private static partial void LogGone(ILogger logger, string user, string graphId);

    [LoggerMessage(EventId = 2215, Level = LogLevel.Warning, Message = "Graph mailbox {User}: message {GraphId} is larger than Graph:Mail:MaxMessageBytes ({Limit}); left alone")]
    private static partial void LogTooLarge(ILogger logger, string user, string graphId, long limit);
}
