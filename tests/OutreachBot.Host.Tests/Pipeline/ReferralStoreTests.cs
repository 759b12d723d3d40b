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

/// <summary>The referral store on Azurite (OUTREACHBOT_TEST_TABLES), each test on tables of its own.</summary>
public sealed class ReferralStoreTests : IAsyncLifetime, IDisposable
{
    private static readonly StaffMember Ana = new("aad-ana", "Ana Whitfield");
    private static readonly StaffMember Ben = new("aad-ben", "Ben Okafor");
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 15, 15, 0, TimeSpan.Zero));
    private readonly PipelineTables _tables = new(
        new TableServiceClient(LocalStack.TablesConnectionString),
        Options.Create(new StorageOptions { TablePrefix = LocalStack.UniqueTablePrefix() }));

    private readonly ReferralStore _store;

    public ReferralStoreTests() => _store = new ReferralStore(_tables);

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task AddAsync_WhenAddedTwice_SecondReturnsFalseAndThereIsOneReceivedEvent()
    {
        var (referral, received) = NewReferral();

        Assert.True(await _store.AddAsync(referral, received, Ct));
        Assert.False(await _store.AddAsync(referral, received, Ct));

        var history = await HistoryAsync(referral.Id);
        var only = Assert.Single(history);
        Assert.Equal(nameof(PipelineEventKind.Received), only.Kind);
        Assert.Null(only.ActorId);
        var row = Assert.IsType<ReferralRow>(await _store.FindAsync(referral.Id, Ct));
        var stored = row.ToReferral();
        Assert.Equal(referral, stored with { Signals = referral.Signals, MissingItems = referral.MissingItems, MergedDuplicates = referral.MergedDuplicates });
        Assert.Equal(referral.Signals, stored.Signals);
        Assert.Equal(referral.MissingItems, stored.MissingItems);
    }

    [Fact]
    public async Task AddAsync_WhenAddedAgainWithAnotherReceivedTime_StillKeepsTheFirst()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);

        var later = received with { At = received.At.AddMinutes(5) };
        Assert.False(await _store.AddAsync(referral with { ReceivedAt = later.At }, later, Ct));

        Assert.Single(await HistoryAsync(referral.Id));
        Assert.Equal(referral.ReceivedAt, (await _store.FindAsync(referral.Id, Ct))!.ReceivedAt);
    }

    [Fact]
    public async Task AssignAsync_WhenNobodyHasIt_SavesTheAssigneeAndAnAssignedEvent()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);
        var at = _time.GetUtcNow();

        var (assignment, row) = Assert.NotNull(await _store.AssignAsync(referral.Id, Ana, at, Ct));

        Assert.Equal(IntakeAssignmentOutcome.Assigned, assignment.Outcome);
        Assert.Equal(Ana.Id, row.AssignedToId);
        var stored = (await _store.FindAsync(referral.Id, Ct))!;
        Assert.Equal(Ana, stored.ToReferral().AssignedTo);
        Assert.Equal(at, stored.AssignedAt);
        Assert.Equal(stored.ETag, row.ETag);
        var assigned = Assert.Single(await HistoryAsync(referral.Id), e => e.Kind == nameof(PipelineEventKind.Assigned));
        Assert.Equal((Ana.Id, Ana.Name, at), (assigned.ActorId, assigned.ActorName, assigned.At));
    }

    [Fact]
    public async Task AssignAsync_WhenSamePersonClicksAgain_IsAlreadyYoursWithNoSecondEvent()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);
        await _store.AssignAsync(referral.Id, Ana, _time.GetUtcNow(), Ct);
        _time.Advance(TimeSpan.FromSeconds(3));

        var (again, _) = Assert.NotNull(await _store.AssignAsync(referral.Id, Ana, _time.GetUtcNow(), Ct));

        Assert.Equal(IntakeAssignmentOutcome.AlreadyYours, again.Outcome);
        Assert.Single(await HistoryAsync(referral.Id), e => e.Kind == nameof(PipelineEventKind.Assigned));
    }

    [Theory]
    [InlineData(0)] // both clicks in the same tick: their events would share a row key
    [InlineData(1)]
    public async Task AssignAsync_WhenTwoStaffAssignAtOnce_ExactlyOneWins(int millisecondsApart)
    {
        for (var round = 0; round < 10; round++)
        {
            var (referral, received) = NewReferral();
            await _store.AddAsync(referral, received, Ct);
            var at = _time.GetUtcNow();

            var results = await Task.WhenAll(
                _store.AssignAsync(referral.Id, Ana, at, Ct),
                _store.AssignAsync(referral.Id, Ben, at.AddMilliseconds(millisecondsApart), Ct));

            var outcomes = results.Select(r => Assert.NotNull(r).Assignment).ToList();
            var winner = Assert.Single(outcomes, a => a.Outcome == IntakeAssignmentOutcome.Assigned);
            var loser = Assert.Single(outcomes, a => a.Outcome == IntakeAssignmentOutcome.HeldBySomeoneElse);
            Assert.NotNull(winner.Event);
            Assert.Null(loser.Event);
            Assert.Equal(winner.Referral.AssignedTo, loser.Referral.AssignedTo);
            var stored = (await _store.FindAsync(referral.Id, Ct))!;
            Assert.Equal(winner.Referral.AssignedTo?.Id, stored.AssignedToId);
            var assigned = Assert.Single(await HistoryAsync(referral.Id), e => e.Kind == nameof(PipelineEventKind.Assigned));
            Assert.Equal(stored.AssignedToId, assigned.ActorId);
        }
    }

    [Theory]
    [InlineData("R-0000000000")]
    [InlineData("a/b")]
    [InlineData("x#y")]
    [InlineData("a\\b")]
    [InlineData("what?")]
    [InlineData("")]
    public async Task AssignAsync_WhenNoSuchReferral_ReturnsNull(string referralId)
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);

        Assert.Null(await _store.AssignAsync(referralId, Ana, _time.GetUtcNow(), Ct));
        Assert.Null((await _store.FindAsync(referral.Id, Ct))!.AssignedToId);
    }

    [Fact]
    public async Task TryClaimCardPostingAsync_WhenAlreadyClaimed_IsFalseUntilTheClaimIsStale()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);

        Assert.True(await _store.TryClaimCardPostingAsync((await _store.FindAsync(referral.Id, Ct))!, _time.GetUtcNow(), StaleAfter, Ct));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await _store.TryClaimCardPostingAsync((await _store.FindAsync(referral.Id, Ct))!, _time.GetUtcNow(), StaleAfter, Ct));

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.True(await _store.TryClaimCardPostingAsync((await _store.FindAsync(referral.Id, Ct))!, _time.GetUtcNow(), StaleAfter, Ct));
        Assert.Equal(_time.GetUtcNow(), (await _store.FindAsync(referral.Id, Ct))!.CardPostingSince);
    }

    [Fact]
    public async Task TryClaimCardPostingAsync_WhenTwoInstancesReadTheSameRow_OnlyOneClaims()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);
        var first = (await _store.FindAsync(referral.Id, Ct))!;
        var second = (await _store.FindAsync(referral.Id, Ct))!;

        var claims = await Task.WhenAll(
            _store.TryClaimCardPostingAsync(first, _time.GetUtcNow(), StaleAfter, Ct),
            _store.TryClaimCardPostingAsync(second, _time.GetUtcNow(), StaleAfter, Ct));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task TryClaimCardPostingAsync_WhenCardPosted_IsFalseEvenWhenTheClaimIsStale()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);
        var row = (await _store.FindAsync(referral.Id, Ct))!;
        await _store.TryClaimCardPostingAsync(row, _time.GetUtcNow(), StaleAfter, Ct);
        await _store.RecordCardAsync(row, "https://smba.example/amer/", "19:triage@thread.tacv2", "1700000000001", Ct);

        _time.Advance(TimeSpan.FromHours(1));

        Assert.False(await _store.TryClaimCardPostingAsync((await _store.FindAsync(referral.Id, Ct))!, _time.GetUtcNow(), StaleAfter, Ct));
    }

    [Fact]
    public async Task RecordCardAsync_WhenAssignedWhilePosting_KeepsTheAssignment()
    {
        var (referral, received) = NewReferral();
        await _store.AddAsync(referral, received, Ct);
        var posting = (await _store.FindAsync(referral.Id, Ct))!;
        Assert.True(await _store.TryClaimCardPostingAsync(posting, _time.GetUtcNow(), StaleAfter, Ct));

        _time.Advance(TimeSpan.FromSeconds(2));
        await _store.AssignAsync(referral.Id, Ben, _time.GetUtcNow(), Ct);
        await _store.RecordCardAsync(posting, "https://smba.example/amer/", "19:triage@thread.tacv2", "1700000000001", Ct);

        var stored = (await _store.FindAsync(referral.Id, Ct))!;
        Assert.Equal(Ben.Id, stored.AssignedToId);
        Assert.True(stored.CardPosted);
        Assert.Equal(
            ("https://smba.example/amer/", "19:triage@thread.tacv2", "1700000000001"),
            (stored.CardServiceUrl, stored.CardConversationId, stored.CardActivityId));
        Assert.Single(await HistoryAsync(referral.Id), e => e.Kind == nameof(PipelineEventKind.Assigned));
    }

    [Fact]
    public async Task AwaitingCardAsync_ListsOnlyReferralsWhoseCardIsNotPosted()
    {
        var posted = NewReferral();
        var claimedOnly = NewReferral();
        var untouched = NewReferral();
        foreach (var (referral, received) in new[] { posted, claimedOnly, untouched })
        {
            await _store.AddAsync(referral, received, Ct);
        }

        var postedRow = (await _store.FindAsync(posted.Referral.Id, Ct))!;
        await _store.TryClaimCardPostingAsync(postedRow, _time.GetUtcNow(), StaleAfter, Ct);
        await _store.RecordCardAsync(postedRow, "https://smba.example/amer/", "19:triage@thread.tacv2", "1700000000001", Ct);
        await _store.TryClaimCardPostingAsync((await _store.FindAsync(claimedOnly.Referral.Id, Ct))!, _time.GetUtcNow(), StaleAfter, Ct);

        var awaiting = new List<string>();
        await foreach (var row in _store.AwaitingCardAsync(Ct))
        {
            awaiting.Add(row.PartitionKey);
        }

        Assert.Equal(new[] { claimedOnly.Referral.Id, untouched.Referral.Id }.Order(StringComparer.Ordinal), awaiting.Order(StringComparer.Ordinal));
    }

    public Task InitializeAsync() => _tables.EnsureCreatedAsync(Ct);

    public async Task DisposeAsync()
    {
        await _tables.Referrals.DeleteAsync(CancellationToken.None);
        await _tables.ProcessedMessages.DeleteAsync(CancellationToken.None);
        await _tables.Settings.DeleteAsync(CancellationToken.None);
    }

    public void Dispose() => _timeout.Dispose();

    private (Referral Referral, PipelineEvent Received) NewReferral()
    {
        var referral = new Referral
        {
            Id = ReferralId.ForMessage($"{Guid.NewGuid():N}@northfieldortho.example"),
            ReceivedAt = _time.GetUtcNow().AddMinutes(-10),
            Pathway = Pathway.Hand,
            Urgency = Urgency.Urgent,
            Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, "(555) 200-1000", "(555) 200-1001", "rdelgado@northfieldortho.example"),
            PatientInitials = "G.H.",
            PatientAge = 55,
            Signals = ["referral language: \"referring\"", "ICD-10 code S62.101A"],
            Confidence = 0.92,
        };
        return (referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, referral.ReceivedAt));
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
