using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A message's text split the way a reader sees it: what the sender wrote now, the quoted thread below it,
/// and the signature block that names the sender.
/// </summary>
internal sealed partial class MessageText
{
    private static readonly char[] NameSeparators = [' ', ',', '"', '\''];

    // Asked by the referrer's reader and by the kind rules; the answer is the same.
    private bool? _isCoverNote;

    private MessageText(string subject, string own, string quoted, IReadOnlyList<string> signature, QuotedHeader? firstQuoted)
    {
        Subject = subject;
        Own = own;
        Quoted = quoted;
        Signature = signature;
        FirstQuoted = firstQuoted;
        All = $"{subject}\n{own}\n{quoted}";
        SubjectAndOwn = All[..(subject.Length + 1 + own.Length)];

        // The detector asks its dictionaries about each of these: one scan of the whole text answers for all.
        PhraseCatalog.Share(All, (subject, 0), (SubjectAndOwn, 0), (own, subject.Length + 1), (quoted, subject.Length + own.Length + 2));
    }

    public string Subject { get; }

    /// <summary>What the sender wrote in this message, above any quoted or forwarded text.</summary>
    public string Own { get; }

    public string Quoted { get; }

    public string All { get; }

    /// <summary>The subject and what the sender wrote, a line apart: the text of <see cref="All"/> before the quoted part.</summary>
    public string SubjectAndOwn { get; }

    /// <summary>The lines after the sign-off: name, credentials, organization, numbers.</summary>
    public IReadOnlyList<string> Signature { get; }

    /// <summary>What the sender wrote is a cover note of about twenty words at most ("Fax received, 2 pages").</summary>
    /// <remarks>A fax server's notice ("You have received a new fax", its ID, CSID and page count) is one too, however long.</remarks>
    public bool IsCoverNote => _isCoverNote ??= CoverNote().IsMatch(Own.Trim()) || FaxServerNotice().IsMatch(Own);

    /// <summary>The From line of the first quoted or forwarded message, when there is one.</summary>
    public QuotedHeader? FirstQuoted { get; }

    public static MessageText From(IncomingMessage message)
    {
        var body = message.BodyText.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = body.Split('\n');
        var split = FindQuoteStart(lines);
        var ownLines = lines[..split];
        var quotedLines = lines[split..];
        var attachmentText = string.Join('\n', message.Attachments.Select(a => a.ExtractedText).OfType<string>());
        var quoted = string.Join('\n', quotedLines) + (attachmentText.Length > 0 ? "\n" + attachmentText : "");
        return new MessageText(
            message.Subject,
            string.Join('\n', ownLines),
            quoted,
            FindSignature(ownLines, message.FromName),
            ReadQuotedHeader(quotedLines));
    }

    /// <summary>Builds the view of the forwarded message inside this one, as if it had been received directly.</summary>
    public MessageText Forwarded()
    {
        var lines = Quoted.Split('\n').Select(l => l.StartsWith('>') ? l.TrimStart('>', ' ') : l).ToArray();
        var headerEnd = lines.Length > 1 ? Array.FindIndex(lines, 1, l => l.Trim().Length == 0) : -1;
        var inner = headerEnd < 0 ? lines : lines[(headerEnd + 1)..];
        var split = FindQuoteStart(inner);
        var own = inner[..split];
        return new MessageText(
            FirstQuoted?.Subject ?? Subject,
            string.Join('\n', own),
            string.Join('\n', inner[split..]),
            FindSignature(own, FirstQuoted?.Name),
            ReadQuotedHeader(inner[split..]));
    }

    private static int FindQuoteStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (QuoteSeparator().IsMatch(line) || OnWrote().IsMatch(line) || line.StartsWith('>'))
            {
                return i;
            }

