using OutreachBot.Clinic.ClinicHours;

namespace OutreachBot.Host.Triage;

/// <summary>
/// How long a referral has waited for first contact, against the clinic's standard. With the clinic's
/// <paramref name="Hours"/>, only open hours count (the same calculation as the reminders and the summaries).
/// </summary>
/// <param name="Now">The time the card is drawn.</param>
/// <param name="Standard">The clinic's first-contact standard (Clinic:FirstContactStandard).</param>
/// <param name="Hours">The clinic's open hours; null counts every hour.</param>
public sealed record ResponseClock(DateTimeOffset Now, TimeSpan Standard, BusinessHours? Hours = null)
{
    /// <summary>"5 h of 24 h" while within the standard; "Overdue by 3 h (24 h standard)" after it.</summary>
    public string Describe(DateTimeOffset receivedAt)
    {
        var waited = Waited(receivedAt);
        var unit = Hours is null ? string.Empty : " in clinic hours";
        return waited <= Standard
            ? $"{Format(waited)} of {Format(Standard)}{unit}"
            : $"Overdue by {Format(waited - Standard)} ({Format(Standard)} standard{unit})";
    }

    public bool IsOverdue(DateTimeOffset receivedAt) => Waited(receivedAt) > Standard;

    private TimeSpan Waited(DateTimeOffset receivedAt)
    {
        var waited = Hours is { } hours ? hours.Between(receivedAt, Now) : Now - receivedAt;
        return waited < TimeSpan.Zero ? TimeSpan.Zero : waited;
    }

    private static string Format(TimeSpan span) =>
        span.TotalHours < 1 ? $"{Math.Max(0, (int)span.TotalMinutes)} min" : $"{(int)span.TotalHours} h";
}
