using System.Security.Claims;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// The outcome of validating an inbound request: 200 with the caller's identity, 401 (not authenticated) or
/// 403 (authenticated, but the signing key is not endorsed for the channel).
/// </summary>
/// <param name="StatusCode">200, 401 or 403: the status to answer with when not 200.</param>
/// <param name="Failure">A short reason for logs; never contains token contents. Null on success.</param>
/// <param name="Identity">The validated token's claims on success; null otherwise.</param>
public sealed record InboundAuthResult(int StatusCode, string? Failure, ClaimsIdentity? Identity)
{
    /// <summary>Whether the request is authenticated.</summary>
    public bool Succeeded => StatusCode == 200;

    internal static InboundAuthResult Ok(ClaimsIdentity identity) => new(200, null, identity);

    internal static InboundAuthResult Unauthorized(string failure) => new(401, failure, null);

    internal static InboundAuthResult Forbidden(string failure) => new(403, failure, null);
}