            if (line.StartsWith("From:", StringComparison.OrdinalIgnoreCase)
                && lines.Skip(i + 1).Take(4).Any(l => l.TrimStart().StartsWith("Sent:", StringComparison.OrdinalIgnoreCase)
                    || l.TrimStart().StartsWith("Date:", StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return lines.Length;
    }

    private static QuotedHeader? ReadQuotedHeader(string[] quotedLines)
    {
        string? from = null;
        string? subject = null;
        foreach (var line in quotedLines.Take(12))
        {
            var trimmed = line.Trim();
            if (from is null && trimmed.StartsWith("From:", StringComparison.OrdinalIgnoreCase))
            {
                from = trimmed[5..].Trim();
            }
            else if (subject is null && trimmed.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
            {
                subject = trimmed[8..].Trim();
            }
        }

        if (from is null)
        {
            return null;
        }

        var email = EmailAddress().Match(from);
        var name = (email.Success ? from.Replace(email.Value, "", StringComparison.Ordinal) : from).Trim(' ', '<', '>', '"', '[', ']');
        name = name.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase).Trim(' ', '<', '>', '"', '[', ']');
        return new QuotedHeader(name.Length == 0 ? null : name, email.Success ? email.Value : null, subject);
    }

    private static List<string> FindSignature(string[] ownLines, string? fromName)
    {
        var trimmed = ownLines.Select(l => l.Trim()).ToList();
        var start = -1;
        for (var i = trimmed.Count - 1; i >= 0; i--)
        {
            if (SignOff().IsMatch(trimmed[i]))
            {
                start = i + 1;
                break;
            }

            // "Thanks, Dr. Amy Lee" or "Sent by: Carol Meyer, Unit Secretary": the name follows on the same line.
            var withName = SignOffWithName().Match(trimmed[i]);
            if (withName.Success && SignatureName().IsMatch(withName.Groups["name"].Value))
            {
                trimmed[i] = withName.Groups["name"].Value;
                start = i;
                break;
            }
        }

        // "--" alone opens a signature only where no sign-off word does: after a sign-off it opens a footer.
        if (start < 0 && trimmed.FindLastIndex(l => l.Length >= 2 && l.All(c => c == '-')) is var delimiter and >= 0)
        {
            start = delimiter + 1;
        }

        if (start < 0 && NameTokens(fromName) is { Count: > 0 } tokens)
        {
            start = trimmed.FindLastIndex(l => l.Length < 80 && SignatureNames.Names(l, tokens) && !SignatureNames.IsFormField(l));
        }

        // "... Pt # 555-615-9087.\n- Dr. Pham": a dash before a name on the last line signs the note.
        if (start < 0 && trimmed.FindLastIndex(l => l.Length > 0) is var lastLine and >= 0 && trimmed[lastLine].StartsWith('-')
            && SignatureName().IsMatch(trimmed[lastLine].TrimStart('-', ' ')))
        {
            start = lastLine;
        }

        if (start < 0)
        {
            // No sign-off and a display name that is not the writer's ("Unit 4 West"): the last paragraph is a
            // signature when it is short and opens with a person's name.
            // A confidentiality footer below the signature is not its last paragraph.
            var end = trimmed.FindLastIndex(l => l.Length > 0 && l.Length <= 120 && !Disclaimer().IsMatch(l));
            var blank = end < 0 ? -1 : trimmed.FindLastIndex(end, l => l.Length == 0);
            var last = trimmed.Skip(blank + 1).Take(end - blank).ToList();
            // "Dana Whitfield, MD | Lakeside Orthopedics" is a whole signature on one line.
            var bar = last.Count > 0 ? last[0].IndexOf('|', StringComparison.Ordinal) : -1;
            // "- Dr. Pham" alone signs a note from a practice's shared mailbox.
            var doctorOnly = last.Count == 1 && DoctorSurname().IsMatch(last[0].TrimStart('-', ' '));
            if ((last.Count is > 1 and <= 9 || (last.Count == 1 && bar > 0) || doctorOnly) && SignatureName().IsMatch(bar > 0 ? last[0][..bar].Trim() : last[0].TrimStart('-', ' ')))
            {
                start = blank + 1;
            }
        }

        if (start < 0)
        {
            return [];
        }

        var signature = new List<string>();
        foreach (var line in trimmed.Skip(start))
        {
            if (line.Length > 120 || Disclaimer().IsMatch(line))
            {
                break;
            }

            // "-- " alone is the signature delimiter: it leaves nothing to keep.
            var kept = line.StartsWith('-') ? line.TrimStart('-', ' ') : line;
            if (kept.Length > 0)
            {
                signature.Add(kept);
            }

            if (signature.Count >= 8)
            {
                break;
            }
        }

        return signature;
    }

    internal static List<string> NameTokens(string? name) =>
        name is null ? [] : [.. name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length > 1 && char.IsLetter(t[0]) && !t.Contains('@', StringComparison.Ordinal)).Take(3)];

    /// <summary>"Dr. Pham", "Dr. Q": a doctor signing with the surname or an initial only.</summary>
    [GeneratedRegex(@"^Dr\.?\s\p{Lu}[\p{L}'’\-]*\.?$")]
    internal static partial Regex DoctorSurname();

    [GeneratedRegex(@"^(?:_{10,}|-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|Begin forwarded message:?)", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteSeparator();

    [GeneratedRegex(@"^\S+(?:\s+\S+){0,20}$")]
    private static partial Regex CoverNote();

    [GeneratedRegex(@"\b(?:you have (?:received )?an? (?:new )?fax|new fax (?:received|from|message)|(?:incoming )?fax received|received an? (?:new )?fax|the fax is attached|\(CSID\))|\breceived\s+an?\s+\d{1,3}[\s-]*pages?\s+fax\b|\bCSID\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FaxServerNotice();

    [GeneratedRegex(@"^On .{6,120} wrote:$", RegexOptions.IgnoreCase)]
    private static partial Regex OnWrote();

    [GeneratedRegex(@"^(?:-+\s*)?(?:thank you[!.,]*(?: (?:so much|again|for [^.]{1,40}))?|thank you in advance|thanks(?: so much| again| in advance| much)?|thx|many thanks|sincerely|sincerely yours|yours sincerely|yours truly|best|best regards|kind regards|kindest regards|warm regards|warmest regards|warmly|regards|respectfully|respectfully yours|cheers|take care|gracias|muchas gracias|merci|merci beaucoup|danke|obrigad[ao]|with thanks|best wishes|all the best|with appreciation|with gratitude|appreciate (?:your|the) help|much appreciated|v/r)[!.,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:thanks|thank you|regards|best|sincerely|cheers|sent by|signed)\s*[,:!\-–]\s*(?<name>\S.{2,70})$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOffWithName();

    // A line that is a person's name, with a title or credentials after a comma ("Carol Meyer, Unit Secretary").
    [GeneratedRegex(@"^(?:Dr\.?\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+(?:\s*,\s*[\p{L}.\-/&, ]{1,40})?$|^Dr\.?\s\p{Lu}[\p{L}'’\-]*\.?$")]
    private static partial Regex SignatureName();

    [GeneratedRegex(@"confidential|intended recipient|protected health information|\bHIPAA\b|this (?:e-?mail|message|communication)", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    internal static partial Regex EmailAddress();
}

/// <summary>The header lines of a quoted or forwarded message.</summary>
internal sealed record QuotedHeader(string? Name, string? Email, string? Subject);
