using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Where a payer named in a sentence begins and whether it is one: the plan's own words before the payer ("Prairie State
/// Medicaid"), payers that are also first names ("Oscar"), a payer restated in full after a remark.
/// </summary>
internal static partial class InsuranceReader
{
    /// <summary>
    /// Some payers share a name with people ("Oscar", "Molina", "Kaiser"): "Oscar Gutierrez (born 8/27/2016)" is a
    /// child, "Oscar Health" and "Molina Medicaid" are plans. A payer word followed by a capitalised word that is not a
    /// plan's is read as a name.
    /// </summary>
    private static bool IsPersonName(string source, Match payer)
    {
        if (!NameLikePayer().IsMatch(payer.Value))
        {
            // "BCBS Federal Employee Program", "Medicare Part B": no one is called BCBS or Medicare.
            return false;
        }

        var next = NextWord().Match(source, payer.Index + payer.Length);
        if (next.Success)
        {
            return !PlanWord().IsMatch(next.Groups["word"].Value);
        }

        // "call his wife Oscar at ...", "Thanks,\nOscar": a payer that is also a first name needs a coverage cue or a
        // plan after it ("Kaiser HMO").
        return NameLikePayer().IsMatch(payer.Value) && !PlanAcronymNext().IsMatch(source, payer.Index + payer.Length) && !CoverageCue().IsMatch(source[Math.Max(0, payer.Index - 40)..payer.Index]);
    }

    /// <summary>"Aetna (through her husband's employer) - Aetna Choice POS II": after a remark the payer is named again
    /// in full; that later name is the plan.</summary>
    private static bool RestatedLater(string source, Match payer) =>
        RemarkThenDash().Match(source, payer.Index + payer.Length) is { Success: true } remark
        && source.AsSpan(remark.Index + remark.Length).StartsWith(payer.Value, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G[ \t]*\([^()\n]{1,60}\)[ \t]*[-–—:][ \t]*")]
    private static partial Regex RemarkThenDash();

    // "She has Prairie State Medicaid": the state's or the company's words before the payer are the plan's name.
    private static int PlanNameStart(string source, int payer)
    {
        // "Member ID: HHP-MA-30019482 (Harbor Health Plan Medicare Advantage)": inside brackets, the capitalised words
        // before the payer are the plan's, "Plan" included.
        var open = source.LastIndexOf('(', payer);
        if (open >= 0 && open > source.LastIndexOf(')', payer) && open > source.LastIndexOf('\n', payer)
            && CapitalisedWords().IsMatch(source.AsSpan(open + 1, payer - open - 1)))
        {
            return open + 1;
        }

        var start = payer;
        // "Plan: Summit Health Plan Medicare Advantage (PPO)": "Plan" after "Health" is the company's name, not a label.
        for (var words = 0; words < 4 && PlanWordBefore().Match(source[..start]) is { Success: true } before
            && (!NotPlanWords.Contains(before.Groups["word"].Value) || (before.Groups["word"].Value == "Plan" && source.AsSpan(0, before.Groups["word"].Index).EndsWith("Health ")))
            && !StartsASentence(source, before.Groups["word"].Index); words++)
        {
            start = before.Groups["word"].Index;
        }

        return start;
    }

    // "Tenemos Medicaid", "> Tenemos Medicaid" quoted: the first word of a sentence is capitalised whatever it is.
    // After a label's colon the first word is the value's own ("Plan: Summit Health Plan Medicare Advantage"), unless it
    // is a word of a sentence.
    private static bool StartsASentence(string source, int index)
    {
        var before = source.AsSpan(0, index).TrimEnd(" \t");
        return before.Length == 0 || before[^1] is '\n' or '.' or '!' or '?' or '"' or '“' or '>'
            || (before[^1] == ':' && !HealthPlanAfter().IsMatch(source, index));
    }

    [GeneratedRegex(@"\G\p{Lu}[\p{L}\-]*[ \t]+Health[ \t]+Plan\b")]
    private static partial Regex HealthPlanAfter();

    private static readonly HashSet<string> NotPlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "She", "He", "Her", "His", "They", "Their", "The", "We", "Our", "My", "I", "It", "Has", "Have", "Is", "Insurance",
        "Ins", "Patient", "Pt", "Mom", "Dad", "Primary", "Secondary", "Plan", "Payer", "Coverage", "And", "Or", "With", "Through",
        // A question typed in capitals ("DO YOU TAKE HUMANA"): its words are no plan's name.
        "Do", "Does", "You", "Take", "Takes", "Accept", "Accepts",
    };

    /// <summary>
    /// Therapy after a car accident paid by the auto policy: the carrier, with the kind of coverage in brackets.
    /// "Auto insurance (Progressive PIP) is covering therapy" reads "Progressive PIP (auto insurance)"; "covered under her
    /// auto policy (PIP) - Harbor Mutual Auto, claim ..." reads "Harbor Mutual Auto (PIP)".
    /// </summary>
    private static string? AutoPolicy(string source)
    {
        if (source.IndexOf("auto", StringComparison.OrdinalIgnoreCase) < 0 || AutoCoverage().Match(source) is not { Success: true } auto)
        {
            return null;
        }

        var inner = auto.Groups["inner"].Value.Trim();
        if (!CoverageAcronym().IsMatch(inner))
        {
            return Clean(inner) is { } carrier ? $"{carrier} (auto insurance)" : null;
        }

        return auto.Groups["carrier"].Success && Clean(ClauseOf(auto.Groups["carrier"].Value)) is { } named ? $"{named} ({inner})" : null;
    }

    [GeneratedRegex(@"\bauto(?:mobile)?[ \t]+(?:insurance|policy|coverage|carrier)[ \t]*\((?<inner>[^()\n]{2,40})\)(?:[ \t]*[-–—:][ \t]*(?<carrier>\p{Lu}[^\n]{2,80}))?", RegexOptions.IgnoreCase)]
    private static partial Regex AutoCoverage();

    // "PIP", "MedPay": the kind of auto coverage, not the carrier.
    [GeneratedRegex(@"^(?:\p{Lu}{2,6}|MedPay)$")]
    private static partial Regex CoverageAcronym();

    [GeneratedRegex(@"(?<word>\p{Lu}[\p{L}\-]+)[ \t]+$")]
    private static partial Regex PlanWordBefore();

    [GeneratedRegex(@"\G[ \t]+\p{Lu}{2,}\b")]
    private static partial Regex PlanAcronymNext();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\-]*[ \t]+)+$")]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(@"^(?:Oscar|Molina|Kaiser|Meridian|Tufts|Highmark|Anthem)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLikePayer();

    [GeneratedRegex(@"\G[ \t]+(?<word>\p{Lu}\p{Ll}[\p{L}'’\-]*)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^(?:Health|Healthcare|HealthCare|Medicaid|Medicare|Advantage|Permanente|Choice|Select|Prime|Plan|Community|Complete|Care|Blue|Shield|Insurance|Better|Open|Premier|Gold|Silver|Bronze|Essential|Family|Kids|Direct|Preferred|Standard|Extra|Value|Access|Dual|Supplement|Marketplace|Part)$")]
    private static partial Regex PlanWord();
}
