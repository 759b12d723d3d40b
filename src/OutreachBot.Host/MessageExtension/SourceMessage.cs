using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MimeKit;
using OutreachBot.Clinic.Detection;
using OutreachBot.Mime;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// The message a staff member started a message action on, read from the invoke's <c>messagePayload</c> (Teams: a
/// chat or channel message; Outlook: an email). <see cref="Key"/> identifies it for the exactly-once ledger: the
/// email's Internet Message-ID when the payload carries one (so the mailbox and the action land on the same
/// referral), otherwise the Teams message id.
/// </summary>
public sealed record SourceMessage(
    string Key,
    string? InternetMessageId,
    string? Subject,
    string? FromName,
    string? FromAddress,
    string BodyHtml,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Reads the payload; null when there is no message (the action was not started on a message).</summary>
    public static SourceMessage? From(JsonObject? payload, string? conversationId, DateTimeOffset now)
    {
        if (payload is null)
        {
            return null;
        }

        var body = payload["body"] as JsonObject;
        var content = Text(body?["content"]) ?? string.Empty;
        var html = string.Equals(Text(body?["contentType"]), "text", StringComparison.OrdinalIgnoreCase)
            ? "<pre>" + System.Net.WebUtility.HtmlEncode(content) + "</pre>"
            : content;
        var user = payload["from"]?["user"] as JsonObject;
        var address = new[] { Text(user?["email"]), Text(user?["userPrincipalName"]) }
            .FirstOrDefault(a => a is not null && MailboxAddress.TryParse(a, out _) && a.Contains('@', StringComparison.Ordinal));
        var received = DateTimeOffset.TryParse(Text(payload["createdDateTime"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created)
            ? created
            : now;
        var internetId = Text(payload["internetMessageId"])?.Trim().Trim('<', '>');
        var key = internetId is { Length: > 0 }
            ? internetId
            : Text(payload["id"]) is { Length: > 0 } id
                ? $"teams:{conversationId}:{id}"
                : "teams:sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        return new SourceMessage(key, internetId is { Length: > 0 } ? internetId : null, Text(payload["subject"]),
            Text(user?["displayName"]), address, html, received);
    }

    /// <summary>
    /// The message as the mailbox reads mail: written as a MIME message and read back by <see cref="EmlMessageReader"/>,
    /// so the HTML is turned into text, and capped, exactly as for an email.
    /// </summary>
    public IncomingMessage ToIncoming(CancellationToken cancellationToken)
    {
        using var mime = new MimeMessage { Subject = Subject ?? string.Empty, Date = ReceivedAt };
        if (FromAddress is not null)
        {
            mime.From.Add(new MailboxAddress(FromName ?? string.Empty, FromAddress));
        }

        mime.Body = new TextPart("html") { Text = BodyHtml.Length == 0 ? " " : BodyHtml };
        using var stream = new MemoryStream();
        mime.WriteTo(stream, cancellationToken);
        stream.Position = 0;
        try
        {
            var incoming = EmlMessageReader.Read(stream, ReceivedAt, cancellationToken);
            return incoming with { MessageId = Key, FromName = incoming.FromName ?? FromName };
        }
        catch (UnreadableMessageException)
        {
            // An empty message with no sender: nothing to detect, the person fills the form in.
            return new IncomingMessage(Key, Subject ?? string.Empty, string.Empty, FromName, ReceivedAt, string.Empty, [], null, []);
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
