using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

public sealed partial class FakeGraphServer
{
    /// <summary>
    /// <c>POST /v1.0/$batch</c>: at most 20 requests, each answered on its own as Graph does, so the fault plan can
    /// throttle single items (a 200 batch with 429s inside, Retry-After in the item's headers). Serves message
    /// <c>$value</c> items, with the MIME base64-encoded in the item's body, as Graph answers non-JSON content.
    /// </summary>
    private async Task BatchAsync(HttpContext context, long number)
    {
        Counters.Batch();
        if (Faults.Plan(number, context.Request.Path.Value!) is { } fault)
        {
            Counters.Fault();
            await ErrorAsync(context, fault.Status, fault.Code, fault.RetryAfterSeconds);
            return;
        }

        var body = await ReadBodyAsync(context);
        var requests = Property(body, "requests")?.EnumerateArray().ToList() ?? [];
        if (requests.Count is 0 or > 20)
        {
            await ErrorAsync(context, 400, "BadRequest", null);
            return;
        }

        var served = new List<string>();
        var responses = new List<Dictionary<string, object?>>();
        foreach (var request in requests)
        {
            responses.Add(await BatchItemAsync(request, served, context.RequestAborted));
        }

        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["responses"] = responses }, context.RequestAborted);
        foreach (var id in served)
        {
            Counters.Served(id);
        }
    }

    private async Task<Dictionary<string, object?>> BatchItemAsync(JsonElement request, List<string> served, CancellationToken cancellationToken)
    {
        var id = Property(request, "id")?.GetString();
        var url = Property(request, "url")?.GetString() ?? "";
        var segments = ("v1.0/" + url.Split('?')[0].TrimStart('/')).Split('/').Select(Uri.UnescapeDataString).ToArray();
        var path = "/" + string.Join('/', segments);
        var number = Counters.BatchItem();
        if (segments is not [_, var users, var user, var messages, var messageId, var value]
            || !Is(users, "users") || !Is(messages, "messages") || !Is(value, "$value")
            || !string.Equals(Property(request, "method")?.GetString(), "GET", StringComparison.OrdinalIgnoreCase))
        {
            return Item(id, 400, null, new { error = new { code = "BadRequest", message = "The fake batches only message $value requests." } });
        }

        Counters.Enter(user);
        try
        {
            if (Faults.Plan(number, path) is { } fault)
            {
                Counters.Fault();
                var headers = fault.RetryAfterSeconds is { } s ? new Dictionary<string, string> { ["Retry-After"] = s.ToString(CultureInfo.InvariantCulture) } : null;
                return Item(id, fault.Status, headers, new { error = new { code = fault.Code, message = $"Fake Graph answered {fault.Status} {fault.Code}." } });
            }

            Counters.Value();
            await Faults.WaitIfHeldAsync(cancellationToken);
            if (FindMessage(user, messageId) is not { } message)
            {
                return Item(id, 404, null, new { error = new { code = "ErrorItemNotFound", message = "Not found." } });
            }

            served.Add(message.Id);
            return Item(id, 200, new Dictionary<string, string> { ["Content-Type"] = "message/rfc822" }, Convert.ToBase64String(message.Mime));
        }
        finally
        {
            Counters.Leave(user);
        }
    }

    private static Dictionary<string, object?> Item(string? id, int status, Dictionary<string, string>? headers, object? body) => new()
    {
        ["id"] = id,
        ["status"] = status,
        ["headers"] = headers ?? new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        ["body"] = body,
    };
}
