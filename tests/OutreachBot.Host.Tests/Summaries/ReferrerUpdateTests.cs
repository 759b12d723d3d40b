using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Referrers;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>Closing the loop with referrers, with two instances on one Azurite (run through ./test.sh).</summary>
public sealed class ReferrerUpdateTests : IAsyncLifetime
{
    private static readonly StaffMember Marcus = new(SummaryInstance.Clinician, "Marcus Oyelaran");
    private static readonly StaffIdentity MarcusActing = new(Marcus, StaffRoles.Clinician, null);
    private static readonly StaffIdentity IntakeActing = new(new StaffMember(SummaryInstance.IntakeLead, "Dana Whitfield"), StaffRoles.IntakeStaff, null);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private readonly string _outbox = Directory.CreateTempSubdirectory("outreachbot-outbox-").FullName;
    private readonly RecordingConnector _connector = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
    private readonly List<SummaryInstance> _instances = [];

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        var first = Instance();
        await first.StartStorageAsync(Ct);
        await first.MeetAsync(SummaryInstance.Clinician, Ct);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        _timeout.Dispose();
        Directory.Delete(_outbox, recursive: true);
    }

    [Fact]
    public async Task AfterTheEvaluation_TheClinicianApprovesAnEditedUpdate_AndItIsSentOnceWithAnEvent()
    {
        var (a, b) = (Instance(), Instance());
        var referral = await EvaluatedAsync(a.Get<ReferralStore>(), "Northfield Orthopedics");

        var proposed = await Task.WhenAll(a.Get<ReferrerUpdatePass>().ProposeOwedAsync(Ct), b.Get<ReferrerUpdatePass>().ProposeOwedAsync(Ct));

        Assert.Equal(1, proposed.Sum());
        var (chat, _, activity) = Assert.Single(_connector.Sent);
        Assert.Equal($"a:chat-{SummaryInstance.Clinician}", chat);
        var card = Assert.IsType<JsonObject>(Assert.Single(activity.Attachments!).Content);
        CardSchema.AssertValid(card);
        Assert.Contains("completed an occupational therapy evaluation with Marcus Oyelaran", card.ToJsonString(), StringComparison.Ordinal);

        var kind = nameof(Clinic.Referrers.ReferrerUpdateKind.EvaluationCompleted);
        var refused = await a.Get<ReferrerUpdateActions>().SendAsync(referral.Id, kind, "Edited by intake", IntakeActing, Ct);
        Assert.Contains("Only the clinician", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_outbox));

        var results = await Task.WhenAll(
            a.Get<ReferrerUpdateActions>().SendAsync(referral.Id, kind, "Dear Dr. Delgado, G.H. was evaluated today. Thank you.", MarcusActing, Ct),
            b.Get<ReferrerUpdateActions>().SendAsync(referral.Id, kind, "Dear Dr. Delgado, G.H. was evaluated today. Thank you.", MarcusActing, Ct));

        Assert.Contains(results, r => r.Card is not null);
        var letter = Assert.Single(Directory.GetFiles(_outbox));
        Assert.Contains("G.H. was evaluated today", await File.ReadAllTextAsync(letter, Ct), StringComparison.Ordinal);
        var sentEvents = new List<PipelineEventRow>();
        await foreach (var e in a.Get<ReferralStore>().HistoryAsync(referral.Id, Ct))
        {
            if (e.Kind == nameof(PipelineEventKind.ReferrerUpdateSent))
            {
                sentEvents.Add(e);
            }
        }

        var sent = Assert.Single(sentEvents);
        Assert.Equal("evaluation-update", sent.Detail);
        Assert.Equal(SummaryInstance.Clinician, sent.ActorId);
        var again = await a.Get<ReferrerUpdateActions>().SendAsync(referral.Id, kind, "again", MarcusActing, Ct);
        Assert.Equal("This update was already sent.", again.Message);
    }

    [Fact]
    public async Task APartnerThatAskedForNoUpdates_IsNotAskedAbout()
    {
        var a = Instance();
        var referral = await EvaluatedAsync(a.Get<ReferralStore>(), "Quiet Valley Clinic");
        var partners = a.Get<SummaryTables>().Partners;
        var row = (await partners.GetEntityAsync<PartnerRow>(PartnerOutcomes.PartnerKey("Quiet Valley Clinic"), PartnerRow.OutcomeRowKey, cancellationToken: Ct)).Value;
        row.UpdatePreference = nameof(Clinic.Referrers.ReferrerUpdatePreference.None);
        await partners.UpdateEntityAsync(row, row.ETag, cancellationToken: Ct);

        Assert.Equal(0, await a.Get<ReferrerUpdatePass>().ProposeOwedAsync(Ct));

        Assert.Empty(_connector.Sent);
        var update = await a.Get<ReferrerUpdates>().FindAsync(referral.Id, nameof(Clinic.Referrers.ReferrerUpdateKind.EvaluationCompleted), Ct);
        Assert.Equal(ReferrerUpdateState.Skipped, update!.State);
    }

    [Fact]
    public async Task GoalsSet_OwesASecondUpdate()
    {
        var a = Instance();
        var store = a.Get<ReferralStore>();
        var referral = await EvaluatedAsync(store, "Northfield Orthopedics");
        await store.MoveAsync(referral.Id, r => new StageChange(StageChangeOutcome.Moved, r,
            new PipelineEvent(r.Id, PipelineEventKind.GoalsSet, r.Stage, Marcus, _time.GetUtcNow().AddDays(7)), null), Ct);

        Assert.Equal(2, await a.Get<ReferrerUpdatePass>().ProposeOwedAsync(Ct));

        Assert.Contains(_connector.Sent, s => s.Activity.Attachments![0].Content!.ToJsonString().Contains("treatment goals set", StringComparison.Ordinal));
    }

    private async Task<Referral> EvaluatedAsync(ReferralStore store, string organization)
    {
        var now = _time.GetUtcNow();
        var referral = new Referral
        {
            Id = ReferralId.ForMessage($"loop-{Guid.NewGuid():N}@example"),
            ReceivedAt = now.AddDays(-10),
            Pathway = Pathway.Hand,
            Referrer = new Referrer("Rosa Delgado, MD", organization, ReferrerRole.Orthopedist, null, null, "rdelgado@example.org"),
            PatientInitials = "G.H.",
            PatientAge = 55,
        };
        await store.AddAsync(referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, referral.ReceivedAt), Ct);
        await store.AssignAsync(referral.Id, Marcus, now.AddDays(-10).AddHours(1), Ct);
        await store.MoveAsync(referral.Id, r => r.LogFirstContact(Marcus, now.AddDays(-9), "call"), Ct);
        await store.MoveAsync(referral.Id, r => r.MoveTo(PipelineStage.EvaluationScheduled, Marcus, now.AddDays(-8)), Ct);
        await store.MoveAsync(referral.Id, r => r.MoveTo(PipelineStage.EvaluationCompleted, Marcus, now.AddHours(-2)), Ct);
        return referral;
    }

    private SummaryInstance Instance()
    {
        var instance = new SummaryInstance(_prefix, _time, _connector, _outbox);
        _instances.Add(instance);
        return instance;
    }
}
