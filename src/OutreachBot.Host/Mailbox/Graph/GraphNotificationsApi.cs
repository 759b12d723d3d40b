using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// <c>POST /api/graph/notifications</c>: Graph's subscription validation (echo <c>validationToken</c> as text/plain),
/// change notifications and lifecycle notifications. Each notification's clientState is checked in constant time; the
/// answer is 202 at once (Graph wants it within 3 seconds) and the work is queued for the poller.
/// </summary>
public static partial class GraphNotificationsApi
{
    private const long MaxBodyBytes = 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointConventionBuilder MapGraphNotifications(this IEndpointRouteBuilder endpoints, string pattern = "/api/graph/notifications") =>
        endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        GraphMailNudges nudges,
        IOptions<GraphNotificationOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        if (request.Query.TryGetValue("validationToken", out var token))
        {
            return Results.Text(token.ToString(), "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        NotificationBatch? batch;
        try
        {
            batch = await JsonSerializer.DeserializeAsync<NotificationBatch>(request.Body, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        var logger = loggers.CreateLogger(typeof(GraphNotificationsApi));
        foreach (var notification in batch?.Value ?? [])
        {
            if (!SameSecret(notification.ClientState, options.Value.ClientState!))
            {
                LogWrongClientState(logger, notification.SubscriptionId);
                continue;
            }

            switch (notification.LifecycleEvent)
            {
                case null or "missed":
                    nudges.RequestPoll();
                    break;
                case "reauthorizationRequired" when notification.SubscriptionId is { } id:
                    nudges.RequestSubscription(new SubscriptionRequest(id, Recreate: false));
                    break;
                case "subscriptionRemoved" when notification.SubscriptionId is { } id:
                    nudges.RequestSubscription(new SubscriptionRequest(id, Recreate: true));
                    nudges.RequestPoll(); // anything that arrived while it was gone
                    break;
            }
        }

        return Results.Accepted();
    }

    // Hashing first makes both sides the same length, so the comparison time says nothing about the secret's length.
    internal static bool SameSecret(string? received, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(received ?? "")),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private sealed record NotificationBatch(List<ChangeNotification>? Value);

    private sealed record ChangeNotification(string? SubscriptionId, string? ClientState, string? ChangeType, string? LifecycleEvent);

    [LoggerMessage(EventId = 2231, Level = LogLevel.Warning, Message = "Dropped a Graph notification for subscription {SubscriptionId}: wrong clientState")]
    private static partial void LogWrongClientState(ILogger logger, string? subscriptionId);
}
