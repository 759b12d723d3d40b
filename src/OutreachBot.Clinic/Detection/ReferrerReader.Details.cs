using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Details of the referrer that the signature leaves out but the rest of the message gives.</summary>
internal static partial class ReferrerReader
{
    /// <summary>
    /// "Dr. Lionel Park" signs the mail and the attached order reads "Lionel Park, MD (signed)": the name as the
    /// message writes it with credentials.
    /// </summary>
    private static string? WithCredentialsWrittenElsewhere(string? name, string all)
    {
        if (name is null || name.Contains(',', StringComparison.Ordinal) || name.StartsWith("Dr", StringComparison.Ordinal)
            || !all.Contains(name + ",", StringComparison.Ordinal))
        {
            return name;
        }

        Match written;
        try
        {
            written = new Regex(Regex.Escape(name) + "(?<cred>" + Credentials.After + ")", RegexOptions.None, TimeSpan.FromSeconds(1)).Match(all);
        }
        catch (RegexMatchTimeoutException)
        {
            // Timed out on a starved machine, not on the text: the name stands as the signature wrote it.
            return name;
        }

        // "Maria Roe, IEP Coordinator" in a form is a job title, not credentials.
        return written.Success && !TitleWords.IsIn(NextWord(all, written.Index + written.Length))
            ? Credentials.WithoutSentenceStop(name + written.Groups["cred"].Value)
            : name;
    }

    // The word right after one space ("IEP Coordinator"); a wider gap parts the columns of a form ("MD     Assistant: none").
    private static string NextWord(string text, int at)
    {
        var rest = text.AsSpan(at, Math.Min(40, text.Length - at));
        if (rest.Length < 2 || rest[0] != ' ' || !char.IsLetter(rest[1]))
        {
            return "";
        }

        rest = rest[1..];
        var space = rest.IndexOfAny(' ', '\n');
        return (space < 0 ? rest : rest[..space]).ToString();
    }

    /// <summary>A doctor who names no practice, writing from "crestviewortho.example", is an orthopedist.</summary>
    private static ReferrerRole? SpecialtyOfDomain(string fromAddress)
    {
        var domain = Domain(fromAddress);
        return domain.Contains("ortho", StringComparison.Ordinal) ? ReferrerRole.Orthopedist
            : domain.Contains("neuro", StringComparison.Ordinal) ? ReferrerRole.Neurologist
            : domain.Contains("peds", StringComparison.Ordinal) || domain.Contains("pediatric", StringComparison.Ordinal) ? ReferrerRole.Pediatrician
            : null;
    }

    /// <summary>
    /// A writer whose header gives no name: "my name is Tom Ruiz" in the text, or a bare name on the last line ("Ann Park").
    /// </summary>
    private static string? WriterNamedInText(string own)
    {
        if (MyNameIs().Match(own) is { Success: true } said)
        {
            return said.Groups["name"].Value;
        }

        var last = own.AsSpan().TrimEnd();
        var lastLine = last[(last.LastIndexOf('\n') + 1)..].Trim().ToString();
        return LoneName().IsMatch(lastLine) && !OrganizationWords.IsIn(lastLine) ? lastLine : null;
    }

    /// <summary>"This is Dr. Roe from Willow Pediatrics", "I'm a case manager at Harbor Community Hospital", "I'm Ms. Roe,
    /// 2nd grade teacher at Birch Elementary" (a courtesy title's dot ends no sentence).</summary>
    private static string? SelfIntroducedOrganization(string own)
    {
        var match = SelfIntroduction().Match(own);
        // "the scheduler at the Children's Clinic of Fairview": a small "the" in a sentence is no part of the name.
        var organization = match.Groups["org"].Value;
        organization = organization.StartsWith("the ", StringComparison.Ordinal) ? organization[4..] : organization;
        return match.Success && OrganizationWords.IsIn(organization) ? organization.TrimEnd('.', ',') : null;
    }

