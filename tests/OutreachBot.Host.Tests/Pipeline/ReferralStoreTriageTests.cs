using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Pipeline;

/// <summary>The referral store's triage changes on Azurite: one winner, round trips of the new fields, pending confirmations.</summary>
public sealed class ReferralStoreTriageTests : IAsyncLifetime, IDisposable
{
    private static readonly StaffMember Ana = new("aad-ana", "Ana Whitfield");
    private static readonly StaffMember Ben = new("aad-ben", "Ben Okafor");
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 15, 15, 0, TimeSpan.Zero));
    private readonly PipelineTables _tables = new(
        new TableServiceClient(LocalStack.TablesConnectionString),
        Options.Create(new StorageOptions { TablePrefix = LocalStack.UniqueTablePrefix() }));

    private readonly ReferralStore _store;

    public ReferralStoreTriageTests() => _store = new ReferralStore(_tables);

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task RequestMissingInfo_TwoClicksOfTheSameRequestAtOnce_RecordOneRequest()
    {
        var referral = await AddAsync();
        var at = _time.GetUtcNow();

        var results = await Task.WhenAll(
            _store.UpdateAsync(referral.Id, r => r.RequestMissingInfo(1, Ana, at), Ct),
            _store.UpdateAsync(referral.Id, r => r.RequestMissingInfo(1, Ben, at.AddMilliseconds(1)), Ct));

        Assert.Single(results, r => r!.Value.Update.Outcome == ReferralDecisionOutcome.Changed);
        Assert.Single(results, r => r!.Value.Update.Outcome == ReferralDecisionOutcome.Unchanged);
        var stored = (await _store.FindAsync(referral.Id, Ct))!.ToReferral();
        Assert.Equal(1, stored.InfoRequests);
        Assert.Single(await HistoryAsync(referral.Id), e => e.Kind == nameof(PipelineEventKind.MissingInfoRequested));
    }

    [Fact]
    public async Task DeclineAndMerge_RoundTripThroughTheRow()
    {
        var survivor = await AddAsync();
        var duplicate = await AddAsync();
        var at = _time.GetUtcNow();

        await _store.MoveAsync(duplicate.Id, r => r.MergeInto(survivor.Id, Ana, at), Ct);
        var closed = (await _store.FindAsync(duplicate.Id, Ct))!.ToReferral();
        await _store.UpdateAsync(survivor.Id, r => r.Absorb(closed, Ana, at), Ct);
        await _store.MoveAsync(survivor.Id, r => r.Decline(DeclineReasons.Other, "moved away", Ana, at.AddMinutes(1)), Ct);

        Assert.Equal(survivor.Id, closed.MergedInto);
        Assert.Equal(PipelineStage.Closed, closed.Stage);
        var declined = (await _store.FindAsync(survivor.Id, Ct))!.ToReferral();
        Assert.Equal([duplicate.Id], declined.MergedDuplicates);
        Assert.Equal(DeclineReasons.Other, declined.DeclineReason);
        Assert.Equal("moved away", declined.DeclineNote);
        Assert.Equal(PipelineStage.Declined, declined.Stage);
    }

    [Fact]
    public async Task AwaitingConfirmation_FindsNewReferralsWithAnEmail_UntilTheConfirmationIsRecorded()
    {
        var pending = await AddAsync();
        var noEmail = await AddAsync(r => r with { Referrer = r.Referrer with { Email = null } });
        var old = await AddAsync(r => r with { ReceivedAt = _time.GetUtcNow().AddDays(-5) });

        Assert.Equal([pending.Id], await AwaitingAsync());

        await _store.UpdateAsync(pending.Id, r => r.RecordConfirmationSent(_time.GetUtcNow()), Ct);

        Assert.Empty(await AwaitingAsync());
        Assert.NotEqual(noEmail.Id, old.Id);
    }

    public Task InitializeAsync() => _tables.EnsureCreatedAsync(Ct);

    public async Task DisposeAsync() => await _tables.Referrals.DeleteAsync(CancellationToken.None);

    public void Dispose() => _timeout.Dispose();

    private async Task<List<string>> AwaitingAsync()
    {
        var ids = new List<string>();
        await foreach (var row in _store.AwaitingConfirmationAsync(_time.GetUtcNow().AddDays(-2), Ct))
        {
            ids.Add(row.PartitionKey);
        }

        return ids;
    }

    private async Task<Referral> AddAsync(Func<Referral, Referral>? change = null)
    {
        var referral = new Referral
        {
            Id = ReferralId.ForMessage($"{Guid.NewGuid():N}@northfieldortho.example"),
            ReceivedAt = _time.GetUtcNow().AddMinutes(-10),
            Pathway = Pathway.Hand,
            Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, "(555) 200-1000", null, "rdelgado@northfieldortho.example"),
            PatientInitials = "G.H.",
            PatientAge = 55,
            MissingItems = ["insurance"],
        };
        referral = change?.Invoke(referral) ?? referral;
        Assert.True(await _store.AddAsync(referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, referral.ReceivedAt), Ct));
        return referral;
    }

    private async Task<List<PipelineEventRow>> HistoryAsync(string referralId)
    {
        var history = new List<PipelineEventRow>();
        await foreach (var row in _store.HistoryAsync(referralId, Ct))
        {
            history.Add(row);
        }

        return history;
    }
}
