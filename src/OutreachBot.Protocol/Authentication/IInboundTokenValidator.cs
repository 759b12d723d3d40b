namespace OutreachBot.Protocol.Authentication;

/// <summary>Authenticates a request the Bot Framework channel service sends to the bot's messaging endpoint.</summary>
public interface IInboundTokenValidator
{
    /// <summary>
    /// Validates the request's bearer token against the Bot Framework and Entra signing keys, the bot's app id,
    /// the channel endorsement and the activity's service URL.
    /// </summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header value, or null when absent.</param>
    /// <param name="channelId">The activity's <c>channelId</c>, e.g. <c>msteams</c>.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    /// <param name="cancellationToken">Cancels waiting for signing keys.</param>
    /// <returns>
    /// 200 with the caller's identity, or 401/403 with a short failure reason. While authentication is disabled
    /// (Development only) every request gets 200 with an unauthenticated identity.
    /// </returns>
    Task<InboundAuthResult> ValidateAsync(
        string? authorizationHeader, string channelId, string serviceUrl, CancellationToken cancellationToken);
}
