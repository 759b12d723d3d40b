using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Finds ICD-10-CM codes: a letter, two digits (or digit and letter), then optionally a dot and up to four characters.
/// A code written without its dot ("S62101A") is only taken next to diagnosis words, so claim numbers, model numbers and
/// section labels are not mistaken for codes; CPT codes and phone numbers are all digits and never match. A category's
/// third character is a digit, or A/B in the few categories that use a letter (C4A, C7B, D3A, M1A, O9A, Z3A), so
/// dosing and joint shorthand ("Q3H", "P2P") is not a code.
/// </summary>
internal static partial class Icd10Codes
{
    public static IReadOnlyList<string> FindIn(string text)
    {
        var codes = new List<string>();
        // Every code has a digit; most lines of a message have none, and the pattern need not look at them.
        foreach (var line in TextLines.WithDigits(text, 1))
        {
            bool? diagnosisContext = null;
            var matches = Code().Matches(line);
            foreach (Match match in matches)
            {
                // "the school psych added F82 (developmental coordination)": a clinical line is context enough, and so is
                // a line that lists a dotted code ("Secondary: I10 Essential hypertension; E78.5 Hyperlipidemia").
                diagnosisContext ??= DiagnosisContext().IsMatch(line) || Vocabulary.Clinical.IsIn(line) || Vocabulary.Deficits.IsIn(line)
                    || matches.Any(m => m.Groups["dot"].Success);
                var head = match.Groups["head"].Value.ToUpperInvariant();
                var tail = match.Groups["tail"].Value.ToUpperInvariant();
                var dotted = match.Groups["dot"].Success;
                if (!dotted && diagnosisContext == false)
                {
                    continue;
                }

                if (!dotted && tail.Length > 0 && !tail.Any(char.IsDigit) && tail.Length > 1)
                {
                    continue;
                }

                var code = tail.Length == 0 ? head : $"{head}.{tail}";
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        return Superseded(text, codes);
    }

    // "updated the diagnosis to R27.8 instead of F82", "changed from F82 to R27.8", "should be P92.8 (other feeding
    // problems), not P92.9", "R27.8 (was F82)", "R27.8 replaces F82": only the corrected code is listed.
    private static List<string> Superseded(string text, List<string> codes)
    {
        if (codes.Count < 2)
        {
            return codes;
        }

        foreach (Match replaced in Replaced().Matches(text))
        {
            var old = Normalised(replaced.Groups["old"].Value);
            if (codes.Count > 1 && codes.Contains(old) && !old.Equals(Normalised(replaced.Groups["new"].Value), StringComparison.Ordinal))
            {
                codes.Remove(old);
            }
        }

        return codes;
    }

    private static string Normalised(string code)
    {
        var upper = code.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal);
        return upper.Length > 3 ? $"{upper[..3]}.{upper[3..]}" : upper;
    }

    // U codes (reserved for emergency use: U07.1, U09.9) are taken only with their dot, so "U12" style lot numbers are not.
    [GeneratedRegex(@"(?<![\w\-/#.])(?:(?<head>U\d\d)(?<dot>\.)(?<tail>[0-9A-Z]{1,4})|(?<head>[A-TV-Z]\d[0-9AB])(?:(?<dot>\.)(?<tail>[0-9A-Z]{1,4})|(?<tail>[0-9][0-9A-Z]{0,3}))?)(?![\w\-/]|\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"\b(?:ICD|dx|diagnos[ie]s|diagnosis codes?|problem list|code)\b|\(\s*[A-TV-Z]\d|^\s*[A-TV-Z]\d[0-9A-Z]\S*\s+[A-Z][a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosisContext();

    // A code as a correction writes it, old or new (looser than Code(): the old code decides, the new one need not parse).
    private const string WrittenCode = @"[A-TV-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?";

    [GeneratedRegex(@"(?<new>\b" + WrittenCode + @")\b[^.\n]{0,40}?\b(?:instead of|rather than|in place of|replacing)\s+(?<old>" + WrittenCode + @")\b|\bfrom\s+(?<old>" + WrittenCode + @")\s+to\s+(?<new>" + WrittenCode + @")\b|(?<new>\b" + WrittenCode + @")\b(?:\s*\([^()\n]{0,160}\))?\s*,?\s+(?:and\s+)?not\s+(?:the\s+)?(?:code\s+)?(?<old>" + WrittenCode + @")\b|(?<new>\b" + WrittenCode + @")\s*(?:\(\s*(?:was|previously|formerly)\s+(?<old>" + WrittenCode + @")\s*\)|\s+(?:replaces|supersedes)\s+(?<old>" + WrittenCode + @")\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Replaced();
}
