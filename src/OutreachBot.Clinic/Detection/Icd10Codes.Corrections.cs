using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// An update that corrects a code without naming the old one ("correct code is R27.8", "Corrected ICD-10: R27.8",
/// "please use R27.8 instead"): the corrected code replaces the quoted code of its own category, or the quoted message's
/// only code when none shares the category. Codes the newer text names again stay.
/// </summary>
internal static partial class Icd10Codes
{
    public static IReadOnlyList<string> FindIn(MessageText text)
    {
        var codes = FindIn(text.All).ToList();
        if (codes.Count < 2)
        {
            return codes;
        }

        var newer = FindIn(text.Subject + "\n" + text.Own);
        var older = FindIn(text.Quoted).Where(c => !newer.Contains(c)).ToList();
        foreach (Match correction in Correction().Matches(text.Own))
        {
            var corrected = Normalised(correction.Groups["new"].Value);
            if (older.Count == 0 || !codes.Contains(corrected) || older.Contains(corrected))
            {
                continue;
            }

            var sameCategory = older.Where(c => c[..3] == corrected[..3]).ToList();
            var replaced = sameCategory.Count > 0 ? sameCategory : older.Count == 1 ? [older[0]] : [];
            foreach (var old in replaced)
            {
                codes.Remove(old);
                older.Remove(old);
            }
        }

        return codes;
    }

    private const string AnyCode = @"[A-TV-Z]\d[0-9AB](?:\.?[0-9A-Z]{1,4})?";

    // "the correct code is R27.8", "Corrected ICD-10: R27.8", "dx should read R27.8", "update the dx to R27.8",
    // "please use R27.8 instead".
    [GeneratedRegex(
        @"\b(?:correct(?:ed|ion)?|should\s+(?:be|read|have\s+been)|(?:update|change|revise)[ds]?\s+(?:the\s+|her\s+|his\s+)?(?:dx|diagnosis|code|ICD(?:-?10)?)(?:\s+code)?\s+to)\b[^.\n]{0,40}?\b(?<new>" + AnyCode + @")\b" +
        @"|\b(?:use|using)\s+(?<new>" + AnyCode + @")\b[^.\n]{0,40}?\binstead\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();
}
