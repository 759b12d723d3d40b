using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>An adult writing about themselves: the patient is the writer, named as they introduce or sign themselves.</summary>
internal static partial class PatientReader
{
    /// <summary>
    /// "My name is Harold Jenkins, most folks call me Hal": the writer's full name as they give it is the legal one the
    /// record keeps, surer than a signature or display name that may be a nickname. Else the signature's spelling
    /// ("Renée") over the header's ("Renee") when both name the same person, else the display name, else the referrer.
    /// </summary>
    private static string? WritersOwnName(string own, string? referrerName, string? fromName)
    {
        if (own.Contains("name is", StringComparison.OrdinalIgnoreCase) && MyNameIs().Match(own) is { Success: true } given && Clean(given.Groups["name"].Value) is { } introduced)
        {
            return introduced;
        }

        var signed = referrerName is not null && fromName is not null && SignatureNames.Names(referrerName, MessageText.NameTokens(fromName)) ? referrerName : null;
        return Clean(signed ?? "") ?? Clean(fromName ?? "") ?? Clean(referrerName ?? "");
    }

    /// <summary>The writer's name when it is whole: a display name such as "Walt P" is a nickname and an initial, not
    /// what the record keeps.</summary>
    private static string? WritersFullName(string own, string? referrerName, string? fromName)
    {
        // "Walter Przybylski (Walt)" on a line of its own, from "Walt P": the legal name beside the nickname the writer goes by.
        var goesBy = MessageText.NameTokens(fromName ?? referrerName).FirstOrDefault();
        if (goesBy is not null && own.Contains($"({goesBy})", StringComparison.Ordinal))
        {
            foreach (Match signed in NameBesideNickname().Matches(own))
            {
                if (signed.Groups["nick"].Value == goesBy && Clean(signed.Groups["name"].Value) is { } legal)
                {
                    return legal;
                }
            }
        }

        return WritersOwnName(own, referrerName, fromName) is { } name && !(name.Length > 2 && name[^2] == ' ' && char.IsUpper(name[^1])) ? name : null;
    }

    [GeneratedRegex(@"^[ \t]*(?<name>\p{Lu}[\p{Ll}'’\-]+[ \t]+\p{Lu}[\p{L}'’\-]+)[ \t]*\((?<nick>\p{Lu}\p{Ll}+)\)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameBesideNickname();

    /// <summary>
    /// "I had my left hip replaced ... I live with my wife", "I was diagnosed with Parkinson's": a writer who mentions a
    /// spouse reads as family, yet tells of their own illness. A relative who is the subject of the illness ("my husband
    /// had a stroke") makes the writer family after all.
    /// </summary>
    private static bool WriterIsThePatient(string own) =>
        (FirstPersonIllness().IsMatch(own) || ClinicalDates.FindWritersAge(own) is not null) && !RelativesIllness().IsMatch(own);

    [GeneratedRegex(@"\b(?i:my (?:legal |full )?name is)[ \t]+(?<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex MyNameIs();

    [GeneratedRegex(@"\bI(?:[ \t]+(?:was|am|have[ \t]+been|got)|['’]m|['’]ve[ \t]+been)[ \t]+diagnosed\b|\bI[ \t]+(?:had|have|['’]ve[ \t]+had)[ \t]+(?:my|a|an)[ \t]+\p{L}+[ \t]+(?:\p{L}+[ \t]+)?(?:replaced|repaired|removed|surgery|replacement|repair|fracture|stroke|attack)\b|\bI[ \t]+(?:had|have[ \t]+had)[ \t]+(?:a[ \t]+)?(?:stroke|heart[ \t]+attack|surgery|bypass)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonIllness();

    [GeneratedRegex(@"\bmy[ \t]+(?:husband|wife|partner|son|daughter|child|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|brother|sister)[ \t]+(?:had|was[ \t]+diagnosed|has[ \t]+(?:had|a|an|been[ \t]+diagnosed)|is[ \t]+\d|needs|fell|broke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativesIllness();
}
