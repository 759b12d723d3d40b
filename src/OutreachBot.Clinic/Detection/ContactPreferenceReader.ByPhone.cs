using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

internal static partial class ContactPreferenceReader
{
    // Wordings that name no method but can only mean a call: "best reached on her cell (555) ...", "Best contact:
    // daughter Ruth (555) 519-2237", "she asked that you leave a message", "can someone call me, Ruth, 555-...".
    // "can someone call us to schedule?"; a number followed by "- call to schedule" asks for a call to that number;
    // "asked that his son, Tom, be contacted to set up visits at (555) ..." asks for a call to the number given.
    // "Best number is his wife's cell" is not here: senders give the best number whatever the family prefers.
    [GeneratedRegex(@"\bbest\s+reached\s+(?:on|at)\s+(?:her|his|my|their|the)?\s*(?:cell|mobile|home|landline|phone|number|\(?\d{3})" +
        @"|\bbest\s+contact\s*(?:is|:|-|–)\s*(?:(?!e-?mail|text|whats)[^\n@]){0,60}?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}" +
        @"|\b(?:asked|asks|prefers?)\s+(?:that\s+)?(?:you|we)\s+leave\s+(?:(?:her|him|them)\s+)?an?\s+(?:voice\s*)?(?:message|voicemail)\b" +
        @"|\b(?:can|could|would)\s+(?:someone|somebody|you)\s+(?:please\s+)?call\s+(?:me|us)\b" +
        @"|\d{4}\s*[-–—:,]\s*(?:please\s+)?call\s+(?:her\s+|him\s+|them\s+|me\s+)?to\s+(?:schedule|set\s+up)\b" +
        @"|\b(?:asked|asks|requested|requests)\s+that\s+[^.;\n]{1,40}?\s+be\s+(?:contacted|reached)\b[^.;\n@]{0,50}?\s(?:at|on)\s+\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPhone();
}
