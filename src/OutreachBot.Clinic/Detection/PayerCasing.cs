using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// A payer's name in the form an intake coordinator records it: "we have medicaid" reads "Medicaid", an EHR export's
/// "BLUE CROSS BLUE SHIELD PPO" reads "Blue Cross Blue Shield PPO". Acronyms (BCBS, PPO, AARP) and brands written in
/// capitals by their owners (TRICARE) stay as written; words that are not a payer's keep the writer's case.
/// </summary>
internal static partial class PayerCasing
{
    private static readonly Dictionary<string, string> Brands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["medicaid"] = "Medicaid", ["medicare"] = "Medicare", ["aetna"] = "Aetna", ["anthem"] = "Anthem", ["cigna"] = "Cigna",
        ["humana"] = "Humana", ["ambetter"] = "Ambetter", ["kaiser"] = "Kaiser", ["molina"] = "Molina", ["meridian"] = "Meridian",
        ["wellcare"] = "WellCare", ["caresource"] = "CareSource", ["highmark"] = "Highmark", ["tricare"] = "Tricare",
        ["bcbs"] = "BCBS", ["uhc"] = "UHC", ["unitedhealthcare"] = "UnitedHealthcare", ["aarp"] = "AARP", ["oscar"] = "Oscar", ["ppo"] = "PPO", ["hmo"] = "HMO", ["epo"] = "EPO",
        ["united"] = "United", ["healthcare"] = "Healthcare", ["blue"] = "Blue", ["cross"] = "Cross", ["shield"] = "Shield", ["advantage"] = "Advantage",
    };

    // Capitalised words that are acronyms or brands spelled in capitals, not shouting.
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "TRICARE", "AARP", "CHIP", "USAA", "GEHA", "SEIU", "NALC", "SCHIP", "CHAMPVA", "UPMC", "HMSA", "PACE", "IEHP", "AHCCCS", "FEHB", "EPSDT", "MMAI", "USAF", "USMC",
    };

    public static string Normalise(string value)
    {
        return Word().Replace(value, m =>
        {
            var word = m.Value;
            var upper = word.All(char.IsUpper);
            if (Acronyms.Contains(word))
            {
                return word;
            }

            if (Brands.TryGetValue(word, out var brand) && (upper || word.All(char.IsLower)))
            {
                return brand;
            }

            // "MEDICARE PART B", "Humana GOLD PLUS HMO": a capitalised word with a vowel, four letters or more, is shouted;
            // "BCBS", "PPO", "POS" are acronyms.
            return upper && word.Length >= 4 && word.Any(c => "AEIOUY".Contains(c))
                ? word[0] + word[1..].ToLowerInvariant()
                : word;
        });
    }

    [GeneratedRegex(@"\b\p{L}{2,}\b")]
    private static partial Regex Word();
}
