using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A signature's name line that also names the practice.</summary>
internal static partial class ReferrerReader
{
    /// <summary>
    /// "Anita Rosales, MD | Prairie Pediatrics", "Dr. Jane Roe — Northside Neurology", "Jane Roe, MD, Riverside Family
    /// Practice": the name with its credentials, and what follows it.
    /// </summary>
    private static (string Name, string? After) SplitNameLine(string line)
    {
        var bar = line.IndexOf('|', StringComparison.Ordinal);
        var split = NameThenPractice().Match(line);
        // "Harriet Oyelowo, MSN, CPNP-PC": credentials after a comma are the name's, even when one ends like a
        // practice's "PC".
        if (split.Success && !CredentialsOnly().IsMatch(split.Groups["rest"].Value)
            && (split.Groups["sep"].Value.Trim() != "," || (OrganizationWords.IsIn(split.Groups["rest"].Value) && !TitleWords.IsIn(split.Groups["rest"].Value))))
        {
            return (split.Groups["name"].Value.Trim(), split.Groups["rest"].Value.Trim());
        }

        return bar > 0 ? (WithoutTitle(line[..bar].Trim().TrimEnd(',')), line[(bar + 1)..]) : (WithoutTitle(line.Trim().TrimEnd(',')), null);
    }

    /// <summary>
    /// "Carla Mendes, Service Coordinator" is Carla Mendes: a job title after the comma is no part of the name, as
    /// credentials are ("Jordan Ellis, M.S., CCC-SLP"). The title still tells the role.
    /// </summary>
    private static string WithoutTitle(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        var kept = parts.Skip(1).TakeWhile(p => CredentialsOnly().IsMatch(p)).Count() + 1;
        return kept == parts.Length || !PersonName().IsMatch(parts[0]) ? name : string.Join(", ", parts.Take(kept));
    }

    [GeneratedRegex(@"^" + Credentials.One + @"(?:,\s*" + Credentials.One + @")*\s*$")]
    private static partial Regex CredentialsOnly();

    // "Ms. Jane Roe" signs as Jane Roe.
    [GeneratedRegex(@"^(?:Ms|Mrs|Mr|Miss|Mx)\.?\s+(?=\p{Lu})")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?<name>(?:Dr\.?\s+)?" + Credentials.Name + "(?:" + Credentials.After + @")?)(?<sep>\s*[|—–]\s*|\s+-\s+|,\s+)(?<rest>\p{Lu}.*)$")]
    private static partial Regex NameThenPractice();
}
