using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Hosting;

/// <summary>Reads and checks an inbound activity; says why when it cannot (never echoing the body).</summary>
public static class ActivityReader
{
    /// <summary>The outcome: an activity, or a status (400, 413, 415) and a reason.</summary>
    /// <param name="Activity">The activity, when it was read.</param>
    /// <param name="Status">200 when read, else the HTTP status to answer.</param>
    /// <param name="Error">Why the request was refused.</param>
    public sealed record Result(Activity? Activity, int Status, string? Error);

    /// <summary>Reads the request body as an activity, refusing bodies over <paramref name="maxBytes"/>.</summary>
    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
        }

        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "The body must be JSON.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Parses and checks an activity's JSON.</summary>
    public static Result Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options);
        }
        catch (JsonException ex)
        {
            return new(null, StatusCodes.Status400BadRequest, $"The body is not a valid activity ({ex.Path ?? "$"}).");
        }

        var problem = activity switch
        {
            null => "The body is not a JSON object.",
            { Type: null or "" } => "The activity has no type.",
            { ChannelId: null or "" } => "The activity has no channelId.",
            // "Conversation.Id: null" alone does not match a missing conversation: the property pattern needs it non-null.
            { Conversation: null } or { Conversation.Id: null or "" } => "The activity has no conversation id.",
            { ServiceUrl: var url } when !IsHttpUrl(url) => "The activity has no absolute http(s) serviceUrl.",
            _ => null,
        };
        return problem is null ? new(activity, StatusCodes.Status200OK, null) : new(null, StatusCodes.Status400BadRequest, problem);
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
