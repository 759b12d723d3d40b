using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Forms that keep the surname and the first name apart: two labelled lines ("Patient Last Name: KIM-HADDAD",
/// "Patient First Name: ZOE") or a pasted table whose head names the columns ("Last Name | First Name | DOB").</summary>
internal static partial class PatientReader
{
    private static readonly char[] CellSeparators = ['|', '\t'];

    private static string? NameFields(string source)
    {
        // Most mail has no such form: the plain look-up spares the patterns below.
        if (source.IndexOf("first name", StringComparison.OrdinalIgnoreCase) < 0 || source.IndexOf("last name", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        if (LastNameField().Match(source) is { Success: true } last && FirstNameField().Match(source) is { Success: true } first)
        {
            return Clean($"{first.Groups["value"].Value} {last.Groups["value"].Value}");
        }

        return NameColumns(source);
    }

    /// <summary>"Last Name | First Name | DOB" over "Abernathy | Quinn | 10/30/2018": the cells under the name heads.</summary>
    private static string? NameColumns(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var heads = lines[i].Split(CellSeparators, StringSplitOptions.TrimEntries);
            var (lastAt, firstAt) = (Array.FindIndex(heads, h => NameHead().Match(h) is { Success: true } m && m.Groups["part"].Value.Equals("last", StringComparison.OrdinalIgnoreCase)),
                Array.FindIndex(heads, h => NameHead().Match(h) is { Success: true } m && m.Groups["part"].Value.Equals("first", StringComparison.OrdinalIgnoreCase)));
            if (heads.Length < 2 || lastAt < 0 || firstAt < 0)
            {
                continue;
            }

            var row = lines.Skip(i + 1).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.All(c => c is '-' or '|' or '+' or ':' or ' ' or '\t'));
            var cells = row?.Split(CellSeparators, StringSplitOptions.TrimEntries);
            return cells is not null && cells.Length == heads.Length ? Clean($"{cells[firstAt]} {cells[lastAt]}") : null;
        }

        return null;
    }

    // A column head for the patient's own name; "Parent Last Name" heads someone else's.
    [GeneratedRegex(@"^(?:(?:patient|child|student|client|member)(?:['’]s)?[ \t]+)?(?<part>last|first)[ \t]+name$", RegexOptions.IgnoreCase)]
    private static partial Regex NameHead();

    [GeneratedRegex(@"^[ \t>*]*(?i:(?:(?:patient|child|student|client|member|pt)(?:['’]s)?[ \t]+)?(?:last|family)[ \t]+name)[ \t]*(?::|\t)[ \t]*(?<value>\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+)?)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LastNameField();

    [GeneratedRegex(@"^[ \t>*]*(?i:(?:(?:patient|child|student|client|member|pt)(?:['’]s)?[ \t]+)?first[ \t]+name)[ \t]*(?::|\t)[ \t]*(?<value>\p{Lu}[\p{L}'’\-]+)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FirstNameField();
}
