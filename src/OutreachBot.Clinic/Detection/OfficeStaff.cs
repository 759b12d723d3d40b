using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Office staff writing for a provider: "Clinical Assistant to Dr. Gregory Tran", "MA for Dr. Raj Patel".</summary>
internal static partial class OfficeStaff
{
    /// <summary>
    /// Whether the sender signs as staff of the provider whose message is quoted below ("Clinical Assistant to Dr.
    /// Gregory Tran", "Referral Coordinator for Jane Roe, MD").
    /// </summary>
    public static bool WritesFor(MessageText text, QuotedHeader provider)
    {
        var tokens = MessageText.NameTokens(provider.Name);
        if (tokens.Count < 2)
        {
            return false;
        }

        foreach (var line in text.Signature)
        {
            var match = StaffOf().Match(line);
            if (match.Success && tokens.All(t => match.Groups["name"].Value.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The provider a colleague at the same practice replies for, found in the thread below ("Attached is Dr. Rao's
    /// signed referral", "Here's the signed Rx from Marcus"): the provider's message and its header, or nulls. The
    /// provider is still the one who refers.
    /// </summary>
    public static (QuotedHeader? Provider, MessageText? Text) ProviderBelow(MessageText text, string fromAddress, string? forwarderNote = null)
    {
        // Only a thread that quotes someone else at the sender's practice can hold their provider (and the walk down
        // the thread rebuilds each quoted message, which is not free).
        if (!text.Quoted.Contains("@" + Domain(fromAddress), StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var notes = forwarderNote is null ? text.Own : $"{forwarderNote}\n{text.Own}";
        var hop = text;
        for (var depth = 0; depth < 5 && hop.FirstQuoted is { } header; depth++)
        {
            var below = hop.Forwarded();
            if (header.Email is { } address && !SameAddress(address, fromAddress) && Domain(address).Equals(Domain(fromAddress), StringComparison.OrdinalIgnoreCase)
                && Names(notes, PersonTokens(header.Name)))
            {
                return (header, below);
            }

            hop = below;
        }

        return (null, null);
    }

    /// <summary>
    /// The first and last name of a mail header's display name, as people write it in a note: "Okafor, Anita" (an
    /// Outlook directory's order) is Anita Okafor; "Alan Pierce MD" and "Anjali Rao, MD" are Alan Pierce and Anjali Rao.
    /// </summary>
    internal static List<string> PersonTokens(string? displayName)
    {
        if (displayName is null)
        {
            return [];
        }

        var parts = displayName.Split(',', 2, StringSplitOptions.TrimEntries);
        var isLastFirst = parts.Length == 2 && parts[1].Length > 0 && !CredentialsOnly().IsMatch(parts[1]);
        var tokens = MessageText.NameTokens(isLastFirst ? $"{parts[1]} {parts[0]}" : parts[0]);
        return [.. tokens.Where(t => !CredentialsOnly().IsMatch(t))];
    }

    // "Dr. Rao", "Anjali Rao", or the first name alone as a word ("from Marcus").
    private static bool Names(string own, List<string> tokens) =>
        tokens.Count >= 2 && (own.Contains($"Dr. {tokens[^1]}", StringComparison.Ordinal) || own.Contains($"Dr {tokens[^1]}", StringComparison.Ordinal)
            || own.Contains($"{tokens[0]} {tokens[^1]}", StringComparison.Ordinal) || FirstNameAlone(own, tokens[0]));

    // "the signed Rx from Marcus for Gwendolyn": the first name as a word, not followed by a surname.
    private static bool FirstNameAlone(string own, string first)
    {
        for (var at = own.IndexOf(first, StringComparison.Ordinal); at >= 0; at = own.IndexOf(first, at + 1, StringComparison.Ordinal))
        {
            var end = at + first.Length;
            var next = own.AsSpan(end).TrimStart();
            if ((at == 0 || !char.IsLetter(own[at - 1])) && (end == own.Length || !char.IsLetter(own[end]))
                && (next.Length == 0 || !char.IsUpper(next[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameAddress(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    // "MD", "PA-C", "MSN, NNP-BC": what follows a name, never a name ("McAdams", "Solberg-Hale"), which has a run of
    // small letters no credential has.
    [GeneratedRegex(@"^(?:(?![^,\s]*\p{Ll}{3})" + Credentials.One + @"(?:,\s*|\s+)?)+$")]
    private static partial Regex CredentialsOnly();

    [GeneratedRegex(@"\b(?:assistant|coordinator|scheduler|secretary|nurse|MA|RN|LPN|staff|office|team)\s+(?:to|for)\s+(?:Dr\.?\s+)?(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex StaffOf();

    /// <summary>
    /// A case manager or social worker forwarding a colleague's thread ("Please schedule the claimant below", "Dr. W's
    /// signed order is attached") refers in their own right: they are not office staff passing on a provider's order.
    /// Their own earlier message forwarded again says the same, in the words of the day they wrote it.
    /// </summary>
    public static bool RefersInOwnRight(Referrer forwarder, string originalAddress) =>
        forwarder.Name is not null && forwarder.Role is ReferrerRole.CaseManager or ReferrerRole.SocialWorker
        && !string.Equals(forwarder.Email, originalAddress, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Staff writing "for Helen Marsh, MD" above the doctor's own quoted message ("From: Marsh, Helen
    /// &lt;hmarsh@...&gt;"): the doctor's address is how to reach the referrer, not the assistant's.
    /// </summary>
    public static Referrer WithProviderAddress(Referrer referrer, MessageText text, string fromAddress)
    {
        if (referrer.Name is not { } name || !string.Equals(referrer.Email, fromAddress, StringComparison.OrdinalIgnoreCase)
            || text.FirstQuoted is not { Email: { } quoted, Name: { } quotedName }
            || quoted.Equals(fromAddress, StringComparison.OrdinalIgnoreCase))
        {
            return referrer;
        }

        var tokens = MessageText.NameTokens(quotedName);
        return tokens.Count > 1 && SignatureNames.Names(name, [.. tokens.Take(2)]) ? referrer with { Email = quoted } : referrer;
    }

    /// <summary>
    /// "Attached is Dr. Feldstein's signed prescription": staff calling the provider "Dr." say the role is a doctor's
    /// when the provider's own mail signs with the name alone (no credentials are invented for the name).
    /// </summary>
    public static Referrer WithDoctorNamedInNote(Referrer referrer, string note)
    {
        if (referrer.Role is not null || referrer.Name is not { } name
            || name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [.., var last])
        {
            return referrer;
        }

        // "Helen Marsh, MD" whose own mail gave no practice: the practice in the staff's signature says the specialty.
        var credentialed = name.Contains(',', StringComparison.Ordinal) ? name
            : note.Contains($"Dr. {last}", StringComparison.Ordinal) || note.Contains($"Dr {last}", StringComparison.Ordinal) ? $"{name}, MD"
            : null;
        if (credentialed is null)
        {
            return referrer;
        }

        var organization = referrer.Organization;
        return referrer with
        {
            Role = ReferrerRoles.FromSignature([credentialed, .. organization is null ? Array.Empty<string>() : [organization]], organization),
        };
    }
}
