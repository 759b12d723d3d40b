namespace OutreachBot.Clinic.Partners;

/// <summary>
/// How a relationship with a partner is going, measured from its history: emails sent in a thread and how many the
/// partner answered in time, the outreach done, what came of it (referrals), and what the partner said helps them.
/// </summary>
public sealed record PartnerRelationship(
    string PartnerId,
    string Organization,
    int EmailsSent,
    int EmailsAnswered,
    int OutreachActions,
    int Referrals,
    string? Feedback)
{
    /// <summary>Answered within the window per email whose window has passed or that was answered; null when none.</summary>
    public double? ResponseRate => EmailsSent == 0 ? null : (double)EmailsAnswered / EmailsSent;
}
