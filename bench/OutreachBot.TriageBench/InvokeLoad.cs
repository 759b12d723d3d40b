using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OutreachBot.TriageBench;

/// <summary>One measured scenario: how many invokes, how fast, and the round-trip percentiles.</summary>
internal sealed record ScenarioResult(string Scenario, int Users, int Requests, double PerSecond, double P50Ms, double P90Ms, double P99Ms, double MaxMs, int Cards, int Messages, int Errors, string? FirstError);

/// <summary>
/// For comparison: the same invoke posted straight to the bot's /api/messages as the Playground would forward it, to
/// tell the bot's share of the round trip from the Playground's.
/// </summary>
internal sealed record DirectToBot(Uri Endpoint, string ServiceUrl)
{
    private static readonly Dictionary<string, string> ObjectIds = new(StringComparer.Ordinal)
    {
        ["user-id-0"] = "00000000-0000-0000-0000-000000000020",
        ["user-id-1"] = "00000000-0000-0000-0000-000000000021",
        ["user-id-3"] = "00000000-0000-0000-0000-000000000023",
        ["user-id-4"] = "00000000-0000-0000-0000-000000000024",
    };

    public byte[] Activity(Click click, long i) => System.Text.Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = $"bench-{Guid.NewGuid():N}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["from"] = new JsonObject { ["id"] = click.UserId, ["aadObjectId"] = ObjectIds.GetValueOrDefault(click.UserId) },
        ["recipient"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-000000000011" },
        ["conversation"] = new JsonObject { ["id"] = click.Card.ConversationId, ["conversationType"] = "channel" },
        ["replyToId"] = click.Card.MessageId,
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = click.Verb, ["data"] = click.Data.DeepClone() },
            ["trigger"] = i % 2 == 0 ? "automatic" : "manual",
        },
    }.ToJsonString());
}

/// <summary>What one simulated click sends: the card, the person, the verb and its data.</summary>
internal sealed record Click(TriageCardPost Card, string UserId, string Verb, JsonObject Data);

/// <summary>
/// Closed-loop users, each clicking, waiting for the Playground to relay the bot's invoke response, and clicking again.
/// The time measured is the HTTP round trip of <c>POST /_conversation/v1/invoke</c>: Playground → bot → Azurite (and the
/// connector calls the bot makes before it answers) → the response back.
/// </summary>
internal static class InvokeLoad
{
    /// <summary>Runs <paramref name="users"/> users for a warm-up then a measured window; <paramref name="next"/> picks each click.</summary>
    public static async Task<ScenarioResult> RunAsync(
        string scenario, Uri playground, int users, TimeSpan warmup, TimeSpan duration, Func<int, long, Click?> next, DirectToBot? direct = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = users, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };
        var invoke = direct?.Endpoint ?? new Uri("/_conversation/v1/invoke", UriKind.Relative);
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[users];
        int cards = 0, messages = 0, errors = 0;
        string? firstError = null;

        async Task UserAsync(int user)
        {
            var mine = latencies[user] = [];
            for (long i = 0; Stopwatch.GetTimestamp() < stopAt; i++)
            {
                if (next(user, i) is not { } click)
                {
                    return;
                }

                using var content = new ByteArrayContent(direct is null
                    ? PlaygroundSession.InvokeBody(click.Card, click.UserId, click.Verb, click.Data)
                    : direct.Activity(click, i));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var sentAt = Stopwatch.GetTimestamp();
                string? problem = null;
                string? type = null;
                try
                {
                    using var response = await http.PostAsync(invoke, content);
                    var text = await response.Content.ReadAsStringAsync();
                    type = response.IsSuccessStatusCode ? JsonNode.Parse(text)?["type"]?.GetValue<string>() : null;
                    problem = type is null ? $"HTTP {(int)response.StatusCode}: {text[..Math.Min(200, text.Length)]}" : null;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                {
                    problem = ex.GetType().Name + ": " + ex.Message;
                }

                var done = Stopwatch.GetTimestamp();
                if (sentAt < measureFrom)
                {
                    continue;
                }

                mine.Add((done - sentAt) * 1000.0 / Stopwatch.Frequency);
                if (problem is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, problem, null);
                }
                else if (type == "application/vnd.microsoft.card.adaptive")
                {
                    Interlocked.Increment(ref cards);
                }
                else
                {
                    Interlocked.Increment(ref messages);
                }
            }
        }

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(() => UserAsync(u))));
        var measured = Math.Max(1e-9, (Math.Min(Stopwatch.GetTimestamp(), stopAt) - Math.Max(started, measureFrom)) / (double)Stopwatch.Frequency);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new ScenarioResult(scenario, users, all.Length, all.Length / measured,
            Percentile(all, 0.50), Percentile(all, 0.90), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1], cards, messages, errors, firstError);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
