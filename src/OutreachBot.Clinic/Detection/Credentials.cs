namespace OutreachBot.Clinic.Detection;

/// <summary>
/// How people write a name with its credentials: "Dana Whitfield, MD", "Renée Albright, Ed.S., NCSP", "Jordan Ellis,
/// M.S., CCC-SLP", "Isaac Z. Mbatha, FNP-C". A credential is a short word with at least two capitals ("MD", "M.D.",
/// "PhD", "OTR/L", "AGNP-C"), so the practice after a comma ("Dr. Angela Moss, Cornerstone Orthopedics") is not one,
/// nor a record's field ("Marcus Bell, DOB 4/12/1968").
/// </summary>
internal static class Credentials
{
    /// <summary>A person's name: first, an optional middle initial, last.</summary>
    public const string Name = @"\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{L}'’\-]+";

    /// <summary>One credential: two capitals or more among letters, dots, hyphens and slashes.</summary>
    public const string One = @"(?!(?:DOB|D\.O\.B|MRN|NPI|ICD|POD|DX|ID|ASAP|STAT)\b)(?=[A-Za-z.\-/]*[A-Z][a-z.\-/]*[A-Z])[A-Za-z][A-Za-z.\-/]{1,11}(?![A-Za-z])";

    /// <summary>The credentials after a name: ", MD", ", PT, DPT, OCS".</summary>
    public const string After = @"(?:,\s*" + One + @")+";

    /// <summary>"Thea Szabo, DO." at the end of a sentence is "Thea Szabo, DO"; "M.D." and "Ed.S." keep their dots.</summary>
    public static string WithoutSentenceStop(string name)
    {
        var comma = name.LastIndexOf(',');
        var last = comma < 0 ? name : name[(comma + 1)..];
        return name.EndsWith("..", StringComparison.Ordinal) || (name.EndsWith('.') && last.Count(c => c == '.') == 1) ? name[..^1] : name;
    }
}
