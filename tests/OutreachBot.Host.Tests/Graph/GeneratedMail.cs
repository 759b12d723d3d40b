using System.Text;
using MimeKit;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// Generated mailbox contents for the fake: every third message a referral, the rest newsletters; every tenth has an
/// attachment (so its MIME must be fetched).
/// </summary>
public static class GeneratedMail
{
    public static bool IsReferral(int n) => n % 3 == 0;

    public static bool HasAttachment(int n) => n % 10 == 0;

    public static FakeGraphMessage Message(int n, string run)
    {
        var messageId = $"gen-{n}-{run}@mail.example";
        var text = IsReferral(n) ? TestMessages.HandReferral(messageId) : TestMessages.Newsletter(messageId);
        var mime = HasAttachment(n) ? WithAttachment(text) : Encoding.UTF8.GetBytes(text);
        return new FakeGraphMessage(ImmutableId(n, run), messageId, IsReferral(n) ? "OT referral" : "Newsletter",
            "sender@mail.example", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero).AddSeconds(n), mime);
    }

    public static void Fill(FakeGraphMailFolder folder, int from, int count, string run)
    {
        for (var n = from; n < from + count; n++)
        {
            folder.Add(Message(n, run));
        }
    }

    /// <summary>How many of messages <c>from</c>..<c>from+count-1</c> need their MIME fetched.</summary>
    public static int WithAttachments(int from, int count) => Enumerable.Range(from, count).Count(HasAttachment);

    private static byte[] WithAttachment(string text)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var message = MimeMessage.Load(input);
        var attachment = new MimePart("text", "plain")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes("Page 2 of 2."))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = "page2.txt",
        };
        message.Body = new Multipart("mixed") { message.Body!, attachment };
        using var output = new MemoryStream();
        message.WriteTo(output);
        return output.ToArray();
    }

    // Exchange ids are URL-safe base64 and end in '=' (sent as %3D in paths).
    private static string ImmutableId(int n, string run)
    {
        var bytes = new byte[34];
        Encoding.ASCII.GetBytes($"AAMk{run}{n:D8}").CopyTo(bytes, 0);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
