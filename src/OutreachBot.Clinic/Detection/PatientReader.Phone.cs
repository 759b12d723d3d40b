using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The patient's (or family's) number among the numbers a message writes.</summary>
internal static partial class PatientReader
{
    private static string? FindPhone(MessageText text, Referrer referrer, bool selfReferral, IReadOnlySet<string> ownNumbers, string? patientName)
    {
        var candidates = Candidates(text.Own, text.Quoted, text, referrer, ownNumbers);
        if (referrer.Role is not (null or ReferrerRole.Family or ReferrerRole.Other))
        {
            // "He doesn't have a working phone. Please call me at ...": a professional's own number is not the patient's.
            // (Only in the writer's own text: a parent's "my number is" quoted below is the family's; and only the words just
            // before the number: "Mom's cell 555-...; call me at 555-..." still gives mom's.)
            candidates.RemoveAll(p => WritersOwnNumber().IsMatch(p.Label) && text.Own.Contains(p.Line, StringComparison.Ordinal));
        }

        return (candidates.FirstOrDefault(p => CallInstead().IsMatch(p.Label))
            ?? candidates.FirstOrDefault(p => PatientCue().IsMatch(p.Line) || LabelledWithName(p.Label, patientName))
            ?? (selfReferral ? candidates.FirstOrDefault() : null))?.Number;
    }

    /// <summary>"His home number is ..., but his daughter prefers to be called at ...", "Dad's landline is ... so please
    /// call me instead at ...": the number the writer points to is the one to call, even a family writer's own.</summary>
    private static string? NumberToCallInstead(MessageText text, Referrer referrer, IReadOnlySet<string> ownNumbers) =>
        Candidates(text.Own, "", text, referrer with { Phone = null }, ownNumbers).FirstOrDefault(p => CallInstead().IsMatch(p.Label))?.Number;

    /// <summary>"Carl: 555-726-4018", "Mr. Jeffers's cell 555-...": the patient's own name labels the number.</summary>
    private static bool LabelledWithName(string label, string? patientName)
    {
        if (patientName is null || NameAsLabel().Match(label) is not { Success: true } named)
        {
            return false;
        }

        var words = patientName.Split(' ');
        var who = named.Groups["who"].Value;
        return words.Length > 1 && (who.Equals(words[0], StringComparison.OrdinalIgnoreCase) || who.Equals(words[^1], StringComparison.OrdinalIgnoreCase));
    }

    private static List<PhoneMention> Candidates(string own, string quoted, MessageText text, Referrer referrer, IReadOnlySet<string> ownNumbers)
    {
        // Never the referrer's numbers, a signature's fax or the clinic's own lines.
        var excluded = new HashSet<string>(
            new[] { referrer.Phone, referrer.Fax }.OfType<string>().Select(PhoneMention.DigitsOf).Concat(ownNumbers));
        var signatureLines = text.Signature.ToHashSet();
        // In a quoted reply, "Our number is ..." is the office that replied (mostly this clinic, under a number the
        // rules may not list), not the family's.
        return PhoneNumbers.FindIn(WithLabelsJoined(own))
            .Concat(PhoneNumbers.FindIn(WithLabelsJoined(quoted)).Where(p => !OfficeSpeaking().IsMatch(p.Label)))
            .Where(p => !p.IsFax && !excluded.Contains(p.Digits) && (!signatureLines.Contains(p.Line.Trim()) || PatientFormLabel().IsMatch(p.Label))
                && !OfficeLabel().IsMatch(p.Label) && !SignatureLine().IsMatch(p.Line) && !SomeoneElsesField().IsMatch(p.Label))
            .ToList();
    }

