using Microsoft.Extensions.Logging;

namespace OutreachBot.Protocol.Authentication;

/// <summary>Log messages of inbound authentication. Never given token contents: only reasons and addresses.</summary>
internal static partial class BotAuthenticationLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "Inbound request rejected with {StatusCode}: {Failure}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string failure);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "Inbound authentication is DISABLED (Bot:Authentication:Disabled) in the {EnvironmentName} environment; every request to the messaging endpoint is accepted")]
    public static partial void AuthenticationDisabled(ILogger logger, string environmentName);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Token signed with an unknown key id; refreshing signing keys from {MetadataAddress}")]
    public static partial void SigningKeyRefreshRequested(ILogger logger, string metadataAddress);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Refreshing signing keys from {MetadataAddress} failed or timed out")]
    public static partial void SigningKeyRefreshFailed(ILogger logger, string metadataAddress, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error,
        Message = "Signing keys from {MetadataAddress} are unavailable; inbound requests are rejected")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataAddress, Exception exception);
}
