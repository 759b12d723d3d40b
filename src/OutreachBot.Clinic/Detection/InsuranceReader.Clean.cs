using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The payer phrase as an intake coordinator records it: without member numbers, the writer's asides ("per parent",
/// "I think", "(IFSP services billed through the program)"), and with staff shorthand spelled out.
/// </summary>
internal static partial class InsuranceReader
{
    private static readonly char[] Trailing = ['.', ',', ';', ':', ' ', '-', '–', '—', '/'];

    private static string? Clean(string raw)
    {
        var value = Whitespace().Replace(raw, " ").Trim().TrimEnd(Trailing);
        // "Medicaid – Sunrise Health Plan": coordinators type a hyphen.
        value = Dash().Replace(value, " - ");
        value = Numbers().Replace(value, "").TrimEnd(Trailing);
        value = Source().Replace(value, "").TrimEnd(Trailing);
        // "Medicare primary, no secondary": the plan is Medicare; "We have Ambetter insurance": the plan is Ambetter;
        // "a workers' comp case": the payer is workers' comp; "self pay now": the payer is self pay.
        value = Regex.Replace(value, @"(?<=\S)\s+(?:primary|secondary|insurance|case|for\s+now|right\s+now|now|currently)$", "", RegexOptions.IgnoreCase);
        // "medicaid thru CareBridge": the managed-care plan that runs the payer's coverage, written as coordinators do.
        value = Through().Replace(value, "${payer} (${plan})");
        value = ThroughFosterCare().Replace(value, "${payer} (${kind})");
        // "Tenemos Medicaid con Sunshine Health": the program and its plan, as coordinators list them.
        value = WithPlanInSpanish().Replace(value, "${payer} - ${plan}");
        // "Cigna PPO (primary)": with no second payer, that it comes first says nothing of the plan.
        value = LonePrimary().Replace(value, "${payer}");
        // "AARP Medicare Supplement Plan G (Medicare Part B remains primary)": both payers, the primary first.
        if (PrimaryInRemark().Match(value) is { Success: true } primary && Payer().IsMatch(primary.Groups["primary"].Value))
        {
            value = $"{primary.Groups["primary"].Value} / {primary.Groups["rest"].Value}";
        }

        value = Remark().Replace(value, m => KeptRemark(m.Groups["remark"].Value) ? m.Value : "").Trim();
        value = Numbers().Replace(value, "").TrimEnd(Trailing);
        // "(DOB 12/01/1965, phone ..., Amerigroup Medicaid)": the list's closing bracket is not the plan's.
        if (value.EndsWith(')') && value.Count(c => c == ')') > value.Count(c => c == '('))
        {
            value = value[..^1].TrimEnd(Trailing);
        }

        value = Advantage().Replace(value, "Advantage");
        value = Supplement().Replace(value, "supplement");
        value = PayerCasing.Normalise(value);
        // "a Blue Cross Blue Shield Medicare Advantage plan": the lower-case word only says it is a plan.
        value = Regex.Replace(value, @"(?<=\S)\s+plan$", "");
        // "Pine Ridge Insurance Co.": the company's abbreviation keeps its full stop.
        if (CompanyAbbreviation().Match(value) is { Success: true } company && raw.Contains(company.Value.TrimStart() + ".", StringComparison.OrdinalIgnoreCase))
        {
            value += ".";
        }

        if (value.Length is < 3 or > MaxLength || value.StartsWith("none", StringComparison.OrdinalIgnoreCase)
            || value.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value;
    }

    // "(PIP)", "(Plan N)", "(Meridian)", "(medicaid)" name the plan, and "(dual)", "(foster care / kinship)", "(secondary)"
    // say what the coverage is, and so does a marketplace plan's metal tier ("(marketplace silver)"); "(marketplace plan)", "(dad is active duty)", "(IFSP services billed ...)" are remarks.
    private static bool KeptRemark(string remark) =>
        !string.IsNullOrWhiteSpace(remark) && (Payer().IsMatch(remark) || CoverageKind().IsMatch(remark) || !LowerCaseWord().IsMatch(remark));

    [GeneratedRegex(@"^(?<payer>[^,/+()]+?)\s*\(primary\)$", RegexOptions.IgnoreCase)]
    private static partial Regex LonePrimary();

    [GeneratedRegex(@"^(?<rest>[^()]+?)\s*\((?<primary>[^()]+?)\s+(?:(?:remains|is|stays)\s+(?:the\s+)?)?primary\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrimaryInRemark();

    [GeneratedRegex(@"\s(?:Co|Inc|Corp)$")]
    private static partial Regex CompanyAbbreviation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+[–—]\s+")]
    private static partial Regex Dash();

    // "ID H51783320", "Member ID: ...", "Medicaid #442019387", "Cigna - U88302145": what identifies the member, not the plan.
    [GeneratedRegex(@"\s*\b(?:ID|Member ID|Sub(?:scriber)?\s*ID|Policy|Group|claim)\b.*$|\s*#.*$|\s+(?:[-–:]\s*)?(?=[A-Za-z\-]*(?:\d[A-Za-z\-]*){5})[A-Za-z0-9][A-Za-z0-9\-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbers();

    // "Insurance: per parent, Kaiser HMO", "Kaiser HMO per mom": who said it is not the plan.
    [GeneratedRegex(@"^(?:per|according\s+to)\s+(?:the\s+)?(?:parents?|mom|mother|dad|father|family|patient|pt|guardian|caregiver|grand(?:mother|ma|father|pa))\b\s*[,:;\-–]?\s*|\s*,?\s*\(?(?:per|according\s+to)\s+(?:the\s+)?(?:parents?|mom|mother|dad|father|family|patient|pt|guardian|caregiver)\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Source();

    [GeneratedRegex(@"^(?<payer>.+?)\s+(?:through|thru|via)\s+(?<plan>\p{Lu}.*)$")]
    private static partial Regex Through();

    [GeneratedRegex(@"^(?<payer>.+?)\s+con\s+(?<plan>\p{Lu}.*)$")]
    private static partial Regex WithPlanInSpanish();

    // "Medicaid through the foster care program": the coverage a child in care has, recorded as "Medicaid (foster care)".
    [GeneratedRegex(@"^(?<payer>.+?)\s+(?:through|thru|via)\s+(?:the\s+)?(?<kind>(?:foster|kinship)\s+care)(?:\s+(?:program|system|agency))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThroughFosterCare();

    // A bracket at the end, closed or cut off by the end of the clause.
    [GeneratedRegex(@"\s*\((?<remark>[^()]*)\)?$")]
    private static partial Regex Remark();

    [GeneratedRegex(@"\b(?:dual|foster|kinship|primary|secondary|pending|bronze|silver|gold|platinum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageKind();

    [GeneratedRegex(@"(?<![\p{L}'’])\p{Ll}{2,}")]
    private static partial Regex LowerCaseWord();

    // Staff shorthand: "humana medicare adv.", "Medicare w/ AARP supp".
    [GeneratedRegex(@"(?<=\bMedicare\s)adv(?:antage)?\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Advantage();

    [GeneratedRegex(@"(?<=\b(?:Medicare|AARP|Medigap|BCBS|Cross|Shield|Omaha)\s)suppl?\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Supplement();
}
