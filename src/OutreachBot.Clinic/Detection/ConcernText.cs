using System.Text;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Turns the sender's words into the words of a card: abbreviations spelled out, the patient's name, ages, dates,
/// codes, pronouns and courtesy left out; and cuts a sentence into the clauses a reason for referral is built from.
/// </summary>
internal static partial class ConcernText
{
    public static string Clean(string unit, IReadOnlyCollection<string> patientNameWords)
    {
        var text = ClinicalAbbreviations.Expand(unit);

        // What follows only takes words out or puts words in: a text with no digit or bracket now never gains one,
        // and the patterns that need one are skipped.
        var (digits, brackets) = (text.Any(char.IsDigit), text.Contains('(', StringComparison.Ordinal));
        text = LeadIn().Replace(text, "");
        text = digits || brackets ? Parenthetical().Replace(text, "") : text;
        text = brackets ? LongAside().Replace(text, "") : text;
        text = Hearsay().Replace(text, "");
        text = digits ? AgeMention().Replace(text, "") : text;
        text = digits ? DottedCode().Replace(text, "") : text;
        text = CodeWording().Replace(text, " ");
        text = HardTime().Replace(text, "difficulty with ");
        text = CannotWord().Replace(text, "cannot");
        text = Filler().Replace(text, " ");
        foreach (var word in patientNameWords)
        {
            text = WithoutWord(text, word);
        }

        text = Spaces().Replace(text, " ");
        text = EmptyPunctuation().Replace(text, "$1");
        text = LooseStart().Replace(text, "");
        return text.Trim(' ', ',', ';', ':', '-', '.', '–');
    }

    /// <summary>
    /// The clauses of a cleaned sentence: split at commas, semicolons, colons, dashes and full stops outside
    /// parentheses, each stripped of the verbs that only lead to the problem ("underwent", "was admitted with").
    /// </summary>
    public static IEnumerable<string> Clauses(string cleaned)
    {
        var depth = 0;
        var current = new StringBuilder();
        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i];
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            var cut = depth == 0 && (c is ',' or ';' or '!' or '?'
                || (c is ':' or '.' && (i + 1 == cleaned.Length || cleaned[i + 1] == ' '))
                || (c is '-' or '–' or '—' && i > 0 && cleaned[i - 1] == ' ' && i + 1 < cleaned.Length && cleaned[i + 1] == ' '));
            if (!cut)
            {
                current.Append(c);
                continue;
            }

            if (Tidy(current.ToString()) is { Length: > 0 } clause)
            {
                yield return clause;
            }

