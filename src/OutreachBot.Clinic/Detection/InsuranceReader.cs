using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The payer as written: a labelled field ("Insurance: Aetna PPO"), else the phrase that starts at a known payer name
/// ("has Medicare and Medicaid", "covered by Tricare Select"). Newer text wins over quoted text.
/// </summary>
internal static partial class InsuranceReader
{
    private const int MaxLength = 80;

    public static string? Read(MessageText text)
    {
        foreach (var source in new[] { text.Own, text.Quoted })
        {
            // A label that names the insurer ("Ins:", "Insurance:") or holds a payer wins over a "Plan:" of care above it.
            Match? firstLabelled = null;
            foreach (Match labelled in Labelled().Matches(source))
            {
                firstLabelled ??= labelled;
                if (Clean(PayersOf(labelled.Groups["value"].Value)) is { } value
                    && (Payer().IsMatch(value) || (NamesInsurer().IsMatch(labelled.Groups["label"].Value) && !NotAPayer().IsMatch(value))))
                {
                    return value;
                }
            }

            if (firstLabelled is { } first && Clean(ClauseOf(first.Groups["value"].Value)) is { } near
                && Payer().IsMatch(near + " " + source[first.Index..Math.Min(source.Length, first.Index + 200)]) && !CarePlan().IsMatch(near))
            {
                return near;
            }

            // "Insurance changed Jan 1. New plan is Evercare Kids, ID ...": a plan the list does not know, named as the plan.
            if (NamedPlan().Match(source) is { Success: true } named && Clean(ClauseOf(named.Groups["value"].Value)) is { } plan && !NotAPayer().IsMatch(plan))
            {
                return plan;
            }

            // "the Medicaid plan changed this month, she's now with Molina Healthcare (Medicaid)": the new payer wins.
            if (ChangedTo().Match(source) is { Success: true } changed
                && CoverageBefore().IsMatch(source[Math.Max(0, changed.Index - 120)..changed.Index]) && Clean(ClauseOf(changed.Groups["value"].Value)) is { } now && Payer().IsMatch(now))
            {
                return now;
            }

            foreach (Match payer in Payer().Matches(source))
            {
                if (NotInsurance().IsMatch(source[Math.Max(0, payer.Index - 30)..payer.Index]) || IsPersonName(source, payer))
                {
                    continue;
                }

                var phrase = Clean(PayersOf(source[PlanNameStart(source, payer.Index)..]));
                if (phrase is not null)
                {
                    return phrase;
                }
            }
        }

        return null;
    }

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

    // "She has Prairie State Medicaid": the state's or the company's words before the payer are the plan's name.
    private static int PlanNameStart(string source, int payer)
    {
        var start = payer;
        for (var words = 0; words < 3 && PlanWordBefore().Match(source[..start]) is { Success: true } before
            && !NotPlanWords.Contains(before.Groups["word"].Value) && !StartsASentence(source, before.Groups["word"].Index); words++)
        {
            start = before.Groups["word"].Index;
        }

        return start;
    }

    // "Tenemos Medicaid": the first word of a sentence is capitalised whatever it is.
    private static bool StartsASentence(string source, int index)
    {
        var before = source.AsSpan(0, index).TrimEnd(" \t");
        return before.Length == 0 || before[^1] is '\n' or '.' or '!' or '?' or ':' or '"' or '“';
    }

