namespace OutreachBot.Clinic.Detection;

/// <summary>
/// One received message, already decoded by the mailbox adapter. MessageId is the RFC 5322 Message-ID without angle
/// brackets, or "sha256:&lt;hex&gt;" of the raw bytes when it has none. BodyText is clean text: HTML converted,
/// entities decoded, scripts and styles dropped.
/// </summary>
public sealed record IncomingMessage(
    string MessageId,
    string Subject,
    string FromAddress,
    string? FromName,
    DateTimeOffset ReceivedAt,
    string BodyText,
    IReadOnlyList<MessageAttachment> Attachments,
    string? InReplyTo,
    IReadOnlyList<string> References)
{
    /// <summary>The addresses in To: (the clinic's own mailbox for mail it receives; a referrer's for mail it sends).</summary>
    public IReadOnlyList<string> ToAddresses { get; init; } = [];
}
