using System.Text;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>Generated mailbox contents for the fake: every third message a referral, the rest newsletters.</summary>
public static class GeneratedMail
{
    public static bool IsReferral(int n) => n % 3 == 0;

    public static FakeGraphMessage Message(int n, string run)
    {
        var messageId = $"gen-{n}-{run}@mail.example";
        var mime = IsReferral(n) ? TestMessages.HandReferral(messageId) : TestMessages.Newsletter(messageId);
        return new FakeGraphMessage(ImmutableId(n, run), messageId, IsReferral(n) ? "OT referral" : "Newsletter",
            "sender@mail.example", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero).AddSeconds(n), Encoding.UTF8.GetBytes(mime));
    }

    public static void Fill(FakeGraphMailFolder folder, int from, int count, string run)
    {
        for (var n = from; n < from + count; n++)
        {
            folder.Add(Message(n, run));
        }
    }

    // Exchange ids are URL-safe base64 and end in '=' (sent as %3D in paths).
    private static string ImmutableId(int n, string run)
    {
        var bytes = new byte[34];
        Encoding.ASCII.GetBytes($"AAMk{run}{n:D8}").CopyTo(bytes, 0);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
