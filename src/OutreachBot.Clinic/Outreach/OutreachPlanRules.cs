namespace OutreachBot.Clinic.Outreach;

/// <summary>How the monthly plan judges partners.</summary>
/// <param name="RecentContact">A partner contacted more recently than this is never in the plan.</param>
/// <param name="LapseAfter">A partner that referred before and not for this long is a lapsed source.</param>
/// <param name="FollowUpAfter">A contacted partner without a first referral is followed up after this long.</param>
public sealed record OutreachPlanRules(TimeSpan RecentContact, TimeSpan LapseAfter, TimeSpan FollowUpAfter)
{
    public static OutreachPlanRules Default { get; } = new(TimeSpan.FromDays(21), TimeSpan.FromDays(90), TimeSpan.FromDays(14));
}
