namespace OutreachBot.Clinic.Partners;

/// <summary>How referrals move a partner's stage, and the lapse rule the owner summaries use.</summary>
public static class PartnerStages
{
    /// <summary>
    /// The partner with its referral figures from the pipeline (first referral, then active). Counts only grow, so the
    /// figures are merged with those it has: a late copy of older figures never undoes a newer one.
    /// </summary>
    public static Partner WithReferrals(Partner partner, PartnerReferralFigures figures)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(figures);
        var known = partner.Referrals;
        figures = new PartnerReferralFigures(
            Math.Max(known.Referrals, figures.Referrals),
            Math.Max(known.EvaluationsCompleted, figures.EvaluationsCompleted),
            Earliest(known.FirstReferralAt, figures.FirstReferralAt),
            Latest(known.LastReferralAt, figures.LastReferralAt));
        var stage = figures.Referrals switch
        {
            0 => partner.Stage,
            1 => partner.Stage == OutreachStage.Active ? OutreachStage.Active : OutreachStage.FirstReferral,
            _ => OutreachStage.Active,
        };
        return figures == partner.Referrals && stage == partner.Stage ? partner : partner with { Referrals = figures, Stage = stage };
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>
    /// The stage as of <paramref name="now"/>: a partner that has referred is <see cref="OutreachStage.Lapsed"/> when its
    /// last referral is within <paramref name="lookback"/> but none came within <paramref name="quiet"/> (the summaries' rule).
    /// </summary>
    public static OutreachStage Current(Partner partner, DateTimeOffset now, TimeSpan lookback, TimeSpan quiet)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (partner.Referrals.LastReferralAt is not { } last || partner.Stage is not (OutreachStage.FirstReferral or OutreachStage.Active or OutreachStage.Lapsed))
        {
            return partner.Stage;
        }

        if (last >= now - lookback && last < now - quiet)
        {
            return OutreachStage.Lapsed;
        }

        return partner.Stage == OutreachStage.Lapsed ? (partner.Referrals.Referrals > 1 ? OutreachStage.Active : OutreachStage.FirstReferral) : partner.Stage;
    }
}
