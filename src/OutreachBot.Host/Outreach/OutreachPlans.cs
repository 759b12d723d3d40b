using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.ClinicProfile;

namespace OutreachBot.Host.Outreach;

/// <summary>The month's plan from the partner directory, the rules and the seasonal moments, as a card.</summary>
public sealed class OutreachPlans(IPartnerDirectory partners, IOptions<OutreachOptions> options, IOptions<ClinicOptions> clinic, TimeProvider time)
{
    /// <summary>Used when <c>Outreach:Moments</c> lists none: school terms, quarterly discharge planning reviews, spring sports recovery.</summary>
    public static IReadOnlyList<SeasonalMoment> DefaultMoments { get; } =
    [
        new("School term starts", new HashSet<PartnerSetting> { PartnerSetting.School }, new HashSet<Pathway> { Pathway.School }, [(8, 20), (1, 6)], 30),
        new("Discharge planning review", new HashSet<PartnerSetting> { PartnerSetting.Hospital }, new HashSet<Pathway> { Pathway.Neuro }, [(1, 15), (4, 15), (7, 15), (10, 15)], 21),
        new("Recovery milestones after winter sports surgery", new HashSet<PartnerSetting>(), new HashSet<Pathway> { Pathway.Hand }, [(3, 1)], 30),
    ];

    public IReadOnlyList<SeasonalMoment> Moments => options.Value.Moments.Count > 0 ? [.. options.Value.Moments.Select(m => m.ToMoment())] : DefaultMoments;

    public OutreachPlanRules Rules => new(options.Value.RecentContact, options.Value.LapseAfter, options.Value.FollowUpAfter);

    public async Task<JsonObject> CardAsync(CancellationToken cancellationToken)
    {
        var all = await partners.AllAsync(cancellationToken);
        var now = time.GetUtcNow();
        var plan = OutreachPlanner.Plan(all, now, clinic.Value.Zone, Rules, Moments);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, clinic.Value.Zone).DateTime);
        return OutreachPlanCard.For(plan, all.Count, options.Value.DraftForReview, today);
    }
}
