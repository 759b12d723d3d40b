using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A reply signed with a first name alone ("Pam", "Sent from my iPhone") above the sender's own earlier message.</summary>
internal static partial class ReferrerReader
{
    /// <summary>
    /// When this message's signature names no practice and the message quoted below is the same sender's, that
    /// message's full signature names it and the numbers this reply leaves out: the reply only adds facts to it.
    /// </summary>
    private static Referrer WithOwnQuotedSignature(Referrer own, MessageText text, string fromAddress, string? fromName)
    {
        // A reply signed with name and school but no number takes the number from the sender's earlier signature.
        if ((own.Organization is not null && (own.Phone is not null || own.Fax is not null)) || text.Quoted.Length == 0
            || SendersEarlierMessage(text, fromAddress, fromName) is not var (forwarded, quoted))
        {
            return own;
        }

        var signer = quoted.Name ?? fromName;
        var earlier = ReadOwn(forwarded, SignatureOf(forwarded, signer), fromAddress, signer);
        if (earlier.Organization is null && earlier.Phone is null && earlier.Fax is null)
        {
            return own;
        }

        // The earlier signature names the person in full; numbers written in this reply are the newer.
        return earlier with
        {
            Name = earlier.Name ?? own.Name,
            Organization = own.Organization ?? earlier.Organization,
            // A role this reply's own signature states ("LCSW") stands; a bare "physician" takes the practice's specialty.
            Role = own.Role is { } stated && stated != ReferrerRole.Physician ? stated : earlier.Role ?? own.Role,
            Phone = own.Phone ?? earlier.Phone,
            Fax = own.Fax ?? earlier.Fax,
            Email = own.Email,
        };
    }

    /// <summary>
    /// Staff following up on their own referral ("Following up - we have not heard back", "Dr signed, scan attached")
    /// above the message that said "Dr. Ferrand would like this patient seen": they still write for that doctor.
    /// </summary>
    private static string? ProviderInOwnEarlierMessage(MessageText text, string fromAddress, string? fromName, bool writerRefersInOwnRight) =>
        text.Quoted.Length > 0 && SendersEarlierMessage(text, fromAddress, fromName) is var (earlier, _)
            ? ReferringProviderBlock.ProviderOnBehalf(earlier.Own, text.All, writerRefersInOwnRight)
            : null;

    /// <summary>The sender's own earlier message in the thread: the one this reply quotes, or, when that is the clinic's
    /// answer ("Thanks for the referral for Mateo!"), the sender's message the answer quotes in turn.</summary>
    private static (MessageText Text, QuotedHeader Header)? SendersEarlierMessage(MessageText text, string fromAddress, string? fromName)
    {
        var layer = text;
        for (var depth = 0; layer.Quoted.Length > 0; depth++)
        {
            if ((layer.FirstQuoted ?? OnWroteHeader(layer.Quoted)) is not { } quoted)
            {
                return null;
            }

            if (IsSameSender(quoted, fromAddress, fromName))
            {
                return (layer.Forwarded(), quoted);
            }

            // The quoted message is read again only to look one level further down.
            if (depth == 1)
            {
                return null;
            }

            layer = layer.Forwarded();
        }

        return null;
    }

    // "Voight, Pamela" above "From: Voight, Pamela" (an Outlook quote without the address) is the same person.
    private static bool IsSameSender(QuotedHeader quoted, string fromAddress, string? fromName)
    {
        if (quoted.Email is not null)
        {
            return quoted.Email.Equals(fromAddress, StringComparison.OrdinalIgnoreCase);
        }

        var mine = MessageText.NameTokens(fromName);
        var theirs = MessageText.NameTokens(quoted.Name);
        return mine.Count > 1 && theirs.Count == mine.Count && theirs.All(t => mine.Contains(t, StringComparer.OrdinalIgnoreCase));
    }

    // "On Nov 9, 2026, at 3:12 PM, Okafor, Lena <lokafor@ridgelinehand.example> wrote:" names the quoted sender.
    internal static QuotedHeader? OnWroteHeader(string quoted)
    {
        var start = quoted.AsSpan().TrimStart();
        var firstLine = start[..Math.Min(start.Length, 300)].ToString().Split('\n')[0].TrimStart('>', ' ');
        var match = OnWroteSender().Match(firstLine);
        return match.Success ? new QuotedHeader(null, match.Groups["email"].Value, null) : null;
    }

    [GeneratedRegex(@"^On\s.{6,160}?<(?:mailto:)?(?<email>[^<>@\s]+@[^<>\s]+)>\s*wrote:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnWroteSender();
}
