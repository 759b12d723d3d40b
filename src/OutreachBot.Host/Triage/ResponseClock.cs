namespace OutreachBot.Host.Triage;

/// <summary>How long a referral has waited for first contact, against the clinic's standard.</summary>
/// <param name="Now">The time the card is drawn.</param>
/// <param name="Standard">The clinic's first-contact standard (Clinic:FirstContactStandard).</param>
public sealed record ResponseClock(DateTimeOffset Now, TimeSpan Standard)
{
    /// <summary>"5 h of 24 h" while within the standard; "Overdue by 3 h (24 h standard)" after it.</summary>
    public string Describe(DateTimeOffset receivedAt)
    {
        var waited = Now - receivedAt;
        if (waited < TimeSpan.Zero)
        {
            waited = TimeSpan.Zero;
        }

        return waited <= Standard
            ? $"{Hours(waited)} of {Hours(Standard)}"
            : $"Overdue by {Hours(waited - Standard)} ({Hours(Standard)} standard)";
    }

    public bool IsOverdue(DateTimeOffset receivedAt) => Now - receivedAt > Standard;

    private static string Hours(TimeSpan span) =>
        span.TotalHours < 1 ? $"{Math.Max(0, (int)span.TotalMinutes)} min" : $"{(int)span.TotalHours} h";
}
