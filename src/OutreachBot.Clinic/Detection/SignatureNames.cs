using System.Globalization;
using System.Text;

namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Whether a signature line names the sender of the From header: "Renée Castellanos" signs for "Renee Castellanos",
/// "Pam Voight, LCSW" for "Voight, Pamela". Accents may be dropped in the header and a first name shortened in the
/// signature; the other name must be written in full.
/// </summary>
internal static class SignatureNames
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    public static bool Names(string line, IReadOnlyList<string> tokens)
    {
        // Most lines name no one: the cheap test for a whole name comes first, the shortened first name after it.
        var missing = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Contains(line, tokens[i]))
            {
                if (missing >= 0)
                {
                    return false;
                }

                missing = i;
            }
        }

        return tokens.Count > 0 && (missing < 0 || (tokens.Count > 1 && (ShortenedIn(line, tokens[missing]) || (missing == 0 && InitialIn(line, tokens[0])))));
    }

    /// <summary>"Provider: Bridget Solano, MSN" in an attached order names the sender in a field, not a signature.</summary>
    public static bool IsFormField(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < 30 && line[..colon].All(c => char.IsLetter(c) || c == ' ' || c == '\'');
    }

    private static bool Contains(string line, string token) =>
        line.Contains(token, StringComparison.OrdinalIgnoreCase)
        || ((!Ascii.IsValid(line) || !Ascii.IsValid(token))
            && Compare.IndexOf(line, token, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);

    // "S. Okwuosa MD" for Samuel Okwuosa: the first name as its initial, with the dot, opening the line, or just after a
    // doctor's title ("Dr. S. Okwuosa").
    private static bool InitialIn(string line, string first)
    {
        line = line.StartsWith("Dr. ", StringComparison.Ordinal) ? line[4..] : line.StartsWith("Dr ", StringComparison.Ordinal) ? line[3..] : line;
        return line.Length > 3 && char.IsUpper(line[0]) && line[1] == '.' && line[2] == ' ' && char.ToUpperInvariant(first[0]) == line[0];
    }

    // "Pam" for "Pamela", "Chris" for "Christopher": a capitalised word of three letters or more that starts the name.
    private static bool ShortenedIn(string line, string token)
    {
        if (token.Length < 4)
        {
            return false;
        }

        foreach (var word in line.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && word.Length < token.Length && char.IsUpper(word[0]) && token.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
