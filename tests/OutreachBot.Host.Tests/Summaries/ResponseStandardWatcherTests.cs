using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.ResponseStandard;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>
/// The first-contact standard (8 clinic hours, Mon–Fri 08:00–17:00 Chicago, Thanksgiving closed) with two instances on
/// one Azurite and a fake clock (run through ./test.sh).
/// </summary>
public sealed class ResponseStandardWatcherTests : IAsyncLifetime
{
    private static readonly StaffMember Marcus = new(SummaryInstance.Clinician, "Marcus Oyelaran");
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private readonly RecordingConnector _connector = new();
    private readonly FakeTimeProvider _time = new(At("2026-11-20T09:00")); // tests move it forward only
    private readonly List<SummaryInstance> _instances = [];

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        var first = Instance();
        await first.StartStorageAsync(Ct);
        await first.UseTriageChannelAsync(Ct);
        await first.MeetAsync(SummaryInstance.Clinician, Ct);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task AcrossThanksgivingAndTheWeekend_RemindsOnceBeforeTheStandard_AndMentionsTheAssigneeOnceWhenItPasses()
    {
        var (a, b) = (Instance(), Instance());
        var store = a.Get<ReferralStore>();
        var referral = await ReceiveAsync(store, "wednesday", At("2026-11-25T15:00"));
        await store.AssignAsync(referral.Id, Marcus, At("2026-11-25T15:10"), Ct);
        await PostCardAsync(store, referral.Id);

        // 2 open hours on Wednesday, Thanksgiving closed, so 8 hours are reached on Friday at 14:00; the reminder 2 hours before.
        _time.SetUtcNow(At("2026-11-27T11:59"));
        Assert.Equal(0, await CheckBothAsync(a, b));
        _time.SetUtcNow(At("2026-11-27T12:00"));
        Assert.Equal(1, await CheckBothAsync(a, b));
        Assert.Equal(0, await CheckBothAsync(a, b));
        _time.SetUtcNow(At("2026-11-27T13:59"));
        Assert.Equal(0, await CheckBothAsync(a, b));
        _time.SetUtcNow(At("2026-11-27T14:00"));
        Assert.Equal(1, await CheckBothAsync(a, b));
        _time.SetUtcNow(At("2026-11-30T09:00"));
        Assert.Equal(0, await CheckBothAsync(Instance(), Instance()));

        var sent = _connector.Sent.ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.Equal("card-1", s.ReplyTo)); // in the referral card's thread
        Assert.StartsWith("Reminder:", sent[0].Activity.Text, StringComparison.Ordinal);
        Assert.Contains("Fri 14:00", sent[0].Activity.Text, StringComparison.Ordinal);
        var mention = Assert.Single(sent[1].Activity.Entities!);
        Assert.Equal("mention", mention["type"]!.GetValue<string>());
        Assert.Equal($"29:{SummaryInstance.Clinician}", mention["mentioned"]!["id"]!.GetValue<string>());
        Assert.StartsWith("<at>Marcus Oyelaran</at>", sent[1].Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReferralNobodyTookOverTheWeekend_MentionsTheIntakeLeadOnMonday()
    {
        var (a, b) = (Instance(), Instance());
        var referral = await ReceiveAsync(a.Get<ReferralStore>(), "friday", At("2026-11-20T16:30"));

        _time.SetUtcNow(At("2026-11-23T15:29"));
        Assert.Equal(1, await CheckBothAsync(a, b)); // the reminder (Mon 13:30 on)
        _time.SetUtcNow(At("2026-11-23T15:30"));
        Assert.Equal(1, await CheckBothAsync(a, b));

        var breach = _connector.Sent.Last().Activity;
        Assert.Equal(SummaryInstance.IntakeLead, Assert.Single(breach.Entities!)["mentioned"]!["id"]!.GetValue<string>());
        Assert.Contains(referral.Id, breach.Text, StringComparison.Ordinal);
        Assert.Null(_connector.Sent.Last().ReplyTo); // no card yet: in the channel itself
    }

    [Fact]
    public async Task AReferralContactedInTime_GetsNoMention()
    {
        var a = Instance();
        var store = a.Get<ReferralStore>();
        var referral = await ReceiveAsync(store, "contacted", At("2026-11-25T15:00"));
        await store.MoveAsync(referral.Id, r => r.LogFirstContact(Marcus, At("2026-11-27T09:00"), "call"), Ct);

        _time.SetUtcNow(At("2026-11-30T12:00"));

        Assert.Equal(0, await a.Get<ResponseStandardWatcher>().CheckAsync(Ct));
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public void TriageCardClock_CountsClinicHoursOnly()
    {
        var calendar = Instance().Get<ClinicCalendar>();
        var clock = new ResponseClock(At("2026-11-27T13:00"), calendar.FirstContactStandard, calendar.Hours);

        Assert.Equal("7 h of 8 h in clinic hours", clock.Describe(At("2026-11-25T15:00")));
        Assert.True(new ResponseClock(At("2026-11-27T14:30"), calendar.FirstContactStandard, calendar.Hours).IsOverdue(At("2026-11-25T15:00")));
    }

    private static DateTimeOffset At(string chicagoLocal)
    {
        var local = DateTime.Parse(chicagoLocal, CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, ExpectedSummary.Chicago.GetUtcOffset(local));
    }

    private async Task<Referral> ReceiveAsync(ReferralStore store, string name, DateTimeOffset at)
    {
        var referral = new Referral
        {
            Id = ReferralId.ForMessage($"{name}-{Guid.NewGuid():N}@example"),
            ReceivedAt = at,
            Pathway = Pathway.Hand,
            Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, null, null, "rdelgado@example.org"),
            PatientInitials = "G.H.",
            PatientAge = 55,
        };
        Assert.True(await store.AddAsync(referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, at), Ct));
        return referral;
    }

    private async Task PostCardAsync(ReferralStore store, string referralId)
    {
        var row = (await store.FindAsync(referralId, Ct))!;
        await store.RecordCardAsync(row, "http://127.0.0.1:9/connector", "19:referrals@thread.tacv2", "card-1", Ct);
    }

    private async Task<int> CheckBothAsync(SummaryInstance a, SummaryInstance b) =>
        (await Task.WhenAll(a.Get<ResponseStandardWatcher>().CheckAsync(Ct), b.Get<ResponseStandardWatcher>().CheckAsync(Ct))).Sum();

    private SummaryInstance Instance()
    {
        var instance = new SummaryInstance(_prefix, _time, _connector, Path.GetTempPath());
        _instances.Add(instance);
        return instance;
    }
}
