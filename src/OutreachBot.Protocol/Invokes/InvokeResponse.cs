using System.Text.Json.Nodes;

namespace OutreachBot.Protocol.Invokes;

/// <summary>The answer to an invoke activity: the HTTP status and JSON body the channel receives.</summary>
/// <param name="Status">The HTTP status code of the response.</param>
/// <param name="Body">The JSON body, or null for an empty body.</param>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>An empty 200, for invokes that need no body.</summary>
    public static InvokeResponse Ok() => new(200, null);

    /// <summary>The invoke name is not one this bot handles.</summary>
    public static InvokeResponse NotImplemented() => new(501, null);
}
