using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic.ClinicHours;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Tests.Outreach;

public class OutreachPlannerTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly BusinessHours Hours = BusinessHours.Weekdays(new TimeOnly(8, 0), new TimeOnly(17, 0), Chicago, [new DateOnly(2026, 9, 7)]);

    private static readonly SeasonalMoment TermStarts = new("School term starts", new HashSet<PartnerSetting> { PartnerSetting.School },
        new HashSet<Pathway> { Pathway.School }, [(8, 20)], LeadDays: 30);

    private static readonly SeasonalMoment DischargePlanning = new("Discharge planning review", new HashSet<PartnerSetting> { PartnerSetting.Hospital },
        new HashSet<Pathway>(), [(1, 15), (4, 15), (7, 15), (10, 15)], LeadDays: 21);

    private static readonly SeasonalMoment[] Moments = [TermStarts, DischargePlanning];

    [Fact]
    public void Plan_AcrossASchoolTermStart_PutsASchoolPartnerFirstOnlyWhileTheTermIsComing()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var schedule = new MonthlyPlanSchedule(Hours);
        var partners = GeneratedPartners.Generate(seed: 7, count: 60, new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var plans = new Dictionary<DateOnly, (DateTimeOffset At, OutreachPlan Plan)>();

        // Walk the clock hour by hour through July to September, planning when each month's plan falls due.
        while (time.GetUtcNow() < new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero))
        {
            if (schedule.DueMonth(time.GetUtcNow()) is { } month && !plans.ContainsKey(month))
            {
                plans[month] = (time.GetUtcNow(), OutreachPlanner.Plan(partners, time.GetUtcNow(), Chicago, OutreachPlanRules.Default, Moments));
            }

            time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal([new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1)], plans.Keys.Order());
        // 1 Aug 2026 is a Saturday: the August plan is Monday 3 Aug at opening; 7 Sep (Labor Day) is a holiday, 1 Sep a Tuesday.
        Assert.Equal(new DateTimeOffset(2026, 8, 3, 8, 0, 0, TimeSpan.FromHours(-5)), plans[new DateOnly(2026, 8, 1)].At);

        var august = plans[new DateOnly(2026, 8, 1)].Plan;
        var reachOut = august.Of(OutreachPlanItemKind.ReachOut)!;
        Assert.Equal(PartnerSetting.School, reachOut.Partner.Setting);
        Assert.Equal(Pathway.School, reachOut.Pathway);
        Assert.StartsWith("School term starts on Thu 20 Aug 2026 (in 17 days)", reachOut.Why, StringComparison.Ordinal);

        Assert.All(new[] { plans[new DateOnly(2026, 7, 1)].Plan, plans[new DateOnly(2026, 9, 1)].Plan },
            plan => Assert.DoesNotContain(plan.Items, i => i.Moment == TermStarts.Name));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Plan_NeverChoosesSomeoneContactedRecently_AndEachPartnerOnce(int seed)
    {
        var now = new DateTimeOffset(2026, 8, 3, 13, 0, 0, TimeSpan.Zero);
        var partners = GeneratedPartners.Generate(seed, 40, now);

        var plan = OutreachPlanner.Plan(partners, now, Chicago, OutreachPlanRules.Default, Moments);

        Assert.NotEmpty(plan.Items);
        Assert.All(plan.Items, i => Assert.True(i.Partner.LastContactAt is not { } last || now - last >= TimeSpan.FromDays(21), $"{i.Partner.Id} was contacted on {i.Partner.LastContactAt}"));
        Assert.Equal(plan.Items.Count, plan.Items.Select(i => i.Partner.Id).Distinct().Count());
        Assert.Equal(plan.Items.Count, plan.Items.Select(i => i.Kind).Distinct().Count());
        Assert.All(plan.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Why)));
    }

    [Fact]
    public void Plan_WithoutAMoment_ReachesTheMostProductiveLapsedSource_FollowsUpTheLongestWaiting_UpdatesTheBusiestReferrer()
    {
        var now = new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero);
        Partner Make(string id, OutreachStage stage, int referrals, int lastReferralDaysAgo, int? contactDaysAgo) => new(
            id, id, PartnerSetting.PhysicianOffice, [Pathway.Hand], stage, PartnerChannel.Email, [], referrals == 0 ? PartnerReferralFigures.None
                : new PartnerReferralFigures(referrals, 1, now.AddDays(-400), now.AddDays(-lastReferralDaysAgo)),
            now.AddDays(-500), contactDaysAgo is { } d ? now.AddDays(-d) : null);

        Partner[] partners =
        [
            Make("lapsed-small", OutreachStage.Lapsed, 2, 200, 100),
            Make("lapsed-big", OutreachStage.Active, 9, 120, 60),
            Make("lapsed-big-but-called-last-week", OutreachStage.Lapsed, 20, 150, 7),
            Make("waiting-long", OutreachStage.MaterialsSent, 0, 0, 50),
            Make("waiting-short", OutreachStage.Contacted, 0, 0, 20),
            Make("busy", OutreachStage.Active, 14, 3, 40),
            Make("quiet", OutreachStage.Active, 3, 10, 40),
        ];

        var plan = OutreachPlanner.Plan(partners, now, Chicago, OutreachPlanRules.Default, Moments);

        Assert.Equal("lapsed-big", plan.Of(OutreachPlanItemKind.ReachOut)!.Partner.Id);
        Assert.Equal("lapsed source: 9 referrals, the last on Sun 5 Jul 2026 (none for 120 days)", plan.Of(OutreachPlanItemKind.ReachOut)!.Why);
        Assert.Equal("waiting-long", plan.Of(OutreachPlanItemKind.FollowUp)!.Partner.Id);
        Assert.Equal("materials sent 50 days ago (Sun 13 Sep 2026), no referral yet", plan.Of(OutreachPlanItemKind.FollowUp)!.Why);
        Assert.Equal("busy", plan.Of(OutreachPlanItemKind.Update)!.Partner.Id);
    }

    [Fact]
    public void Moment_ComesWithinItsLeadDays_AndWrapsTheYear()
    {
        var winter = new SeasonalMoment("Spring term", new HashSet<PartnerSetting>(), new HashSet<Pathway> { Pathway.School }, [(1, 6)], 14);

        Assert.Equal(new DateOnly(2027, 1, 6), winter.ComingWithin(new DateOnly(2026, 12, 28)));
        Assert.Null(winter.ComingWithin(new DateOnly(2026, 12, 1)));
        Assert.Equal(new DateOnly(2027, 1, 6), winter.ComingWithin(new DateOnly(2027, 1, 6)));
    }
}
