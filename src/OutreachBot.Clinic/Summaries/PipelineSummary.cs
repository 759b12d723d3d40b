using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Summaries;

/// <summary>One step of the funnel: how many of the period's referrals reached it, and what share of those received.</summary>
public sealed record FunnelStep(PipelineStage Stage, int Count, double Conversion);

/// <summary>The median and 90th percentile (nearest rank) of a set of waits; null values when there were none.</summary>
public sealed record WaitTimes(int Count, TimeSpan? Median, TimeSpan? P90);

/// <summary>A referral with no movement for a while, for the owner to chase.</summary>
public sealed record StalledReferral(string ReferralId, PipelineStage Stage, string Source, string? AssigneeName, DateTimeOffset LastMovedAt, int DaysStill);

/// <summary>
/// The pipeline for a period: referrals received in it (the cohort), how far they came, how fast the clinic answered
/// (first contact in business hours, evaluation in calendar time), breaches of the response standard, and what is
/// stalled now. Counts are of referrals received in the period, so conversions never exceed 100%.
/// </summary>
public sealed record PipelineSummary(
    ReportPeriod Period,
    int Received,
    IReadOnlyList<(string Pathway, int Count)> ByPathway,
    IReadOnlyList<(string Source, int Count)> BySource,
    IReadOnlyList<FunnelStep> Funnel,
    WaitTimes ToFirstContact,
    WaitTimes ToEvaluation,
    int Breaches,
    int WaitingPastStandard,
    IReadOnlyList<StalledReferral> Stalled,
    IReadOnlyList<PartnerOutcome> LapsedSources,
    DateTimeOffset AsOf);
