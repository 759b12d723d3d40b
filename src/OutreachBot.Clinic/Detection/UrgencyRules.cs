using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

/// <summary>Urgent when the text says so, counts post-operative days, or the patient leaves hospital today or tomorrow.</summary>
internal static partial class UrgencyRules
{
    public static (Urgency Urgency, string? Signal) Read(string text) => Read(text, null);

    /// <summary>As <see cref="Read(string)"/>; a discharge date on <paramref name="receivedOn"/> or the day after is urgent too.</summary>
    public static (Urgency Urgency, string? Signal) Read(string text, DateOnly? receivedOn)
    {
        // "Urgent Care" is a kind of clinic, not a request; "not urgent" and "no rush" say the opposite.
        var cleaned = Vocabulary.NotUrgent.IsIn(text) ? NotUrgentPhrase().Replace(text, " ") : text;
        var word = Vocabulary.Urgent.FirstIn(cleaned);
        if (word is not null && UncheckedUrgent().IsMatch(cleaned))
        {
            // A form's urgency boxes ("[X] Routine  [ ] Urgent", "Urgent: No"): the box left empty says nothing.
            cleaned = UncheckedUrgent().Replace(cleaned, " ");
            word = Vocabulary.Urgent.FirstIn(cleaned);
        }

        if (word is not null)
        {
            return (Urgency.Urgent, $"urgency: \"{word}\"");
        }

        var postOp = PostOpDay().Match(cleaned);
        if (postOp.Success)
        {
            return (Urgency.Urgent, $"urgency: post-op day count \"{postOp.Value}\"");
        }

        var discharge = Discharge().Match(cleaned);
        if (discharge.Success)
        {
            return (Urgency.Urgent, $"urgency: \"{discharge.Value}\"");
        }

        // "Discharge date: 11/12/2026" on a message of 11/11/2026: the patient leaves hospital tomorrow.
        if (receivedOn is { } day)
        {
            foreach (Match label in DischargeDateLabel().Matches(cleaned))
            {
                var after = cleaned.Substring(label.Index + label.Length, Math.Min(24, cleaned.Length - label.Index - label.Length));
                if (ClinicalDates.FirstDate(after, day.Year) is { } date && date.DayNumber - day.DayNumber is 0 or 1)
                {
                    return (Urgency.Urgent, $"urgency: discharge on {date:yyyy-MM-dd}, {(date == day ? "the day received" : "the day after")}");
                }
            }
        }

        return (Urgency.Routine, null);
    }

    [GeneratedRegex(@"\b(?:discharg(?:e|ed|ing)|d/c)(?:\s+date)?\s*(?::|-|on)?\s*(?:on\s+)?(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DischargeDateLabel();

    [GeneratedRegex(@"(?:\[\s*\]|\(\s*\)|\u2610)[ \t]*(?:urgent|STAT|ASAP|expedited?)\b|\burgent[ \t]*[:?][ \t]*(?:no|n)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UncheckedUrgent();

    [GeneratedRegex(@"urgent[\s\-]+care|not\s+urgent|non-?urgent|no\s+rush|\bif\s+(?:it(?:'|’)?s\s+|it\s+is\s+|anything\s+is\s+|something\s+is\s+)?urgent\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotUrgentPhrase();

    [GeneratedRegex(@"\bPOD\s*#?\s*\d{1,2}\b|\bpost-?op(?:erative)?\s+day\s*#?\s*\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostOpDay();

    // Case managers write discharge as "d/c" ("d/c tomorrow", "d/c home today", "d/c is set for tomorrow"); only the
    // words of a discharge may come between, as "d/c the splint today" discontinues something.
    [GeneratedRegex(@"\bdischarg\w*(?:[\s\-]+\w+){0,6}?\s+(?:today|tomorrow|this afternoon|tonight)\b|\bd/c(?:'?d)?(?:\s+(?:home|to|is|planned|scheduled|set|expected|likely|for))*\s+(?:today|tomorrow|this afternoon|tonight)\b|\b(?:today|tomorrow)(?:'s)?\s+discharge\b|\b(?:go(?:es|ing)?|sent|heading|returns?|returning)\s+home\s+(?:today|tomorrow|this afternoon|tonight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Discharge();
}
