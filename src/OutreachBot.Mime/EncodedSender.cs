using MimeKit;
using MimeKit.Utils;

namespace OutreachBot.Mime;

/// <summary>
/// Mends a From mailbox whose whole "Name &lt;address&gt;" a client wrote as one RFC 2047 encoded-word
/// (<c>=?utf-8?q?Marisol_Pe=C3=B1a_=3Cmpena=40eicoord=2Eexample=3E?=</c>). The RFC lets an encoded-word stand only for
/// the display name, so MimeKit reads the encoded text itself as the address, and the referrer's name and e-mail were lost.
/// </summary>
internal static class EncodedSender
{
    public static MailboxAddress? Mend(MailboxAddress? from)
    {
        if (from is null || from.Address.Contains('@', StringComparison.Ordinal) || !from.Address.StartsWith("=?", StringComparison.Ordinal))
        {
            return from;
        }

        var decoded = Rfc2047.DecodeText(System.Text.Encoding.ASCII.GetBytes(from.Address));
        return MailboxAddress.TryParse(decoded, out var mended) && mended.Address.Contains('@', StringComparison.Ordinal)
            ? mended
            : from;
    }
}
