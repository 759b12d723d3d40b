using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Operations;

/// <summary>
/// <c>GET /readyz</c>: each dependency's state as JSON, 200 when none is failing, 503 otherwise. Unlike
/// <c>/healthz</c> (the process is up), this is for a person or a monitor asking "can the bot do its work now?".
/// No secrets, ids or patient data in the answer.
/// </summary>
public static partial class ReadinessApi
{
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints, string pattern)
    {
        endpoints.MapGet(pattern, async (IEnumerable<IReadinessCheck> checks, IOptions<OperationsOptions> options, ILoggerFactory loggers, HttpContext http) =>
        {
            var states = await Task.WhenAll(checks.Select(c => RunAsync(c, options.Value.ReadinessTimeout, http.RequestAborted)));
            var ready = states.All(s => s.IsReady);
            if (!ready)
            {
                LogNotReady(loggers.CreateLogger(typeof(ReadinessApi)), string.Join(", ", states.Where(s => !s.IsReady).Select(s => s.Name)));
            }

            var body = new JsonObject
            {
                ["status"] = ready ? "ready" : "not ready",
                ["dependencies"] = new JsonObject(states.Select(s => KeyValuePair.Create(s.Name,
                    (JsonNode?)new JsonObject { ["state"] = s.State, ["detail"] = s.Detail }))),
            };
            return Results.Text(body.ToJsonString(), "application/json", statusCode: ready ? 200 : 503);
        });
        return endpoints;
    }

    private static async Task<DependencyState> RunAsync(IReadinessCheck check, TimeSpan timeout, CancellationToken requestAborted)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        limit.CancelAfter(timeout);
        var name = check.GetType().Name.Replace("Readiness", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        try
        {
            return await check.CheckAsync(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            return new DependencyState(name, DependencyState.Failing, $"No answer within {timeout.TotalSeconds:0.#} s.");
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Not ready: {Failing}")]
    private static partial void LogNotReady(ILogger logger, string failing);
}
