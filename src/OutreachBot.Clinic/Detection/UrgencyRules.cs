using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Urgent when the text says so, counts post-operative days, or the patient leaves hospital today or tomorrow.</summary>
internal static partial class UrgencyRules
{
    public static (Urgency Urgency, string? Signal) Read(string text)
    {
        // "Urgent Care" is a kind of clinic, not a request; "not urgent" and "no rush" say the opposite.
        var cleaned = Vocabulary.NotUrgent.IsIn(text) ? NotUrgentPhrase().Replace(text, " ") : text;
        if (Vocabulary.Urgent.FirstIn(cleaned) is { } word)
        {
            return (Urgency.Urgent, $"urgency: \"{word}\"");
        }

        var postOp = PostOpDay().Match(cleaned);
        if (postOp.Success)
        {
            return (Urgency.Urgent, $"urgency: post-op day count \"{postOp.Value}\"");
        }

        var discharge = Discharge().Match(cleaned);
        return discharge.Success
            ? (Urgency.Urgent, $"urgency: \"{discharge.Value}\"")
            : (Urgency.Routine, null);
    }

    [GeneratedRegex(@"urgent[\s\-]+care|not\s+urgent|non-?urgent|no\s+rush", RegexOptions.IgnoreCase)]
    private static partial Regex NotUrgentPhrase();

    [GeneratedRegex(@"\bPOD\s*#?\s*\d{1,2}\b|\bpost-?op(?:erative)?\s+day\s*#?\s*\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostOpDay();

    [GeneratedRegex(@"\bdischarg\w*(?:\s+\w+){0,3}?\s+(?:today|tomorrow|this afternoon|tonight)\b|\b(?:today|tomorrow)(?:'s)?\s+discharge\b", RegexOptions.IgnoreCase)]
    private static partial Regex Discharge();
}
