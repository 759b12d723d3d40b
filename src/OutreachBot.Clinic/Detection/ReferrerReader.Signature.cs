using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The sender's signature and its numbers, where the layout hides them from the plain reading.</summary>
internal static partial class ReferrerReader
{
    /// <summary>
    /// The signature block, or, when no sign-off opens one, the last short paragraph that opens with the sender's name:
    /// "-- Amy Cho, CPNP | Maple Street Pediatrics | 555-..." on one line, or "R. Ostrowski, DO" over the practice
    /// from "Dr. Rafael Ostrowski".
    /// </summary>
    private static IReadOnlyList<string> SignatureOf(MessageText text, string? fromName)
    {
        // A shared mailbox ("Bright Path Website") names no one who signs.
        var tokens = IsMailboxName(fromName) ? [] : SenderTokens(fromName);
        if (text.Signature is [var practice, ..] && fromName is not null && OrganizationWords.IsIn(fromName) && SignatureNames.Names(practice, SenderTokens(fromName))
            && ProviderAbove(text.Own, practice) is { } provider)
        {
            // A practice's mailbox ("Lakeview Urgent Care") whose signature opens with the practice's line: the
            // "Monica Reyes, FNP-C" just above it signs the note.
            return [provider, .. text.Signature];
        }

        if (text.Signature.Count > 0 || tokens.Count < 2)
        {
            return text.Signature;
        }

        var lines = text.Own.TrimEnd().Split('\n').Select(l => l.Trim()).ToList();
        var last = lines.Skip(lines.FindLastIndex(l => l.Length == 0) + 1).ToList();
        // An attached form's text may follow the signature with no blank line: the signature is its first lines.
        last = [.. last.Take(6)];
        if (last.Count == 0 || last.Any(l => l.Length > 120))
        {
            return text.Signature;
        }

        // "-- " before the name is the signature delimiter; the name is a short first part, not a sentence.
        var first = last[0].TrimStart('-', '–', '—', ' ');
        var named = first.Split('|')[0].Trim();
        return named.Length is > 3 and <= 50 && SignatureNames.Names(named, [.. tokens.Take(2)]) && !SignatureNames.IsFormField(named)
            && !OrganizationWords.IsIn(named)
            ? [first, .. last.Skip(1)]
            : text.Signature;
    }

    private static string? ProviderAbove(string own, string practice)
    {
        var lines = own.Split('\n').Select(l => l.Trim()).ToList();
        var at = lines.FindLastIndex(l => l == practice);
        // "Dr. Jane Roe, DO" over a specialty line ("Occupational Medicine") over the practice: the title is stepped over.
        var above = at > 1 && !CredentialedName().IsMatch(lines[at - 1]) && lines[at - 1].Length is > 3 and <= 40
            && !lines[at - 1].Any(c => char.IsDigit(c) || c == '@') ? at - 2 : at - 1;
        return above >= 0 && CredentialedName().IsMatch(lines[above]) ? lines[above] : null;
    }

    // "Dr. Rafael Ostrowski" signs as Rafael Ostrowski: the title is no part of the name to look for.
    private static List<string> SenderTokens(string? fromName) =>
        fromName is null ? [] : MessageText.NameTokens(Honorific().Replace(DoctorPrefix().Replace(fromName.Trim(), ""), ""));

    /// <summary>
    /// The signature's phone: the office line before a mobile, and the writer's own line ("Direct", "my nurse line")
    /// before the practice's main number, which reaches a switchboard.
    /// </summary>
    private static PhoneMention? SignedPhone(List<PhoneMention> phones)
    {
        var first = phones.FirstOrDefault(p => !p.IsFax && !p.IsMobile) ?? phones.FirstOrDefault(p => !p.IsFax);
        return first is not null && MainLabel().IsMatch(first.Label) && phones.FirstOrDefault(p => !p.IsFax && OwnLineLabel().IsMatch(p.Label)) is { } own
            ? own
            : first;
    }

    /// <summary>"Tamika Greer RN CCM" in a mail header is written "Tamika Greer, RN, CCM", as a signature writes it.</summary>
    private static string WithCommaCredentials(string name)
    {
        if (name.Contains(',', StringComparison.Ordinal))
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var credentials = words.Reverse().TakeWhile(w => CredentialsOnly().IsMatch(w)).Count();
        return credentials > 0 && words.Length - credentials >= 2
            ? $"{string.Join(' ', words[..^credentials])}, {string.Join(", ", words[^credentials..])}"
            : name;
    }

    [GeneratedRegex(@"^(?:Dr\.?\s+)?" + Credentials.Name + Credentials.After + "$")]
    private static partial Regex CredentialedName();

    [GeneratedRegex(@"\bmain(?:\s+(?:line|number|office))?\s*[:.#]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MainLabel();

    [GeneratedRegex(@"\b(?:direct(?:\s+(?:line|dial|number))?|my\s+(?:[\w-]+\s+)?(?:line|number|desk))\s*[:.#]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnLineLabel();
}
