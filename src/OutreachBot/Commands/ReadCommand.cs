using OutreachBot.Cli.Batch;
using OutreachBot.Mime;

namespace OutreachBot.Cli.Commands;

/// <summary>
/// <c>read PATH...</c>: each message as the detector receives it from the mail adapter (headers it uses, the clean
/// body text, each attachment's extracted text or why there is none). For finding out why a field was read as it was;
/// it prints the message's content, so it is for the clinic's own machine, never for a log.
/// </summary>
internal static class ReadCommand
{
    public static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        foreach (var path in EmlFiles.Expand(paths))
        {
            output.WriteLine($"===== {Path.GetFileName(path)}");
            try
            {
                using var stream = File.OpenRead(path);
                var message = EmlMessageReader.Read(stream, DateTimeOffset.UnixEpoch, CancellationToken.None);
                output.WriteLine($"From: {message.FromName} <{message.FromAddress}>");
                output.WriteLine($"To: {string.Join(", ", message.ToAddresses)}");
                output.WriteLine($"Subject: {message.Subject}");
                output.WriteLine($"Message-ID: {message.MessageId}; In-Reply-To: {message.InReplyTo}; References: {message.References.Count}");
                output.WriteLine("--- body");
                output.WriteLine(message.BodyText);
                foreach (var attachment in message.Attachments)
                {
                    var state = attachment.NeedsPerson ? "needs a person" : attachment.ExtractedText is null ? "no text" : "text";
                    output.WriteLine($"--- attachment {attachment.FileName} ({attachment.ContentType}, {attachment.SizeBytes} bytes, {state}{(attachment.Problem is { } problem ? $": {problem}" : "")})");
                    if (attachment.ExtractedText is { } text)
                    {
                        output.WriteLine(text);
                    }
                }
            }
            catch (Exception ex) when (ex is UnreadableMessageException or IOException or UnauthorizedAccessException)
            {
                output.WriteLine($"unreadable: {ex.Message}");
            }
        }

        return 0;
    }
}
