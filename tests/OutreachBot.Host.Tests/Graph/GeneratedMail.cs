using System.Text;
using MimeKit;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>What a generated message has attached.</summary>
public enum GeneratedAttachment
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>A file: Graph lists it with its bytes when delta expands attachments, so no MIME fetch is needed.</summary>
    File,

    /// <summary>An attached email: Graph lists it as an item attachment without bytes, so the MIME must be fetched.</summary>
    Email,
}

/// <summary>
/// Generated mailbox contents for the fake: every third message a referral, the rest newsletters; every tenth has an
/// attachment, by default an attached email (so its MIME must be fetched).
/// </summary>
public static class GeneratedMail
{
    public static bool IsReferral(int n) => n % 3 == 0;

    public static bool HasAttachment(int n) => n % 10 == 0;

    public static FakeGraphMessage Message(int n, string run) => Message(n, run, GeneratedAttachment.Email);

    /// <summary>The n-th message, whose attachment (every tenth) is of the given kind.</summary>
    public static FakeGraphMessage Message(int n, string run, GeneratedAttachment kind)
    {
        var messageId = $"gen-{n}-{run}@mail.example";
        var text = IsReferral(n) ? TestMessages.HandReferral(messageId) : TestMessages.Newsletter(messageId);
        var mime = HasAttachment(n) && kind != GeneratedAttachment.None ? WithAttachment(text, kind) : Encoding.UTF8.GetBytes(text);
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

    private static byte[] WithAttachment(string text, GeneratedAttachment kind)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var message = MimeMessage.Load(input);
        MimeEntity attachment = kind == GeneratedAttachment.File
            ? new MimePart("text", "plain")
            {
                Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes("Page 2 of 2."))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                FileName = "page2.txt",
            }
            : new MessagePart { Message = AttachedEmail(), ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) };
        message.Body = new Multipart("mixed") { message.Body!, attachment };
        using var output = new MemoryStream();
        message.WriteTo(output);
        return output.ToArray();
    }

    private static MimeMessage AttachedEmail()
    {
        var attached = new MimeMessage { Subject = "Page 2 of 2", Body = new TextPart("plain") { Text = "Page 2 of 2." } };
        attached.From.Add(new MailboxAddress("Front desk", "frontdesk@mail.example"));
        return attached;
    }

    // Exchange ids are URL-safe base64 and end in '=' (sent as %3D in paths).
    private static string ImmutableId(int n, string run)
    {
        var bytes = new byte[34];
        Encoding.ASCII.GetBytes($"AAMk{run}{n:D8}").CopyTo(bytes, 0);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
