using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// What ties a reply or forward to the referral it belongs to when its headers do not: the same topic (the subject
/// without Re:/Fwd:) with the same sender's domain or the same patient, the same patient from the same domain, or the
/// same patient with the same date of birth (an office forwarding a correction for a referral that came by fax), the
/// same topic from the same practice (its coordinator replying to the notice its EHR's portal sent).
/// A referral network's number ("CL-7730214") in both is a key of its own: the office's follow-up quotes the number of
/// the portal's notice, which names neither patient nor office.
/// The command line compares these among the messages it is given; the host keeps them (hashed) in a table.
/// </summary>
public static partial class ThreadKeys
{
    /// <summary>The keys of a message: each pairs two of topic, sender's domain, patient name and date of birth.</summary>
    public static IReadOnlyList<string> For(IncomingMessage message, ReferralDetection detection)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(detection);
        var topic = Topic(message.Subject);
        var domain = Domain(message.FromAddress);
        var patient = Patient(detection);
        var keys = new List<string>(5);
        if (topic.Length > 0 && domain.Length > 0)
        {
            keys.Add($"topic+domain\n{topic}\n{domain}");
        }

        // "RE: New Referral: Occupational Therapy - Maple Grove Pediatrics" from the practice's coordinator, about the
        // referral its EHR's portal sent from another domain: the same topic from the same practice.
        if (topic.Length > 0 && detection.Referrer.Organization is { Length: > 3 } organization)
        {
            keys.Add($"topic+organization\n{topic}\n{organization.ToLowerInvariant()}");
        }

        if (topic.Length > 0 && patient is not null)
        {
            keys.Add($"topic+patient\n{topic}\n{patient}");
        }

        if (patient is not null && domain.Length > 0)
        {
            keys.Add($"patient+domain\n{patient}\n{domain}");
        }

        if (patient is not null && detection.Patient.DateOfBirth is { } born)
        {
            keys.Add($"patient+birth\n{patient}\n{born:yyyy-MM-dd}");
        }

        foreach (var number in ReferralNumbers(message))
        {
            keys.Add($"referral-number\n{number}");
        }

        return keys;
    }

    // Looked for in the subject and the top of the body, where notices and follow-ups give them.
    private static IEnumerable<string> ReferralNumbers(IncomingMessage message)
    {
        var body = message.BodyText;
        var head = $"{message.Subject}\n{body[..Math.Min(body.Length, 2_000)]}";
        return head.Contains('-', StringComparison.Ordinal) ? ReferralNumber().Matches(head).Select(m => m.Value).Distinct(StringComparer.Ordinal) : [];
    }

    /// <summary>
    /// The patient's name as compared between messages: first and last word in lower case ("Ruth A Mendelsohn" and
    /// "Ruth Mendelsohn" are one patient), or null.
    /// </summary>
    public static string? Patient(ReferralDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Patient.Name is not { Length: > 0 } name)
        {
            return null;
        }

        var words = Spaces().Split(name.Trim());
        return (words.Length <= 2 ? string.Join(' ', words) : $"{words[0]} {words[^1]}").ToLowerInvariant();
    }

    /// <summary>Whether the subject marks a reply or a forward (Re:, Fwd:, AW:...).</summary>
    public static bool RepliesOrForwards(string subject) => Prefixes().IsMatch(subject ?? "");

    /// <summary>Whether the subject opens with a forward's prefix (Fw:, Fwd:), as opposed to a reply's.</summary>
    internal static bool IsForward(string subject) => ForwardPrefix().IsMatch(subject);

    /// <summary>
    /// "Fwd: Fwd: new pt" passed from a provider's personal inbox to the office manager and on to intake: Outlook sets
    /// In-Reply-To on a forward, but when none of the quoted messages was addressed to the mailbox it now comes to, the
    /// referral reaches that mailbox for the first time. (A forward of a referral sent to intake before quotes intake.)
    /// </summary>
    internal static bool IsFirstForwardToUs(IncomingMessage message, string quoted)
    {
        if (!IsForward(message.Subject) || message.ToAddresses.Count == 0 || !quoted.Contains("To:", StringComparison.Ordinal))
        {
            return false;
        }

        var quotedTo = QuotedToLine().Matches(quoted);
        return quotedTo.Count > 0 && !quotedTo.Any(to => message.ToAddresses.Any(a => a.Length > 0 && to.Value.Contains(a, StringComparison.OrdinalIgnoreCase)));
    }

    internal static string Topic(string subject) => Prefixes().Replace(subject, "").Trim().ToLowerInvariant();

    internal static string Domain(string address) =>
        address.Contains('@', StringComparison.Ordinal) ? address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant() : "";

    [GeneratedRegex(@"^(?:\s*(?:re|fw|fwd|aw|sv)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefixes();

    [GeneratedRegex(@"^[>\s]*To:[^\n]*@[^\n]*", RegexOptions.Multiline)]
    private static partial Regex QuotedToLine();

    [GeneratedRegex(@"^\s*(?:fw|fwd)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardPrefix();

    // Letters, a hyphen and a long number ("CL-7730214", "RF-2026-118834"): a portal's or EHR's referral number.
    [GeneratedRegex(@"\b[A-Z]{2,5}-(?:\d{2,4}-)*\d{5,}\b")]
    private static partial Regex ReferralNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