    // A web form's or a fax cover's field for the sender ("Referrer phone: ...", "Referring provider phone:", "Provider
    // tel:"): never the patient's, also when the referrer itself could not be read from the form.
    [GeneratedRegex(@"\b(?:referr(?:er|ing(?:\s+(?:provider|physician|office|clinic))?)|provider|physician|sender)(?:['’]s)?\s+(?:phone|tel|telephone|number|contact|cell)\b[^\d]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneElsesField();

    /// <summary>The words before a number say it is the patient's ("Her phone is", "my mother's cell:").</summary>
    public static bool NamesThePatientsNumber(string label) => PatientsNumber().IsMatch(label);

    [GeneratedRegex(@"\b(?:her|his|their|(?:my\s+)?(?:mom|mother|dad|father|wife|husband|son|daughter)(?:['’]s)?|(?:the\s+)?patient(?:['’]s)?)\s+(?:(?:home|cell|mobile)\s+)?(?:phone|cell|mobile|number|landline)(?:\s+number)?\s*(?:is|:)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PatientsNumber();

    // A forwarder's note speaks of its own numbers too ("call me at ..."): only a line about the patient or family gives theirs.
    [GeneratedRegex(@"\b(?:patient(?:'s|’s)?|pt(?:'s|’s)?|his|her|their|mom|mother|dad|father|parents?|guardian|family|wife|husband|daughter|son)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardedPatientCue();

    [GeneratedRegex(@"\b(?:instead|rather|prefers?\s+(?:to\s+be\s+)?(?:called|reached|contacted|texted))\b[^.;!?\d]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex CallInstead();

    // The label's last word before the number, with a possessive's kind of number: "Carl:", "Carl's cell is".
    [GeneratedRegex(@"(?<![\p{L}'’])(?<who>\p{Lu}[\p{L}'’\-]+?)(?:['’]s\s+(?:cell|mobile|phone|number|home|landline|#))?\s*(?:[:\-–]|\bis|\bat)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAsLabel();

    [GeneratedRegex(@"\b(?:call|reach|contact|text) me\b|\bmy (?:cell|number|direct|phone|line|extension)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WritersOwnNumber();

    [GeneratedRegex(@"\b(?:our (?:main |office |clinic )?(?:number|phone(?: number)?|line)(?: is)?|call us(?: at)?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeSpeaking();

    /// <summary>A form that writes the label on its own line ("Parent contact:" then "Sarah O'Connor, 555-417-9003")
    /// reads as "Parent contact: Sarah O'Connor, 555-417-9003".</summary>
    internal static string WithLabelsJoined(string text) => LabelAlone().Replace(text, "$1 ");

    [GeneratedRegex(@"^([ \t]*[\p{L}][\p{L} '’/#()]{1,30}:)[ \t]*\r?\n(?=[ \t]*\S)", RegexOptions.Multiline)]
    private static partial Regex LabelAlone();

    // "Patient phone:        (555) ...", "Parent cell:": a form's field for the patient's number, even in a block that
    // reads like a signature (a portal's notice laid out as label and value lines).
    [GeneratedRegex(@"^[ \t]*(?:patient|pt|parent|guardian|mother|father|mom|dad|caregiver)(?:['’]s)?[ \t]+(?:home[ \t]+|cell[ \t]+|mobile[ \t]+)?(?:phone|cell|mobile|tel|telephone|number|contact)(?:[ \t]+(?:number|#))?[ \t]*:[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PatientFormLabel();

    [GeneratedRegex(@"\b(?:office|desk|main|clinic|direct|front|scheduling|ext|o\)|T|P|pager)\s*:?\s*$|\bmy (?:office|direct|desk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeLabel();

    // A signature's line with a fax number on it, not a sentence that mentions a fax ("Will fax order Mon").
    [GeneratedRegex(@"\|\s*F(?:ax)?\b|\bFax\s*(?:#|no\.?|number)?\s*[:\-]?\s*[(+]?\d", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"\b(?:mom|mother|dad|father|parent|parents|guardian|grandmother|grandma|grandfather|wife|husband|daughter|son|caregiver|cell|mobile|home|patient|pt|member|his|her|their|call|calls|reach|reached|reachable|text|texts|contact|phone|ph|tel|telephone|prefers?|on file|best number|your (?:number|phone|cell)|family|mam[áa]|pap[áa]|madre|padre|abuel[ao]|ll[áa]m\w*|tel[ée]fono|celular|n[úu]mero)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PatientCue();
}
