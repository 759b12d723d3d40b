namespace OutreachBot.Clinic.Partners;

/// <summary>What a partner's referrals became, from the pipeline.</summary>
public sealed record PartnerReferralFigures(
    int Referrals,
    int EvaluationsCompleted,
    DateTimeOffset? FirstReferralAt,
    DateTimeOffset? LastReferralAt)
{
    public static PartnerReferralFigures None { get; } = new(0, 0, null, null);

    /// <summary>Evaluations completed per referral sent; null before the first referral.</summary>
    public double? Conversion => Referrals == 0 ? null : (double)EvaluationsCompleted / Referrals;
}