            current.Clear();
        }

        if (Tidy(current.ToString()) is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static HashSet<string> NameWords(string? name) =>
        name is null ? [] : [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && char.IsUpper(w[0])).Select(w => w.Trim(',', '.'))];

    private static string Tidy(string clause)
    {
        var text = LeadVerb().Replace(clause.Trim(), "");
        text = RequestLead().Replace(text, "");
        text = LooseStart().Replace(text, "");
        text = TrailingTime().Replace(text, "");
        text = text.Trim(' ', ',', ';', ':', '-', '.', '–', '"');
        return RequestOnly().IsMatch(text) ? "" : text;
    }

    // The patient's name (and "Name's") is left out wherever it stands as a whole word.
    private static string WithoutWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if (end + 1 < text.Length && text[end] == '\'' && text[end + 1] == 's')
            {
                end += 2;
            }

            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole)
            {
                text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(end));
                at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                at = text.IndexOf(word, end, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    // "Hi, Referring Denise Harmon, age 58, for OT after", "I'm referring Ms. Lee for an OT evaluation of".
    [GeneratedRegex(@"^(?:(?:hi|hello|dear|good (?:morning|afternoon)|team)\b[^,]{0,40},\s*)?(?:(?:I am|I'm|we are|we're|I would like to|we'd like to|I'd like to|I wanted to)\s+)?(?:referring|refer|writing to refer|sending)\b.{0,80}?\bfor\s+(?:an?\s+)?(?:outpatient\s+)?(?:OT|occupational therapy|hand therapy)?\s*(?:eval(?:uation)?|evaluation and treatment|eval and treat)?\s*(?:for|after|of|due to|regarding|with)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    // "underwent zone II repair", "was admitted 2/12 with a stroke", "was diagnosed with": the problem follows.
    [GeneratedRegex(@"^(?:(?:[\w'/]+\s+){0,5}?(?:underwent|admitted(?:\s+\S+)?\s+with|diagnosed with|(?:being )?treated for|seen (?:in clinic )?for|sustained|suffered|developed)|(?:dealing with|struggling with|working on)|(?:[\w'/]+\s+){0,3}?(?:treating|seeing|following|followed|referring|referred)\b.{0,50}?\b(?:for|with))\s+(?:an?\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadVerb();

    // A clause that only asks ("evaluation & treat", "OT referral") or only says "diagnosed" adds nothing to the card.
    [GeneratedRegex(@"^(?:(?:outpatient|occupational|therapy|OT|evaluation|eval|evaluate|treat|treatment|and|&|referral|please|see|request|newly|recently|diagnosed|order|attached|for|of|to|the|new)\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestOnly();

    // The words intake staff write for what senders say many ways: "has a hard time with", "is having trouble with".
    [GeneratedRegex(@"\b(?:(?:has|have|having|had)\s+)?(?:an?\s+)?(?:(?:hard|difficult|tough) time|trouble|struggles|struggling)\s+(?:with\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex HardTime();

    [GeneratedRegex(@"\b(?:can't|can not|cannot|can’t)", RegexOptions.IgnoreCase)]
    private static partial Regex CannotWord();

    // "his teacher says", "urgent care thought", "the PCP documented": who noticed it, not what it is.
    [GeneratedRegex(@"\b(?:teacher|pediatrician|PCP|doctor|physician|parents?|mom|mother|dad|father|husband|wife|family|team|urgent care|ER|daycare|nurse|therapist|neurologist|surgeon)\s+(?:also\s+)?(?:says?|said|thinks?|thought|reports?|reported|notes?|noted|noticed|documented|feels?|felt|mentioned|believes?|found|is concerned|are concerned)\s+(?:that\s+)?(?:(?:it's|it is|he|she|they)\s+)?(?:probably\s+|likely\s+|possibly\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Hearsay();

    // Examples in long parentheses ("(rice, chicken nuggets, bananas, crackers, yogurt)") lengthen a card line.
    [GeneratedRegex(@"\s*\((?:[^()\s]+\s+){4,}[^()]*\)")]
    private static partial Regex LongAside();

    // "see as soon as possible after discharge for ADL training", "outpatient OT for": the request, then its object.
    [GeneratedRegex(@"^(?:[\w'/&]+\s+){0,4}?(?:OT|occupational therapy|therapy|evaluation|eval|treat|see|seen)\s+(?:as soon as possible\s+|ASAP\s+)?(?:after discharge\s+)?(?:for|to address|to work on|with attention to|focused on|focusing on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RequestLead();

    // "on 2/10", "today", "two weeks ago", "in 2025" at the end of a clause say when, not what.
    [GeneratedRegex(@"\s+(?:on \S+day|on \d{1,2}/\d{1,2}(?:/\d{2,4})?|today|tonight|yesterday|this (?:morning|afternoon|week)|in (?:19|20)\d\d|(?:\w+ ){1,2}ago)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTime();

    [GeneratedRegex(@"\((?=[^)]*(?:\d|DOB|born|age|per |dx|ICD))[^)]*\)|\bon \d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:DOB|born)\s*:?\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\s*\b(?:(?:in|on|since)\s+)?\d{1,2}/(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Parenthetical();

    // Words that carry no meaning on a card: pronouns, auxiliaries, courtesy, hedges.
    [GeneratedRegex(@"(?<![\w'])(?:he|she|they|his|her|their|him|I|we|you|our|my|me|us|has|have|had|is|are|was|were|been|being|also|really|very|just|currently|still|lately|recently|now|both|please|pls|plz|kindly|mr|mrs|ms|miss|dr|the|a|an|who|which|that|this|it|would|could|like|appreciate|I'd|we'd|I'm|we're|she's|he's|I've|we've|it's|becomes|become|getting|gotten|seems|seem|noticed|notice|reports?|reported|presents?|presented|significant|some|lot of|a lot|but|so|says|said|told|gets|got|can|in addition to|during|since|then|last|week|month|year|ago|patient|student|child|kid|daughter|son|husband|wife|especially|mostly|probably|quite|pretty|even|already|anymore|luckily|unfortunately)\b(?!')\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:(?:and|but|so|with|for|of|to|which|where|while|as well as|plus)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LooseStart();

    // ICD-10 descriptions' bookkeeping ("Other malaise", "Sepsis, unspecified organism", "initial encounter") and
    // how long ago ("over the past six months"): neither says what the problem is.
    [GeneratedRegex(@"\b(?:(?:personal )?history of|other|unspecified(?: organism| site)?|not elsewhere classified|NOS|(?:initial|subsequent) encounter(?: for \w+ fracture)?|(?:over|for|in|within) (?:the )?(?:past|last|next) (?:few |several |\w+ )?(?:days?|weeks?|months?|years?)|(?:in |since )?(?:19|20)\d\d|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodeWording();

    [GeneratedRegex(@"\b[A-TV-Z]\d[0-9A-Z]\.?[0-9A-Z]{0,4}\b(?<=\d\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedCode();

    [GeneratedRegex(@",?\s*\b\d{1,3}\s*(?:y/?o|yo|years? old|-year-old|year-old|months? old|-month-old)\b,?", RegexOptions.IgnoreCase)]
    private static partial Regex AgeMention();

    [GeneratedRegex(@"\s*([,;])(?:\s*[,;])+")]
    private static partial Regex EmptyPunctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
