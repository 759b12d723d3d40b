namespace OutreachBot.Clinic.Summaries;

/// <summary>
/// What a referring partner (an organization, with the contact who last referred) has sent the clinic and what became
/// of it: the base for partner outreach.
/// </summary>
public sealed record PartnerOutcome(
    string Organization,
    string? Contact,
    int ReferralsSent,
    int EvaluationsCompleted,
    DateTimeOffset FirstReferralAt,
    DateTimeOffset LastReferralAt)
{
    /// <summary>Evaluations completed per referral sent, 0 when nothing was sent.</summary>
    public double Conversion => ReferralsSent == 0 ? 0 : (double)EvaluationsCompleted / ReferralsSent;

    /// <summary>Referred within the last <paramref name="lookback"/> but not within the last <paramref name="quiet"/>.</summary>
    public bool IsLapsed(DateTimeOffset now, TimeSpan lookback, TimeSpan quiet) =>
        LastReferralAt >= now - lookback && LastReferralAt < now - quiet;
}
