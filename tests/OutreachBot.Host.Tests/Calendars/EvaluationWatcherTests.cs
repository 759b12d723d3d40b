using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Scheduling;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Mime;
using static OutreachBot.Host.Tests.Calendars.CalendarServices;

namespace OutreachBot.Host.Tests.Calendars;

/// <summary>
/// Booked evaluations watched in an Exchange calendar (the fake Graph server), on fake time: moves, cancellations and
/// ends become lines of the referral's history, once each, and change no stage.
/// </summary>
public sealed class EvaluationWatcherTests : IAsyncLifetime, IDisposable
{
    private const string Ana = "ana@testclinic.example";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = new(Chicago(12, 1, 9));
    private FakeGraphServer _graph = null!;
    private GraphMailInstance _bot = null!;

    private CancellationToken Ct => _timeout.Token;

    private EvaluationWatcher Watcher => _bot.Services.GetRequiredService<EvaluationWatcher>();

    private ReferralStore Referrals => _bot.Services.GetRequiredService<ReferralStore>();

    [Fact]
    public async Task Check_WhenTheEvaluationIsMovedThenCancelled_RecordsEachOnceWithoutChangingTheStage()
    {
        var referral = await ReferralAsync("moved-then-cancelled@northfieldortho.example");
        var eventId = await BookAsync(referral, Chicago(12, 3, 10));
        await Watcher.CheckOnceAsync(Ct); // first look: nothing to report

        _graph.Calendar(Ana).Move(eventId, Chicago(12, 4, 14), Chicago(12, 4, 15), Chicago(12, 1, 11));
        await Watcher.CheckOnceAsync(Ct);
        await Watcher.CheckOnceAsync(Ct);
        _graph.Calendar(Ana).Cancel(eventId, Chicago(12, 2, 8));
        await Watcher.CheckOnceAsync(Ct);
        await Watcher.CheckOnceAsync(Ct);

        var history = await HistoryAsync(referral);
        Assert.Equal(["Received", "EvaluationMoved", "EvaluationCancelled"], history.Select(h => h.Kind));
        Assert.Equal(Chicago(12, 4, 14).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), history[1].Detail);
        Assert.All(history, h => Assert.Equal("Received", h.Stage));
        Assert.Equal("Received", (await Referrals.FindAsync(referral, Ct))!.ToReferral().Stage.ToString());
    }

    [Fact]
    public async Task Check_WhenTheEventIsDeletedOrItsTimePasses_RecordsCancelledAndEnded()
    {
        var deleted = await ReferralAsync("deleted@northfieldortho.example");
        var held = await ReferralAsync("held@northfieldortho.example");
        var deletedEvent = await BookAsync(deleted, Chicago(12, 2, 9));
        await BookAsync(held, Chicago(12, 2, 11));
        await Watcher.CheckOnceAsync(Ct);

        _graph.Calendar(Ana).Delete(deletedEvent);
        _time.Advance(TimeSpan.FromDays(3)); // past both evaluations
        await Watcher.CheckOnceAsync(Ct);
        await Watcher.CheckOnceAsync(Ct);

        Assert.Equal(["Received", "EvaluationCancelled"], (await HistoryAsync(deleted)).Select(h => h.Kind));
        var ended = await HistoryAsync(held);
        Assert.Equal(["Received", "EvaluationEnded"], ended.Select(h => h.Kind));
        Assert.Equal(Chicago(12, 2, 12), ended[1].At);
    }

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(Ct);
        _bot = new GraphMailInstance(_graph, LocalStack.UniqueTablePrefix(), _time, settings: new()
        {
            ["Calendars:Source"] = "Graph",
            ["Staff:Clinicians:0:Id"] = Ana,
            ["Staff:Clinicians:0:Pathways:0"] = "Hand",
        });
        await _bot.Tables.EnsureCreatedAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _bot.DeleteTablesAsync();
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    private async Task<string> ReferralAsync(string messageId)
    {
        using var eml = new MemoryStream(Encoding.UTF8.GetBytes(TestMessages.HandReferral(messageId)));
        var outcome = await _bot.Services.GetRequiredService<MessageIntake>().TakeAsync(EmlMessageReader.Read(eml, _time.GetUtcNow(), Ct), Ct);
        Assert.Equal(IntakeOutcome.NewReferral, outcome);
        return ReferralId.ForMessage(messageId);
    }

    private Task<string> BookAsync(string referralId, DateTimeOffset start) =>
        _bot.Services.GetRequiredService<EvaluationScheduler>().BookAsync(
            new EvaluationBooking(Ana, referralId, "G.H.", new EvaluationSlot(start, start.AddHours(1))), Ct);

    private async Task<List<PipelineEventRow>> HistoryAsync(string referralId)
    {
        var rows = new List<PipelineEventRow>();
        await foreach (var row in Referrals.HistoryAsync(referralId, Ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
