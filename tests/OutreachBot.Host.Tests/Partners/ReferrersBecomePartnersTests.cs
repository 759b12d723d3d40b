using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Referrers;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Tests.Summaries;

namespace OutreachBot.Host.Tests.Partners;

/// <summary>Referrers read from referrals land in the directory as partners, with their outcomes (Azurite, through ./test.sh).</summary>
public sealed class ReferrersBecomePartnersTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly FakeTimeProvider _time = new(Now);
    private readonly SummaryInstance _bot;

    public ReferrersBecomePartnersTests() => _bot = new SummaryInstance(LocalStack.UniqueTablePrefix(), _time, new RecordingConnector(), Path.GetTempPath());

    private CancellationToken Ct => _timeout.Token;

    public Task InitializeAsync() => _bot.StartStorageAsync(Ct);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task SpellingVariantsAndTheSameDomain_BecomeOnePartner_WithItsOutcomesAndStage()
    {
        var store = _bot.Get<ReferralStore>();
        var first = await ReceiveAsync(store, new Referrer("Dr. Ana Ruiz", "St. Mary's Pediatrics", ReferrerRole.Pediatrician, "555-201-3300", null, "aruiz@stmaryspeds.org"), Now.AddDays(-20));
        var partner = Assert.Single(await _bot.Get<IPartnerDirectory>().AllAsync(Ct));
        Assert.Equal(OutreachStage.FirstReferral, partner.Stage);
        Assert.Equal(PartnerSetting.PhysicianOffice, partner.Setting);

        await ReceiveAsync(store, new Referrer("Ana Ruiz", "St Marys Pediatrics LLC", ReferrerRole.Pediatrician, null, null, null), Now.AddDays(-15));
        await ReceiveAsync(store, new Referrer("Kim Lee, NP", "Saint Mary Peds", ReferrerRole.Physician, null, null, "klee@stmaryspeds.org"), Now.AddDays(-10));
        var clinician = new Clinic.Staff.StaffMember(SummaryInstance.Clinician, "Marcus Oyelaran");
        await store.MoveAsync(first.Id, r => r.LogFirstContact(clinician, Now.AddDays(-19), "call"), Ct);
        await store.MoveAsync(first.Id, r => r.MoveTo(PipelineStage.EvaluationScheduled, clinician, Now.AddDays(-18)), Ct);
        await store.MoveAsync(first.Id, r => r.MoveTo(PipelineStage.EvaluationCompleted, clinician, Now.AddDays(-5)), Ct);

        partner = Assert.Single(await _bot.Get<IPartnerDirectory>().AllAsync(Ct));
        Assert.Equal("St. Mary's Pediatrics", partner.Organization);
        Assert.Equal(new PartnerReferralFigures(3, 1, Now.AddDays(-20), Now.AddDays(-10)), partner.Referrals);
        Assert.Equal(OutreachStage.Active, partner.Stage);
        Assert.Equal(["Dr. Ana Ruiz", "Kim Lee, NP"], partner.People.Select(p => p.Name));
        var history = await _bot.Get<IPartnerDirectory>().HistoryAsync(partner.Id, Ct);
        Assert.Equal(3, history.Count(h => h.Kind == PartnerActivityKind.Referred));
        Assert.All(history, h => Assert.DoesNotContain("J.K.", h.Note ?? string.Empty, StringComparison.Ordinal));

        var outcome = Assert.Single(await _bot.Get<PartnerOutcomes>().AllAsync(Ct));
        Assert.Equal(("St. Mary's Pediatrics", 3, 1), (outcome.Organization, outcome.ReferralsSent, outcome.EvaluationsCompleted));
    }

    [Fact]
    public async Task APartnerQuietForAMonth_AfterReferringInTheLastNinetyDays_IsLapsed_AndANewReferralMakesItActive()
    {
        var store = _bot.Get<ReferralStore>();
        await ReceiveAsync(store, new Referrer("Jo Park", "Riverbend School District", ReferrerRole.School, null, null, "jpark@riverbend.k12.us"), Now.AddDays(-60));
        await ReceiveAsync(store, new Referrer("Jo Park", "Riverbend School District", ReferrerRole.School, null, null, "jpark@riverbend.k12.us"), Now.AddDays(-45));

        var partner = Assert.Single(await _bot.Get<IPartnerDirectory>().AllAsync(Ct));
        Assert.Equal(OutreachStage.Lapsed, partner.Stage);
        Assert.Equal(PartnerSetting.School, partner.Setting);

        await ReceiveAsync(store, new Referrer("Jo Park", "Riverbend Schools", ReferrerRole.School, null, null, "jpark@riverbend.k12.us"), Now.AddDays(-1));
        Assert.Equal(OutreachStage.Active, (await _bot.Get<IPartnerDirectory>().FindAsync(partner.Id, Ct))!.Stage);
    }

    [Fact]
    public async Task AFamilyReferringItsChild_IsNotAPartner()
    {
        await ReceiveAsync(_bot.Get<ReferralStore>(), new Referrer("Maria Gomez", null, ReferrerRole.Family, "555-777-1234", null, "maria.gomez@gmail.com"), Now.AddDays(-1));

        Assert.Empty(await _bot.Get<IPartnerDirectory>().AllAsync(Ct));
    }

    [Fact]
    public async Task TheUpdatePreferenceSetOnThePartner_IsWhatReferrerUpdatesRead()
    {
        await ReceiveAsync(_bot.Get<ReferralStore>(), new Referrer("Dr. Vo", "Summit Neurology", ReferrerRole.Neurologist, null, null, "vo@summitneuro.com"), Now.AddDays(-1));
        var directory = _bot.Get<IPartnerDirectory>();
        var partner = await directory.ChangeAsync(Assert.Single(await directory.AllAsync(Ct)).Id, p => p with { UpdatePreference = ReferrerUpdatePreference.EvaluationOnly }, Ct);
        await _bot.Get<PartnerOutcomes>().CopyPreferenceAsync(partner!, Ct);

        Assert.Equal(ReferrerUpdatePreference.EvaluationOnly, await _bot.Get<PartnerOutcomes>().PreferenceAsync("Summit Neurology, PC", Ct));
        Assert.Equal(ReferrerUpdatePreference.Every, await _bot.Get<PartnerOutcomes>().PreferenceAsync("Another Practice", Ct));
    }

    private async Task<Referral> ReceiveAsync(ReferralStore store, Referrer referrer, DateTimeOffset at)
    {
        var referral = new Referral
        {
            Id = ReferralId.ForMessage($"{Guid.NewGuid():N}@example"),
            ReceivedAt = at,
            Pathway = Pathway.Pediatric,
            Referrer = referrer,
            PatientInitials = "J.K.",
            PatientAge = 6,
        };
        Assert.True(await store.AddAsync(referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, at), Ct));
        return referral;
    }
}
