namespace OutreachBot.Host.Partners;

/// <summary>The directory's log: partner ids only, never names, addresses or notes.</summary>
internal static partial class PartnerDirectoryLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Partner {PartnerId} added")]
    public static partial void Added(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Partner {PartnerId} changed by someone else {Attempts} times in a row; change not applied")]
    public static partial void ChangeGaveUp(ILogger logger, string partnerId, int attempts);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Debug, Message = "A {KeyKind} key of partner {PartnerId} belongs to partner {OwnerId} already")]
    public static partial void KeyTaken(ILogger logger, string keyKind, string partnerId, string ownerId);
}
