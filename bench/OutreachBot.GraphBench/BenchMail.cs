using OutreachBot.Host.Tests.Graph;

namespace OutreachBot.GraphBench;

/// <summary>
/// The tests' generated mail, with attachments on one message in <c>every</c> (none when 0): an attached email (Graph
/// lists it without bytes, so its MIME is fetched) or a file (its bytes come with the delta page).
/// </summary>
public static class BenchMail
{
    public static FakeGraphMessage Message(int n, string run, int every, GeneratedAttachment kind = GeneratedAttachment.Email) =>
        Build(n, run, attached: every > 0 && n % every == 0, kind);

    /// <summary>The n-th referral (a hand referral, its own Message-ID), with or without an attachment.</summary>
    public static FakeGraphMessage Referral(int n, string run, bool attached) => Build(3 * n, run, attached);

    private static FakeGraphMessage Build(int n, string run, bool attached, GeneratedAttachment kind = GeneratedAttachment.Email)
    {
        // GeneratedMail puts an attachment on every tenth message; for other shares, take the plain or the attached
        // version of a message with the same kind (referral every third).
        var source = attached ? (n % 3 == 0 ? 0 : 10) : (n % 3 == 0 ? 3 : 1);
        var template = GeneratedMail.Message(source, run + "t", kind);
        var messageId = $"bench-{n}-{run}@mail.example";
        var mime = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(template.Mime)
            .Replace(template.InternetMessageId, messageId, StringComparison.Ordinal));
        var id = GeneratedMail.Message(n, run).Id;
        return new FakeGraphMessage(id, messageId, template.Subject, template.FromAddress, template.ReceivedAt.AddSeconds(n), mime);
    }
}
