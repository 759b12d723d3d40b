using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>A relative who names the patient by first name alone: "my husband Raymond had a stroke", "my son Caleb is almost 4".</summary>
internal static partial class PatientReader
{
    /// <summary>
    /// The relative's first name, from this message or, in a parent's reply, from the first message it quotes. A parent's
    /// son or daughter carries the family's surname, which the parent's own name gives ("Jennifer Walsh" writes of
    /// "Caleb": Caleb Walsh). So does a husband or wife writing of the other ("Ruth Okonjo": "my husband Emeka had a
    /// stroke" is Emeka Okonjo), as the intake record files a couple; a grandparent's, a partner's or a parent's surname
    /// more often differs (and so may a spouse's double surname), so those stay as written.
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
            var family = match.Groups["child"].Success || match.Groups["spouse"].Success ? FamilyName(writer) ?? FamilyName(fromName) : null;
            // A wife who writes "Ruth Okonjo-Hale" may have kept her own name beside his: his surname is not sure.
            family = match.Groups["spouse"].Success && family?.Contains('-', StringComparison.Ordinal) == true ? null : family;
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
    [GeneratedRegex(@"\b(?i:my)\s+(?:(?<child>(?i:son|daughter|child))|(?<spouse>(?i:husband|wife))|(?i:partner|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|brother|sister))\s*,?\s+(?:(?<name>\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})|(?<name>\p{Ll}{3,})(?=[ \t]+is[ \t]+(?:\d|almost|about|turning)|[ \t]*[,(][ \t]*\d))", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeFirstName();
}
