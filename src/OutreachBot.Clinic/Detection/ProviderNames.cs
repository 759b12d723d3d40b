using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The whole name of a doctor that staff call by surname ("Dr. Patel asked me to send", "front desk for Dr. Shah"),
/// as the attached order or the quoted thread writes it: "Provider: Anil Patel, MD", "From: Shah, Anita MD".
/// </summary>
internal static partial class ProviderNames
{
    /// <summary>The name with credentials written elsewhere in the message, or "Dr. {last}" when none is.</summary>
    public static string FullName(string last, string all)
    {
        // Only the lines that hold the surname are read, each once, so the cost is one search of the text.
        var at = all.IndexOf(last, StringComparison.Ordinal);
        while (at >= 0)
        {
            var start = all.LastIndexOf('\n', at) + 1;
            var end = all.IndexOf('\n', at) is var newline and >= 0 ? newline : all.Length;
            at = end < all.Length ? all.IndexOf(last, end, StringComparison.Ordinal) : -1;
            var line = all[start..end];
            foreach (Match signed in NameWithCredentials().Matches(line))
            {
                if (signed.Groups["name"].Value.EndsWith(" " + last, StringComparison.Ordinal))
                {
                    return Credentials.WithoutSentenceStop(signed.Value);
                }
            }

            // A mail directory's order: "Shah, Anita MD" is Anita Shah, MD.
            if (DirectoryOrder().Match(line) is { Success: true } directory && directory.Groups["last"].Value == last)
            {
                return $"{directory.Groups["first"].Value} {last}, {directory.Groups["cred"].Value}";
            }
        }

        return $"Dr. {last}";
    }

    /// <summary>Whether a note is typed in capitals ("DR LOPEZ WOULD LIKE TO REFER PT"), an address or two aside.</summary>
    public static bool IsInCapitals(string text)
    {
        var (upper, lower) = (text.Count(char.IsUpper), text.Count(char.IsLower));
        return upper >= 20 && lower * 10 < upper;
    }

    /// <summary>A note in capitals in ordinary case: lower case, the doctor's title and surname capitalised
    /// ("DR LOPEZ WOULD LIKE" is "Dr Lopez would like").</summary>
    public static string InOrdinaryCase(string text) =>
        DoctorAndSurname().Replace(text.ToLowerInvariant(), m => System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Value));

    [GeneratedRegex(@"\bdr\.?[ \t]+\p{Ll}[\p{Ll}'’\-]*")]
    private static partial Regex DoctorAndSurname();

    [GeneratedRegex(@"(?<name>" + Credentials.Name + ")" + Credentials.After)]
    private static partial Regex NameWithCredentials();

    [GeneratedRegex(@"\b(?<last>\p{Lu}[\p{L}'’\-]+),\s*(?<first>\p{Lu}[\p{Ll}'’\-]+)\s+(?<cred>MD|DO|NP|PA-C|FNP-C|CPNP|DPT)\b")]
    private static partial Regex DirectoryOrder();
}
