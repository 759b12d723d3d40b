using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A mailbox no person writes from: a fax server, an EHR's or portal's notices, a web form ("fax-noreply",
/// "ehr-noreply", "do_not_reply", "webforms", "portal.notifications", a fax server's "faxmaster", a WordPress site's form plugin "wordpress"). What it sends was written by someone else.
/// </summary>
internal static partial class RelayMailbox
{
    public static bool IsRelay(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return RelayLocalPart().IsMatch(at < 0 ? address : address[..at]);
    }

    [GeneratedRegex(@"(?:^|[-_.+])(?:no-?reply|do-?not-?reply|do_not_reply|notify|notifications?|mailer-daemon|postmaster|r?fax|rightfax|efax|faxserver|(?:fax|scan|web)master|scan(?:ner)?|alerts?|web|website|web-?forms?|forms?|wordpress|portal|mailer|automated)(?:$|[-_.+])", RegexOptions.IgnoreCase)]
    private static partial Regex RelayLocalPart();
}
