using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A letter's heading above the greeting: the practice's name, its address and its numbers ("Tel 555.590.8376 | Fax
/// (555) 710-6177"). A letter signed with a name alone gives the practice and numbers only there.
/// </summary>
internal static partial class ReferrerLetterhead
{
    public static (string? Organization, string? Phone, string? Fax) Read(string own, Func<string, bool> looksLikeOrganization)
    {
        // Only the first 600 characters can hold a heading: no copy of the whole text is made to trim it.
        var start = own.AsSpan().TrimStart();
        var block = start[..Math.Min(start.Length, 600)].ToString().Split('\n').Select(l => l.Trim()).TakeWhile(l => l.Length > 0).Take(7).ToList();
        // A heading is short lines without sentences, with an address or a number under the name.
        if (block.Count is < 2 or > 6 || block.Any(l => Greeting().IsMatch(l) || l.Split(' ').Count(w => w.Any(char.IsLetter)) > 9 || l.EndsWith(':')))
        {
            return (null, null, null);
        }

        var phones = PhoneNumbers.FindIn(string.Join('\n', block));
        if (phones.Count == 0 && !block.Skip(1).Any(l => Address().IsMatch(l)))
        {
            return (null, null, null);
        }

        var first = block[0];
        // A field ("Patient: ...") or a subject line ("Home health referral") opening the message is no practice's name.
        var organization = !phones.Any(p => p.Line == first) && !first.Contains('@', StringComparison.Ordinal) && !Address().IsMatch(first)
            && !first.Contains(':', StringComparison.Ordinal) && !NotAPractice().IsMatch(first) && looksLikeOrganization(first) ? first : null;
        return (organization, phones.FirstOrDefault(p => !p.IsFax)?.Number, phones.FirstOrDefault(p => p.IsFax)?.Number);
    }

    [GeneratedRegex(@"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|to\s+(?:whom|the)|greetings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:refer\w*|patient|request|re|fwd?|order|evaluation|eval|update)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPractice();

    [GeneratedRegex(@"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b(?:Suite|Ste\.?|P\.?O\.? Box|Floor)\s*#?\d|^\d+\s+\w+")]
    private static partial Regex Address();
}
