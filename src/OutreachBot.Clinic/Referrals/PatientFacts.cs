namespace OutreachBot.Clinic;

/// <summary>What a message says about the patient. Phone is the number for reaching the patient (a parent's for a child).</summary>
public sealed record PatientFacts(string? Name, DateOnly? DateOfBirth, int? AgeYears, string? Phone)
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "jr", "sr", "ii", "iii", "iv",
    };

    /// <summary>"M.B." from "Marcus Bell" or "BELL, MARCUS"; null when there is no name. Channel cards show only this.</summary>
    public string? Initials => ToInitials(Name);

    /// <summary>Whole years on <paramref name="date"/>: from the date of birth when known, else the stated age.</summary>
    public int? AgeOn(DateOnly date)
    {
        if (DateOfBirth is not { } dob)
        {
            return AgeYears;
        }

        var years = date.Year - dob.Year;
        if (date < dob.AddYears(years))
        {
            years--;
        }

        return years < 0 ? null : years;
    }

    private static string? ToInitials(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // "Last, First Middle" is how many EHR exports write names.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var ordered = comma > 0 ? $"{name[(comma + 1)..]} {name[..comma]}" : name;
        var words = ordered
            .Split([' ', '\t', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]) && !Honorifics.Contains(w))
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var first = char.ToUpperInvariant(words[0][0]);
        return words.Count == 1 ? $"{first}." : $"{first}.{char.ToUpperInvariant(words[^1][0])}.";
    }
}