    private static readonly HashSet<string> NotPlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "She", "He", "Her", "His", "They", "Their", "The", "We", "Our", "My", "I", "It", "Has", "Have", "Is", "Insurance",
        "Ins", "Patient", "Pt", "Mom", "Dad", "Primary", "Secondary", "Plan", "Payer", "Coverage", "And", "Or", "With", "Through",
    };

    // "Medicare A/B, AARP Medicare Supplement Plan G": a list of payers is kept whole, and so is the managed-care plan
    // named after a payer ("Tiene Medicaid, Harbor Health Plan, el número ...").
    private static string PayersOf(string value)
    {
        var clause = ClauseOf(value);
        while (value.Length > clause.Length + 2 && value.AsSpan(clause.Length).StartsWith(", ")
            && ClauseOf(value[(clause.Length + 2)..]) is var next && (Payer().IsMatch(next) || PlanName().IsMatch(next)) && !NotInsurance().IsMatch(next))
        {
            clause = value[..(clause.Length + 2 + next.Length)];
        }

        return clause;
    }

    private static string ClauseOf(string rest)
    {
        var end = Terminator().Match(rest);
        return end.Success ? rest[..end.Index] : rest;
    }

    private static string? Clean(string raw)
    {
        var value = Regex.Replace(raw, @"\s+", " ").Trim().TrimEnd('.', ',', ';', ':', ' ', '-');
        value = Regex.Replace(value, @"\s*\b(?:ID|Member ID|Sub(?:scriber)?\s*ID|Policy|Group|claim|#)\b.*$", "", RegexOptions.IgnoreCase).TrimEnd('.', ',', ';', ':', ' ', '-', '/');
        // "Medicare primary, no secondary": the plan is Medicare.
        value = Regex.Replace(value, @"(?<=\S)\s+(?:primary|secondary)$", "", RegexOptions.IgnoreCase);
        // "We have Ambetter insurance": the plan is Ambetter.
        value = Regex.Replace(value, @"(?<=\S)\s+insurance$", "", RegexOptions.IgnoreCase);
        // "a workers' comp case": the payer is workers' comp.
        value = Regex.Replace(value, @"(?<=\S)\s+case$", "", RegexOptions.IgnoreCase);
        // "(marketplace plan)", "(dad is active duty)" are remarks; "(PIP)", "(Meridian)" name the plan, and "(dual)",
        // "(foster care)", "(secondary)" say what the coverage is.
        value = Remark().Replace(value, "").Trim();
        value = PayerCasing.Normalise(value);
        // "a Blue Cross Blue Shield Medicare Advantage plan": the lower-case word only says it is a plan.
        value = Regex.Replace(value, @"(?<=\S)\s+plan$", "");
        if (value.Length is < 3 or > MaxLength || value.StartsWith("none", StringComparison.OrdinalIgnoreCase)
            || value.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value;
    }

    // "Insurance: Humana Medicare Advantage", "Primary insurance - BCBS PPO", "Payer: Cigna".
    [GeneratedRegex(@"^[ \t>*\-]*(?:primary\s+)?(?<label>insurance company|insurance|insurer|ins|carrier|payer|payor|coverage|health plan|insurance plan|plan|primary|funding source|funding)(?:\s+(?:carrier|name|plan|info(?:rmation)?))?\s*[:\-–]\s*(?<value>[^\n]{3,100})$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Labelled();

    // "Insurance: Lakeshore Mutual", "Carrier: ...": a payer the list does not know is still the payer.
    [GeneratedRegex(@"^(?:insurance company|insurance|insurer|ins|carrier|payer|payor|coverage)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamesInsurer();

    [GeneratedRegex(@"\b(?:new|current|updated|her|his|their|my|our|the)\s+(?:insurance|plan|payer|payor|coverage|insurer)\s+is\s+(?:now\s+)?(?<value>(?-i:\p{Lu})[^\n]{2,100})", RegexOptions.IgnoreCase)]
    private static partial Regex NamedPlan();

    [GeneratedRegex(@"\b(?:now\s+(?:with|on|has|covered\s+by)|switched\s+(?:over\s+)?to|changed\s+(?:over\s+)?to)\s+(?<value>(?-i:\p{Lu})[^\n]{2,100})", RegexOptions.IgnoreCase)]
    private static partial Regex ChangedTo();

    [GeneratedRegex(@"\b(?:insurance|coverage|payer|payor|card|Medicaid|Medicare|health\s+plan|(?:her|his|their|the)\s+plan\s+(?!of\s+care))", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageBefore();

    // "Harbor Health Plan", "Sunshine Kids Plan": a capitalised name that calls itself a plan.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+(?:Plan|Health|Healthcare|HealthCare)$")]
    private static partial Regex PlanName();

    // "Plan: ROM, strengthening, edema mgmt.": a plan of care.
    [GeneratedRegex(@"\b(?:ROM|strengthening|edema|splint|orthosis|HEP|home program|therapy|treatment|eval|evaluate|x\s?\d|\d+\s*(?:x|times)\s*(?:/|per|a)\s*(?:wk|week))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarePlan();

    [GeneratedRegex(@"^(?:pending|on file|n/?a|tbd|to be (?:confirmed|determined)|see (?:attached|below|above)|verify|unknown|none|same|not (?:known|provided|listed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPayer();

    [GeneratedRegex(@"\b(?:Medicaid|Medicare|Aetna|BCBS|Blue\s?Cross(?:\s+(?:and\s+|&\s+)?Blue\s?Shield)?|Blue\s?Shield|Medi-Cal|MassHealth|TennCare|SoonerCare|BadgerCare|KanCare|PeachCare|Amerigroup|Healthfirst|EmblemHealth|Anthem|Cigna|UHC|United\s?Health\s?care|United\s+Healthcare|Humana|Tricare|TRICARE|Ambetter|Kaiser|Molina|Meridian|WellCare|Centene|Oscar|CareSource|Highmark|Harvard\s+Pilgrim|Tufts|Priority\s+Health|Health\s+Alliance|private\s+pay|self[\s\-]pay|workers'?\s+comp(?:ensation)?|(?-i:CHIP)|(?-i:\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,3}[ \t]+(?:PPO|HMO|EPO|POS)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Payer();

    [GeneratedRegex(@"(?<word>\p{Lu}[\p{L}\-]+)[ \t]+$")]
    private static partial Regex PlanWordBefore();

    // Clause ends: a sentence end, a line end, a parenthesis that starts a new thought (not "(dual)", "(foster care)",
    // "(secondary)", which say what the coverage is), or a new clause ("Aetna PPO for the family").
    [GeneratedRegex(@"(?<!\b(?:Co|Inc|St))\.(?:\s|$)|[;\n?!]|,\s|\s+(?:but|so|which|who|through|via|is|are|was)\b|\s+(?:for|since|until)\s+(?=(?-i:\p{Ll}))|\s+and\s+(?!(?:a\s+|an\s+)?(?-i:\p{Lu}))|\s+(?:/\s*)?(?:Sub(?:scriber)?\s+)?(?:ID|member)\b|\s+\((?=(?-i:\p{Ll}))(?!(?:dual(?:[\s\-]+eligible)?|foster\s+care(?:\s+coverage)?|primary|secondary)\))|\s[-–—]\s+(?=(?-i:\p{Ll}))", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();

    [GeneratedRegex(@"\s*\((?=\p{Ll})(?!(?:dual(?:[\s\-]+eligible)?|foster\s+care(?:\s+coverage)?|primary|secondary)\))[^)]*\)?\s*$|\s*\($")]
    private static partial Regex Remark();

    [GeneratedRegex(@"\G[ \t]+\p{Lu}{2,}\b")]
    private static partial Regex PlanAcronymNext();

    [GeneratedRegex(@"^(?:Oscar|Molina|Kaiser|Meridian|Tufts|Highmark|Anthem)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLikePayer();

    [GeneratedRegex(@"(?:\b(?:has|have|had|insurance|insured|covered|coverage|through|with|is|plan|payer|payor)\b|[:(])[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageCue();

    [GeneratedRegex(@"\G[ \t]+(?<word>\p{Lu}\p{Ll}[\p{L}'’\-]*)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^(?:Health|Healthcare|HealthCare|Medicaid|Medicare|Advantage|Permanente|Choice|Select|Prime|Plan|Community|Complete|Care|Blue|Shield|Insurance|Better|Open|Premier|Gold|Silver|Bronze|Essential|Family|Kids|Direct|Preferred|Standard|Extra|Value|Access|Dual|Supplement|Marketplace|Part)$")]
    private static partial Regex PlanWord();

    // "Medicare Advantage plan shows", "per Medicare guidelines": payer names that do not name the patient's coverage.
    // "covered by Medicaid", "insured by Aetna" do name it.
    [GeneratedRegex(@"(?:\bper|\bunder|(?<!\b(?:covered|insured|paid(?:\s+for)?)\s)\bby)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotInsurance();
}
