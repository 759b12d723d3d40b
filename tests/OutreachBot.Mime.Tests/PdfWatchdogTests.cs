using Microsoft.Extensions.Time.Testing;

namespace OutreachBot.Mime.Tests;

/// <summary>
/// The watchdog around the PDF reader: a PdfPig call that never returns costs the caller the time limit and a second,
/// never more; the caller's cancellation ends the wait at once.
/// </summary>
public sealed class PdfWatchdogTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Watched_WhenTheReaderNeverReturns_GivesUpOnceTheLimitAndASecondHavePassed()
    {
        var time = new FakeTimeProvider();
        var options = new EmlReadOptions { PdfTimeLimit = TimeSpan.FromSeconds(5), Time = time };
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var reading = Task.Run(() => PdfText.Watched((_, _) => Hang(started, release), options, CancellationToken.None));
        Assert.True(started.Wait(Bound));

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(reading.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await reading.WaitAsync(Bound, CancellationToken.None);
        release.Set();

        Assert.True(result.NeedsPerson);
        Assert.Equal("PDF took too long to read", result.Problem);
    }

    [Fact]
    public async Task Watched_WhenTheCallerCancels_StopsWaitingForTheReader()
    {
        var options = new EmlReadOptions { PdfTimeLimit = TimeSpan.FromSeconds(5), Time = new FakeTimeProvider() };
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var caller = new CancellationTokenSource();
        var reading = Task.Run(() => PdfText.Watched((_, _) => Hang(started, release), options, caller.Token));
        Assert.True(started.Wait(Bound));

        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(Bound));
        release.Set();
    }

    [Fact]
    public void Watched_WhenTheReaderFinishes_ReturnsItsResult()
    {
        var options = new EmlReadOptions { PdfTimeLimit = TimeSpan.FromSeconds(5), Time = new FakeTimeProvider() };

        var result = PdfText.Watched((overBudget, _) => new PdfText.Result(overBudget() ? null : "order", false, null), options, CancellationToken.None);

        Assert.Equal("order", result.Text);
    }

    private static PdfText.Result Hang(ManualResetEventSlim started, ManualResetEventSlim release)
    {
        started.Set();
        release.Wait(Bound);
        return new PdfText.Result("late", false, null);
    }
}
