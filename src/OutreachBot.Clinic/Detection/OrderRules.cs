using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// An order counts as attached when a file is named like one, when the sender says one is attached and the message
/// does carry an attachment ("signed order attached" on a message without one is not an order), or when the order is
/// in the message itself (pasted "below", or an electronically signed referral form).
/// </summary>
internal static partial class OrderRules
{
    public static string? Find(IReadOnlyList<MessageAttachment> attachments, string ownText)
    {
        // A forwarded message's view carries the attachments' text: a signed operative note is judged as an attachment
        // (by its title), not as an order pasted into the message.
        foreach (var attachment in attachments)
        {
            if (attachment.ExtractedText is { Length: > 0 } extracted)
            {
                ownText = ownText.Replace(extracted, "", StringComparison.Ordinal);
            }
        }

        foreach (var attachment in attachments)
        {
            // "OT_order_Jennings.pdf": separators become spaces so the words match on their boundaries.
            var words = attachment.FileName.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ');
            if (Vocabulary.OrderFileName.FirstIn(words) is not null)
            {
                return $"order attached: {attachment.FileName}";
            }

            // A scan named by the machine ("SCAN_00419.pdf") whose text is a signed referral form or order.
            if (attachment.ExtractedText is { Length: > 0 } form && FormTitle().IsMatch(form[..Math.Min(form.Length, 400)]) && Signed().IsMatch(form))
            {
                return $"order attached: {attachment.FileName} (a signed referral form)";
            }
        }

        if (attachments.Count > 0)
        {
            if (Vocabulary.OrderAttachedText.FirstIn(ownText) is { } phrase && !ToFollow().IsMatch(SentenceAround(ownText, phrase)))
            {
                return $"order attached: \"{phrase}\"";
            }

            if (AttachedClaim().Match(ownText) is { Success: true } claim && !ToFollow().IsMatch(SentenceAround(ownText, claim.Value)))
            {
                return $"order attached: \"{claim.Value}\"";
            }
        }

        if (InlineOrder().Match(ownText) is { Success: true } inline)
        {
            return $"order included: \"{inline.Value}\"";
        }

        return ElectronicSignature().Match(ownText) is { Success: true } signed ? $"order included: \"{signed.Value}\"" : null;
    }

    private static string SentenceAround(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return "";
        }

        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], at + phrase.Length);
        return text[start..(end < 0 ? text.Length : end)];
    }

    // "Our nurse will fax the signed order separately", "signed order to follow": the order comes another way.
    [GeneratedRegex(@"\b(?:will\s+(?:(?:also|then|be)\s+)?(?:fax|send|mail|follow|forward|faxed|sent)|to\s+follow|to\s+be\s+(?:faxed|sent|signed)|separately|under\s+separate\s+cover|pending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToFollow();

    // "The district's request form, signed by a parent, is attached", "The script from my surgeon is attached",
    // "I attached a pic of the prescription", "got a script from my dr for hand therapy for carpal tunnel (both hands) pic
    // attached", "Here's a photo of my referral" (the order sent only as a picture), "Rx
    // picture attached", "Attached is a scanned referral from Dr. Walsh", "I've attached the order my doctor gave me".
    // A doctor's paper the patient photographed ("she gave me the paper (photo attached)"); a fax cover sheet's page
    // list that names an order ("Pages: 4 (referral, order, last office note)").
    // Only asked when a file is attached.
    [GeneratedRegex(
        @"\b(?:order|orders|rx|prescription|script|referral|form)\b[^.\n]{0,60}?\b(?:is|are)\s+attached\b" +
        @"|\b(?:rx|prescription|script|order)\b[^.\n]{0,70}?(?<!\bcard\s)\b(?:photo|picture|pic|scan|copy)\s+(?:is\s+)?attached\b" +
        @"|\b(?:photo|picture|pic|image)\s+of\s+(?:the\s+|my\s+|his\s+|her\s+|our\s+)?(?:signed\s+)?(?:order|prescription|rx|script|referral)\b" +
        @"|\b(?:scan|copy)\s+of\s+(?:the\s+|my\s+|his\s+|her\s+|our\s+)?(?:signed\s+)?(?:order|prescription|rx|script|referral)\s+(?:is\s+)?attached\b" +
        @"|\battach(?:ed|ing)\s+(?:is\s+|are\s+|here\s+)?(?:a\s+|an\s+|the\s+|my\s+|his\s+|her\s+)?(?:scanned\s+|signed\s+|faxed\s+)?(?:order|prescription|rx|script)\b" +
        @"|\battached\s+(?:is|are)\s+(?:a\s+|an\s+|the\s+)?(?:scanned|signed|faxed)\s+referral\b" +
        @"|\battached\s+(?:is\s+)?(?:a\s+)?(?:picture|photo|pic|scan|copy)\s+of\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:order|prescription|rx|script|referral)" +
        @"|\b(?:gave|wrote|handed)\s+(?:me|us|him|her|them)\s+(?:a|the)\s+(?:paper|paperwork|slip|form)\b[^.\n]{0,40}?\b(?:photo|picture|pic|scan|copy)\s+(?:is\s+)?attached\b" +
        @"|\bpages?\s*:\s*\d{1,3}\s*\([^)\n]{0,60}?\b(?:order|orders|rx|prescription|script)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AttachedClaim();

    // "The signed order is attached below": pasted into the message itself.
    [GeneratedRegex(@"\b(?:order|orders|rx|prescription|referral(?:\s+form)?)\b[^.\n]{0,30}?\b(?:attached|included|pasted|copied)\s+below\b", RegexOptions.IgnoreCase)]
    private static partial Regex InlineOrder();

    // A school's "Request for Outside Evaluation" signed by the parent is the order the clinic works from.
    [GeneratedRegex(@"\b(?:request\s+for\s+(?:an?\s+)?(?:outside\s+|OT\s+)?evaluation|(?:outside\s+)?evaluation\s+request|referral\s+(?:for|form|to)|(?:therapy|OT|outpatient)\s+(?:order|referral|prescription)|order\s+for|prescription)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormTitle();

    [GeneratedRegex(@"\b(?:signature|signed|e-signed)\b|/s/", RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(?:electronically\s+signed|signed\s+electronically|e-signed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElectronicSignature();
}
