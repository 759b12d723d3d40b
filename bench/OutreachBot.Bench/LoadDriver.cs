using System.Diagnostics;
using System.Net.Http.Headers;

namespace OutreachBot.Bench;

/// <summary>One measured run: a target, a payload, a number of clients.</summary>
internal sealed record RunResult(
    string Target, string Scenario, int Clients, double RequestsPerSecond, double P50Ms, double P99Ms,
    long Errors, string? FirstError, double ConnectorSendsPerSecond);

/// <summary>
/// Closed-loop load: each client sends, waits for the answer, sends again, on its own keep-alive connection, for a
/// warm-up and then a measured window. Latencies go into arrays and are sorted afterwards. Bounded by time.
/// </summary>
internal static class LoadDriver
{
    public static async Task<RunResult> RunAsync(
        string target, Uri endpoint, Payload payload, int clients, IReadOnlyList<string> tokens,
        TimeSpan warmup, TimeSpan duration, Func<long> connectorSends, Func<HttpResponseMessage, byte[], string?> check)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var contentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long sendsAtStart = -1;
        long errors = 0;
        string? firstError = null;
        var latencies = new List<long>[clients];

        async Task ClientAsync(int client)
        {
            var mine = latencies[client] = new List<long>(64 * 1024);
            var token = $"Bearer {tokens[client % tokens.Count]}";
            while (true)
            {
                var sentAt = Stopwatch.GetTimestamp();
                if (sentAt >= stopAt)
                {
                    return;
                }

                string? problem;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(payload.Next()) };
                    request.Content.Headers.ContentType = contentType;
                    request.Headers.TryAddWithoutValidation("Authorization", token);
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    problem = check(response, body);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    problem = ex.GetType().Name;
                }

                var doneAt = Stopwatch.GetTimestamp();
                if (sentAt < measureFrom)
                {
                    continue;
                }

                if (problem is null)
                {
                    mine.Add(doneAt - sentAt);
                }
                else if (Interlocked.Increment(ref errors) == 1)
                {
                    firstError = problem;
                }
            }
        }

        var tasks = Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(i))).ToArray();
        var untilMeasuring = TimeSpan.FromSeconds((double)(measureFrom - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
        if (untilMeasuring > TimeSpan.Zero)
        {
            await Task.Delay(untilMeasuring);
        }

        sendsAtStart = connectorSends();
        await Task.WhenAll(tasks);
        var sends = connectorSends() - sendsAtStart;
        var window = (double)(Stopwatch.GetTimestamp() - measureFrom) / Stopwatch.Frequency;

        var all = latencies.SelectMany(list => list).ToArray();
        Array.Sort(all);
        return new RunResult(
            target, payload.Name, clients, all.Length / duration.TotalSeconds,
            Percentile(all, 0.50), Percentile(all, 0.99), errors, firstError, sends / window);
    }

    private static double Percentile(long[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
