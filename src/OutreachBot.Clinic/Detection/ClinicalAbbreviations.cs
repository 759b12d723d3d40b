using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Spells out the shorthand referrers write in a hurry ("CTR R hand 2 wks ago") so the reason for referral reads the
/// same on a card whoever wrote it. Only unambiguous abbreviations; a side letter (R, L) only before a body part.
/// </summary>
internal static partial class ClinicalAbbreviations
{
    private static readonly Dictionary<string, string> Spelled = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CTR"] = "carpal tunnel release",
        ["CTS"] = "carpal tunnel syndrome",
        ["TFR"] = "trigger finger release",
        ["DRF"] = "distal radius fracture",
        ["fx"] = "fracture",
        ["sx"] = "symptoms",
        ["hx"] = "history of",
        ["pt"] = "patient",
        ["wk"] = "week",
        ["wks"] = "weeks",
        ["mo"] = "months",
        ["mos"] = "months",
        ["b/l"] = "bilateral",
        ["bilat"] = "bilateral",
        ["w/"] = "with",
        ["w/o"] = "without",
        ["UE"] = "upper extremity",
        ["LE"] = "lower extremity",
        ["RUE"] = "right upper extremity",
        ["LUE"] = "left upper extremity",
        ["OA"] = "osteoarthritis",
        ["RA"] = "rheumatoid arthritis",
        ["CVA"] = "stroke",
        ["MVC"] = "motor vehicle collision",
        ["DCD"] = "developmental coordination disorder",
        ["SCI"] = "spinal cord injury",
        ["mgmt"] = "management",
        ["eval"] = "evaluation",
    };

    public static string Expand(string text)
    {
        var expanded = Abbreviation().Replace(text, m => Spelled.TryGetValue(m.Value, out var full) ? full : m.Value);
        return Side().Replace(expanded, m => (m.Groups["side"].Value == "R" ? "right " : "left ") + m.Groups["part"].Value);
    }

    [GeneratedRegex(@"(?<![\w/])(?:CTR|CTS|TFR|DRF|fx|sx|hx|pt|wks?|mos?|b/l|bilat|w/o|w/|UE|LE|RUE|LUE|OA|RA|CVA|MVC|DCD|SCI|mgmt|eval)(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b(?<side>[RL])\.?\s+(?<part>hand|wrist|thumb|index|long|middle|ring|small|little|finger|elbow|shoulder|forearm|arm|upper|side|knee|hip|ankle|foot)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Side();
}
