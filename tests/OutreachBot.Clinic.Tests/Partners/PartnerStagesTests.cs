using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Tests.Partners;

public sealed class PartnerStagesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(90);
    private static readonly TimeSpan Quiet = TimeSpan.FromDays(30);

    [Fact]
    public void WithReferrals_FirstThenActive_AndOlderFiguresNeverUndoNewer()
    {
        var partner = New();
        var first = PartnerStages.WithReferrals(partner, new PartnerReferralFigures(1, 0, Now, Now));
        Assert.Equal(OutreachStage.FirstReferral, first.Stage);

        var second = PartnerStages.WithReferrals(first, new PartnerReferralFigures(2, 1, Now, Now.AddDays(3)));
        Assert.Equal(OutreachStage.Active, second.Stage);

        var late = PartnerStages.WithReferrals(second, new PartnerReferralFigures(1, 0, Now, Now));
        Assert.Equal(new PartnerReferralFigures(2, 1, Now, Now.AddDays(3)), late.Referrals);
        Assert.Equal(OutreachStage.Active, late.Stage);
    }

    [Theory]
    [InlineData(10, OutreachStage.Active)]
    [InlineData(31, OutreachStage.Lapsed)]
    [InlineData(89, OutreachStage.Lapsed)]
    [InlineData(120, OutreachStage.Active)]
    public void Current_FollowsTheSummariesLapseRule(int daysSinceLastReferral, OutreachStage expected)
    {
        var partner = PartnerStages.WithReferrals(New(), new PartnerReferralFigures(3, 1, Now.AddDays(-200), Now.AddDays(-daysSinceLastReferral)));

        Assert.Equal(expected, PartnerStages.Current(partner, Now, Lookback, Quiet));
    }

    [Fact]
    public void Current_APartnerThatNeverReferred_KeepsItsOutreachStage() =>
        Assert.Equal(OutreachStage.MaterialsSent, PartnerStages.Current(New() with { Stage = OutreachStage.MaterialsSent }, Now, Lookback, Quiet));

    [Fact]
    public void SettingFromRole_ReadsTheReferrersWorkplace()
    {
        Assert.Equal(PartnerSetting.School, PartnerSettings.FromRole(ReferrerRole.School));
        Assert.Equal(PartnerSetting.Hospital, PartnerSettings.FromRole(ReferrerRole.CaseManager));
        Assert.Equal(PartnerSetting.PhysicianOffice, PartnerSettings.FromRole(ReferrerRole.Orthopedist));
        Assert.Equal(PartnerSetting.OutpatientTherapy, PartnerSettings.FromRole(ReferrerRole.SpeechLanguagePathologist));
        Assert.Equal(PartnerSetting.Other, PartnerSettings.FromRole(null));
    }

    private static Partner New() => new("p1", "Lakeside Pediatrics", PartnerSetting.PhysicianOffice, [], OutreachStage.Identified, PartnerChannel.Email, [], PartnerReferralFigures.None, Now.AddDays(-300));
}
