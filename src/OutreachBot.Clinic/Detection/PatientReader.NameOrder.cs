using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Names whose parts come in an order or number the main forms do not read: a record's surname first in a
/// sentence, two surnames, a suffix typed before the surname, a patient the clinic has treated before; and an age
/// written bare beside the name.</summary>
internal static partial class PatientReader
{
    /// <summary>"Referring María José Fernández Ruiz (7 yo, ...)": a fourth capitalised word just before the bracket or
    /// comma that closes the introduction is the second surname many Spanish and Portuguese names carry.</summary>
    private static string WithSecondSurname(string candidate, string raw, string source, int end)
    {
        if (candidate != raw.Trim() || candidate.Split(' ').Length != 3 || SecondSurname().Match(source, end) is not { Success: true } next
            || NotNames.Contains(next.Groups["surname"].Value) || Suffixes.Contains(next.Groups["surname"].Value))
        {
            return candidate;
        }

        return $"{candidate} {next.Groups["surname"].Value}";
    }

    /// <summary>"Kwame Jr. Asante": a suffix typed after the first name belongs after the surname, as records write it.</summary>
    private static string SuffixLast(string name)
    {
        var words = name.Split(' ');
        return words.Length == 3 && Suffixes.Contains(words[1].TrimEnd('.')) && !Suffixes.Contains(words[2].TrimEnd('.'))
            ? $"{words[0]} {words[2]} {words[1]}"
            : name;
    }

    /// <summary>"My son Oliver Tanaka (7, 2nd grade)": a bare number opening the bracket after the name is the age.</summary>
    private static int? AgeBesideName(string own, string? name)
    {
        var at = name is null ? -1 : own.IndexOf(name + " (", StringComparison.Ordinal);
        return at >= 0 && BareAge().Match(own, at + name!.Length + 2) is { Success: true } bare
            && int.TryParse(bare.Groups["age"].ValueSpan, out var years) && years is > 0 and < 111 ? years : null;
    }

    [GeneratedRegex(@"\G(?<age>\d{1,3})[ \t]*[,;)]")]
    private static partial Regex BareAge();

    [GeneratedRegex(@"\G[ \t](?<surname>\p{Lu}\p{Ll}[\p{Ll}'’\-]*)(?=[ \t]*[(,])", RegexOptions.CultureInvariant)]
    private static partial Regex SecondSurname();

    // "I'd like to refer my patient BRENNAN, THEODORA ("Teddy") for ...": a record's surname-first name in capitals,
    // introduced in a sentence rather than labelled.
    [GeneratedRegex(@"\b(?i:patient|pt\.?|referring|refer)[ \t]+(?<name>\p{Lu}[\p{Lu}'’\-]+,[ \t]*\p{Lu}[\p{Lu}'’\-]+(?:[ \t]\p{Lu}\.?)?)(?![\p{L}'’\-])", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirstAfterPatient();

    // "You treated George Abernathy last spring", "you saw Mrs. Ida Quill in 2024": a patient coming back is named as one
    // the clinic has seen.
    [GeneratedRegex(@"\b(?i:you|you've|you have|your (?:team|clinic|therapists?))[ \t]+(?i:treated|saw|seen|evaluated|worked with)[ \t]+(?:(?i:Mr|Mrs|Ms|Miss)\.?[ \t])?(?<name>\p{Lu}[\p{Ll}'’\-]+[ \t]\p{Lu}[\p{L}'’\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex TreatedBefore();
}
