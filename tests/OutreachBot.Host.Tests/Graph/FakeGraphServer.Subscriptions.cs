using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>A subscription as the fake holds it: the body it was created with, and its current expiry.</summary>
public sealed record FakeSubscription(string Id, JsonElement Created, DateTimeOffset ExpiresAt);

public sealed partial class FakeGraphServer
{
    /// <summary>Live subscriptions by id; remove one to make Graph forget it (PATCH then answers 404).</summary>
    public ConcurrentDictionary<string, FakeSubscription> Subscriptions { get; } = new();

    /// <summary>Raised after every subscription POST, PATCH or DELETE with the method and the subscription id.</summary>
    public event Action<string, string>? SubscriptionChanged;

    /// <summary>Raised when a subscription is made, before Graph answers the POST.</summary>
    public event Action<string>? SubscriptionMade;

    /// <summary>When set, the answer to a subscription POST waits for it after the subscription is made (a slow Graph).</summary>
    public Task? HoldSubscriptionAnswers { get; set; }

    private async Task SubscriptionsAsync(HttpContext context, string[] rest)
    {
        Counters.Other.AddOrUpdate($"{context.Request.Method} subscriptions", 1, (_, n) => n + 1);
        switch (rest)
        {
            case [] when HttpMethods.IsPost(context.Request.Method):
            {
                var body = await ReadBodyAsync(context);
                if (Property(body, "changeType") is null || Property(body, "notificationUrl") is null || Property(body, "resource") is null
                    || Property(body, "expirationDateTime")?.GetDateTimeOffset() is not { } expires)
                {
                    await ErrorAsync(context, 400, "InvalidRequest", null);
                    return;
                }

                if (!await PassesValidationAsync(body, context.RequestAborted))
                {
                    await ErrorAsync(context, 400, "ValidationError", null);
                    return;
                }

                var id = Guid.NewGuid().ToString();
                Subscriptions[id] = new FakeSubscription(id, body, expires);
                SubscriptionMade?.Invoke(id);
                if (HoldSubscriptionAnswers is { } hold)
                {
                    await hold.WaitAsync(context.RequestAborted);
                }

                context.Response.StatusCode = 201;
                await context.Response.WriteAsJsonAsync(Answer(Subscriptions[id]), context.RequestAborted);
                SubscriptionChanged?.Invoke("POST", id);
                return;
            }

            case [var id] when HttpMethods.IsPatch(context.Request.Method):
            {
                var body = await ReadBodyAsync(context);
                if (!Subscriptions.TryGetValue(id, out var found))
                {
                    await ErrorAsync(context, 404, "ResourceNotFound", null);
                    return;
                }

                var renewed = found with { ExpiresAt = Property(body, "expirationDateTime")?.GetDateTimeOffset() ?? found.ExpiresAt };
                Subscriptions[id] = renewed;
                await context.Response.WriteAsJsonAsync(Answer(renewed), context.RequestAborted);
                SubscriptionChanged?.Invoke("PATCH", id);
                return;
            }

            case [var id] when HttpMethods.IsDelete(context.Request.Method):
                if (!Subscriptions.TryRemove(id, out _))
                {
                    await ErrorAsync(context, 404, "ResourceNotFound", null);
                    return;
                }

                context.Response.StatusCode = 204;
                SubscriptionChanged?.Invoke("DELETE", id);
                return;

            default:
                await ErrorAsync(context, 404, "ResourceNotFound", null);
                return;
        }
    }

    private static Dictionary<string, object?> Answer(FakeSubscription s) => new()
    {
        ["id"] = s.Id,
        ["resource"] = Property(s.Created, "resource")?.GetString(),
        ["changeType"] = Property(s.Created, "changeType")?.GetString(),
        ["expirationDateTime"] = s.ExpiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture),
    };
}
