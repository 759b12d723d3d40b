using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Name forms from records and hurried notes: surname first, capitals, lower case, short surnames, middle initials.</summary>
internal static partial class PatientReader
{
    // "Caleb Thompson, Grade 1", "Ava Lin, Age 4": what follows the comma describes the patient; it is no first name.
    private static readonly HashSet<string> Descriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "Grade", "Gr", "Age", "Room", "Class", "Kindergarten", "Preschool", "Pre-K", "Male", "Female", "MRN", "DOB", "ID",
    };

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal) { "II", "III", "IV" };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "II", "III", "IV" };

    // Words a hurried lower-case note puts after "pt" that are no name ("pt here today 77yo").
    private static readonly HashSet<string> NotLowerCaseNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "had", "here", "today", "now", "also", "who", "with", "and", "the", "a", "an", "seen", "needs", "just", "still", "very",
    };

    /// <summary>EHR exports write "LINDQVIST, HARPER E" and letters "HARRIS, Maya": reorder, and write capitals the ordinary way.</summary>
    private static string InReadingOrder(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var (before, after) = (name[..comma].Trim(), name[(comma + 1)..].Trim());
            var afterWords = after.Split(' ');
            // "Harold Webb, Jr." keeps its order; "WEBB, HAROLD JR" puts the suffix back at the end.
            name = Descriptors.Contains(afterWords[0].TrimEnd('.', ':')) ? before
                : Suffixes.Contains(afterWords[0].TrimEnd('.')) ? $"{before} {after}"
                : afterWords.Length > 1 && Suffixes.Contains(afterWords[^1].TrimEnd('.')) ? $"{string.Join(' ', afterWords[..^1])} {before} {afterWords[^1]}"
                : $"{after} {before}";
        }

        if (name.Length > 0 && name.Where(char.IsLetter).All(char.IsUpper))
        {
            return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        }

        // A surname in capitals beside a first name in mixed case ("Maya HARRIS") is the record's habit, not the spelling.
        return string.Join(' ', name.Split(' ').Select(w =>
            w.Count(char.IsLetter) > 1 && w.Where(char.IsLetter).All(char.IsUpper) && !RomanNumerals.Contains(w)
                ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())
                : w));
    }

    /// <summary>"Mateo R-G" (a subject kept short) or "Caleb T." stands for the full name the message writes elsewhere
    /// ("Child name: Mateo Ruiz-Gallagher", "RUIZ-GALLAGHER, MATEO").</summary>
    private static string WithFullSurname(string name, string text)
    {
        var words = name.Split(' ');
        if (words.Length != 2 || !ShortSurname().IsMatch(words[1]))
        {
            return name;
        }

        var first = Regex.Escape(words[0]);
        MatchCollection fuller;
        try
        {
            // The first name in any case ("MATEO"), the surname with its capital and at least three letters.
            fuller = Regex.Matches(text, $@"\b(?i:{first})[ \t]+(?:\p{{Lu}}\.?[ \t]+)?(?<last>\p{{Lu}}[\p{{L}}'’\-]{{2,}})|\b(?<last>\p{{Lu}}[\p{{L}}'’\-]{{2,}}),[ \t]*(?i:{first})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            foreach (Match match in fuller)
            {
                var last = match.Groups["last"].Value;
                if (last[0] == words[1][0] && last.Count(char.IsLetter) > 2 && Clean($"{words[0]} {last}") is { } full && full.Split(' ').Length == 2)
                {
                    return full;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Too busy to look further: the short form stands.
        }

        return name;
    }

    /// <summary>"Dorothy Kessler" becomes "Dorothy M Kessler" when the message also writes her middle initial.</summary>
    private static string WithMiddleInitial(string name, string text)
    {
        var words = name.Split(' ');
        if (words.Length != 2)
        {
            return name;
        }

        if (!MayHaveMiddleInitial(text, words[0], words[1]))
        {
            return name;
        }

        var (first, last) = (Regex.Escape(words[0]), Regex.Escape(words[1]));
        Match full;
        try
        {
            full = Regex.Match(text, $@"\b{first}\s+(?<m>\p{{Lu}})\.?\s+{last}\b|\b{last},\s*{first}\s+(?<m>\p{{Lu}})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            // A machine too busy to finish a linear pattern in a second: the name stands without its initial.
            return name;
        }

        return full.Success ? $"{words[0]} {char.ToUpperInvariant(full.Groups["m"].Value[0])} {words[1]}" : name;
    }

    // What the pattern below needs before it is worth building: "First X" followed by a space, or "Last," somewhere.
    // (The pattern is built per name, and building it cost more than all the rest of the patient read.)
    private static bool MayHaveMiddleInitial(string text, string first, string last)
    {
        if (text.Contains(last + ",", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var at = text.IndexOf(first, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(first, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var i = at + first.Length;
            var spaces = i;
            while (spaces < text.Length && char.IsWhiteSpace(text[spaces]))
            {
                spaces++;
            }

            if (spaces > i && spaces < text.Length && char.IsLetter(text[spaces]))
            {
                var next = spaces + 1 < text.Length && text[spaces + 1] == '.' ? spaces + 2 : spaces + 1;
                if (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\p{Lu}\.?(?:-?\p{Lu}\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortSurname();

    // "OT REFERRAL - SAMUELS, CORINNE  DOB 9/9/1979", "referral for patient LOPEZ, DANIEL DOB 06/30/1990", a fax cover's
    // "Re: OT referral - Okafor-Ndu, Joseph   DOB 01/22/1975": a record's surname-first name just before the birth date.
    [GeneratedRegex(@"(?<![\p{L}'’\-])(?<name>\p{Lu}[\p{L}'’\-]+,[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}\.?)?)[ \t]*[(,]?[ \t]*(?:DOB|D\.O\.B\.?|born)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirstBeforeBirth();

    // "Leo Martinez's parents asked me to reach out": the family named as someone's is the patient's; so is the teacher
    // or the case manager who writes as someone's ("I am Nia Brooks's 2nd grade teacher"; "I'm" opens no name).
    [GeneratedRegex(@"(?<![\p{L}'’\-])(?!I['’]\p{Ll})(?<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})['’]s[ \t]+(?i:parents?|mom|mother|dad|father|family|guardian|grandmother|grandparents|foster (?:mom|mother|parents?)|(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth)[ \t\-]+grade[ \t]+|classroom[ \t]+|kindergarten[ \t]+|preschool[ \t]+)?teacher|case manager|service coordinator)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameOfTheFamily();

    // "pt eugene ross 77yo", "my grandson lucas miller is 6": a note typed in lower case, read only when an age or a
    // birth date follows at once (nothing else marks where a lower-case name ends). So is a note typed all in capitals
    // ("MY GRANDSON NOAH VALE-LUND (born May 2016)"), where every word has a capital.
    [GeneratedRegex(@"\b(?i:pt\.?|patient|my (?:son|daughter|grandson|granddaughter|mom|mother|dad|father|husband|wife|child))[ \t]+(?<name>\p{Ll}[\p{Ll}'’\-]+[ \t]\p{Ll}[\p{Ll}'’\-]+|\p{Lu}[\p{Lu}'’\-]+[ \t]\p{Lu}[\p{Lu}'’\-]+)(?=[ \t,]*(?:\(?\d{1,3}[ \t\-]*(?i:yo\b|y/o|y\.o\.|yrs?\b|years?\b)|(?i:is)[ \t]+\d{1,3}\b|\(?(?i:dob|d\.o\.b|born|age)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseIntroduced();
}
