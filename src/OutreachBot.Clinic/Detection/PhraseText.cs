using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>The character classes phrase matching uses, as the regular expressions it replaced defined them.</summary>
internal static class PhraseText
{
    private static readonly Regex WordCharacter = new(@"\w", RegexOptions.CultureInvariant);
    private static readonly Regex SpaceCharacter = new(@"\s", RegexOptions.CultureInvariant);

    public static char Lower(char c) => c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);

    /// <summary>Regex <c>\w</c>; outside ASCII asked of the regex engine itself, so both agree.</summary>
    public static bool IsWordCharacter(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : WordCharacter.IsMatch(new ReadOnlySpan<char>(in c));

    /// <summary>Regex <c>[\s-]</c>: what a space in a phrase stands for.</summary>
    public static bool IsGapCharacter(char c) =>
        c < 128 ? c is ' ' or '-' or '\t' or '\n' or '\r' or '\f' or '\v' : SpaceCharacter.IsMatch(new ReadOnlySpan<char>(in c));

    /// <summary>A phrase right after a letter, digit, underscore or slash ("s/p") is part of another word.</summary>
    public static bool StartsAWord(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        return !(char.IsLetterOrDigit(before) || before is '_' or '/');
    }
}