    /// <summary>
    /// "Our fax is 555-676-1101; main line 555-676-1100": an office that signs without numbers gives them in its note;
    /// a signature with the unit's fax alone sits above "Please call me at 555-720-4400 ext 6612"; a signature with the
    /// phone alone above "Our fax is (555) 420-7601 for the plan of care". The note gives what the signature left out.
    /// </summary>
    private static List<PhoneMention> WithNumbersInNote(List<PhoneMention> signed, string own)
    {
        if (signed.Count == 0)
        {
            return OfficeNumbersInNote(own);
        }

        var hasFax = signed.Any(p => p.IsFax);
        var hasPhone = signed.Any(p => !p.IsFax);
        // Most notes name no fax: the plain search spares reading their numbers.
        if ((hasFax && hasPhone) || (hasPhone && !own.Contains("fax", StringComparison.OrdinalIgnoreCase)))
        {
            return signed;
        }

        return [.. signed, .. OfficeNumbersInNote(own).Where(p => p.IsFax != hasFax)];
    }

    /// <summary>"Our fax is 555-676-1101 if you need anything; main line 555-676-1100."</summary>
    private static List<PhoneMention> OfficeNumbersInNote(string own)
    {
        var office = OfficeNumberWords().IsMatch(own) ? PhoneNumbers.FindIn(own).Where(p => OfficeNumberLabel().IsMatch(p.Label)).ToList() : [];
        // "Easiest to text me at 555-671-9080", "please call me instead at ...", "my cell is ...": the writer's own
        // number, when no office's is given.
        return office.Count > 0 ? office : [.. PhoneNumbers.FindIn(own).Where(p => WriterNumberLabel().IsMatch(p.Label))];
    }

    [GeneratedRegex(@"\b(?:our|the\s+(?:office|clinic|practice))\b|\bmain\s+(?:line|number)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeNumberWords();

    // "You can reach me at school at ...", "I can be reached at ... x3307", "i'm at (555) ... ext 219 til 3:30", "send the
    // evaluation to me by fax at ...": a writer with no signature number (or no fax in it) gives it so.
    // "please call my clinic with questions (555) ...": a doctor who signs with the practice's name alone gives its line.
    // "Text is best for me, 555-0162", "my cell is 555-0188": a family member who signs with a name alone ("for me": a
    // provider's "mom says texting is best, 555-..." gives the family's number, not the provider's).
    [GeneratedRegex(@"(?:\b(?:call|reach|contact)\s+my\s+(?:clinic|office|practice)(?:\s+with\s+(?:any\s+)?questions)?(?:\s+(?:at|on))?" +
        @"|\b(?:text(?:ing)?|call(?:ing)?|phone)\s+is\s+(?:best|easiest|easier|better|fine|preferred)\s+for\s+(?:me|us)\s*[,:\-–]" +
        @"|\bI(?:'|’)?m\s+at|\bI\s+am\s+at|\bto\s+me\s+(?:by|via)\s+fax\s+(?:at|to)|\b(?:text|call|reach|page)\s+me\s+(?:directly\s+|instead\s+|back\s+|anytime\s+)?(?:(?:at|on)\s+(?:school|work|the\s+office|my\s+desk|my\s+office)\s+)?(?:at|on)|\bI\s+(?:can|may)\s+be\s+(?:reached|contacted)\s+(?:directly\s+)?(?:at|on)|\bmy\s+(?:cell|mobile|direct\s+line|direct\s+number|number)(?:\s+is)?:?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WriterNumberLabel();

    [GeneratedRegex(@"\b(?i:my\s+name\s+is)\s+(?<name>\p{Lu}[\p{Ll}'’\-]+(?:\s\p{Lu}[\p{Ll}'’\-]+){1,2})\b")]
    private static partial Regex MyNameIs();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{Ll}'’\-]+$")]
    private static partial Regex LoneName();

    [GeneratedRegex(@"\b(?i:this\s+is|I\s+am|I'm|I’m|we\s+are)\b(?:\b(?:Dr|Mr|Mrs|Ms)\.|[^.\n]){0,60}?\b(?i:from|at|with)\s+(?<org>(?:the\s+)?(?:St\.|\p{Lu}[\p{L}'’&\-]*)(?:\s+(?:of|and|&|St\.|\p{Lu}[\p{L}'’&\-]*)){0,6})")]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex(@"(?:\b(?:our|the\s+(?:office|clinic|practice)(?:'s)?)\s+(?:main\s+|direct\s+|office\s+)?(?:fax|phone|line|number|office)\b(?:\s+(?:number|line))?|\bmain\s+(?:line|number))\s*(?:is|:)?\s*(?:at\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeNumberLabel();
}
