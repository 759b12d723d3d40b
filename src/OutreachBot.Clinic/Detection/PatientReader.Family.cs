using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A relative who names the patient by first name alone: "my husband Raymond had a stroke", "my son Caleb is almost 4".</summary>
internal static partial class PatientReader
{
    /// <summary>
    /// The relative's first name, from this message or, in a parent's reply, from the first message it quotes. A parent's
    /// son or daughter carries the family's surname, which the parent's own name gives ("Jennifer Walsh" writes of
    /// "Caleb": Caleb Walsh); a grandparent's, a spouse's or a parent's surname may differ, so those stay as written.
    /// </summary>
    private static string? RelativeByFirstName(MessageText text, string? writer, string? fromName)
    {
        foreach (var source in new[] { text.Own, text.Quoted })
        {
            if (RelativeFirstName().Match(source) is not { Success: true } match)
            {
                continue;
            }

            var first = match.Groups["name"].Value;
            if (NotNames.Contains(first) || NotLowerCaseNames.Contains(first))
            {
                return null;
            }

            // "my son josiah is 18 months": a parent typing in lower case.
            first = char.IsLower(first[0]) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(first) : first;
            var family = match.Groups["child"].Success ? FamilyName(writer) ?? FamilyName(fromName) : null;
            return family is null ? first : $"{first} {family}";
        }

        return null;
    }

    /// <summary>"Ethan Chen", read from "my son Ethan (8, 2nd grade)": the first name, where the message writes it alone.</summary>
    private static string? FirstNameAsWritten(string? name, string own) =>
        name?.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && !own.Contains(name, StringComparison.Ordinal) ? name[..space] : null;

    /// <summary>The surname of a writer's full name ("Jennifer Walsh", "brianna lopez"); a first name or an initial ("Brandon K") gives none.</summary>
    private static string? FamilyName(string? name)
    {
        var words = name?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (words.Length is < 2 or > 3 || words.Any(w => w.Any(char.IsDigit) || w.Contains('@', StringComparison.Ordinal)))
        {
            return null;
        }

        var last = words[^1];
        return last.Length > 1 && last.Any(char.IsLower) && last.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !NotNames.Contains(last)
            ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(last[..1]) + last[1..]
            : null;
    }

    // A name in lower case is read only where an age follows it at once ("my son josiah is 18 months", "my daughter
    // mia (3)"): nothing else marks where it ends.
    [GeneratedRegex(@"\b(?i:my)\s+(?:(?<child>(?i:son|daughter|child))|(?i:husband|wife|partner|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|brother|sister))\s*,?\s+(?:(?<name>\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})|(?<name>\p{Ll}{3,})(?=[ \t]+is[ \t]+(?:\d|almost|about|turning)|[ \t]*[,(][ \t]*\d))", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeFirstName();
}
