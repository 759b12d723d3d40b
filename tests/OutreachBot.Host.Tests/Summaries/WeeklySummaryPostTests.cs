using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>The weekly post with two bot instances on one Azurite, on a fake clock (run through ./test.sh).</summary>
public sealed class WeeklySummaryPostTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly string _prefix = LocalStack.UniqueTablePrefix();
    private readonly RecordingConnector _connector = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-03-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture)); // tests move it forward only
    private readonly List<SummaryInstance> _instances = [];

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        var first = Instance();
        await first.StartStorageAsync(Ct);
        await first.MeetAsync(SummaryInstance.OwnerOne, Ct);
        await first.MeetAsync(SummaryInstance.OwnerTwo, Ct);
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
    public async Task TwoInstances_AtMondayEight_SendEachOwnerOnePost_AndNothingMoreThatWeekEvenAfterARestart()
    {
        var (a, b) = (Instance(), Instance());
        _time.SetUtcNow(DateTimeOffset.Parse("2026-11-30T13:59:00Z", System.Globalization.CultureInfo.InvariantCulture)); // Mon 07:59 CST

        Assert.Equal(0, await PostBothAsync(a, b));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await PostBothAsync(a, b));
        Assert.Equal(0, await PostBothAsync(a, b));
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await PostBothAsync(Instance(), Instance())); // restarted, later in the week

        var posts = _connector.Sent.ToList();
        Assert.Equal([$"a:chat-{SummaryInstance.OwnerOne}", $"a:chat-{SummaryInstance.OwnerTwo}"], posts.Select(p => p.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(posts, p =>
        {
            var card = Assert.IsType<JsonObject>(Assert.Single(p.Activity.Attachments!).Content);
            CardSchema.AssertValid(card);
            Assert.Contains("Referral pipeline last week", card.ToJsonString(), StringComparison.Ordinal);
        });

        // The next Monday at 08:00 is a new week.
        _time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, await PostBothAsync(a, b));
    }

    [Theory]
    [InlineData("2026-11-02T13:59:00Z", "2026-11-02T14:00:00Z")] // the Monday after clocks went back: 08:00 CST
    [InlineData("2026-03-09T12:59:00Z", "2026-03-09T13:00:00Z")] // the Monday after clocks went forward: 08:00 CDT
    public async Task InADstWeek_TheWeeklyPostGoesAtEightOnTheClinicsClock(string justBefore, string atEight)
    {
        var (a, b) = (Instance(), Instance());
        _time.SetUtcNow(DateTimeOffset.Parse(justBefore, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, await PostBothAsync(a, b));
        _time.SetUtcNow(DateTimeOffset.Parse(atEight, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, await PostBothAsync(a, b));
        Assert.Equal(2, _connector.Sent.Count);
    }

    [Fact]
    public async Task AnInstanceThatDiesAfterClaiming_IsTakenOverWhenItsClaimGoesStale()
    {
        var a = Instance();
        _time.SetUtcNow(DateTimeOffset.Parse("2026-11-30T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var claims = a.Get<OnceClaims>();
        var week = "2026-11-30";

        // Instance A claimed owner one's post and died before sending.
        Assert.NotNull(await claims.TryClaimAsync(WeeklySummaryPost.Purpose, $"{week}|{SummaryInstance.OwnerOne}", _time.GetUtcNow(), TimeSpan.FromMinutes(10), Ct));

        var b = Instance();
        Assert.Equal(1, await b.Get<WeeklySummaryPost>().PostIfDueAsync(Ct)); // owner two only
        _time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await b.Get<WeeklySummaryPost>().PostIfDueAsync(Ct)); // owner one, once the claim is stale
        Assert.Equal(0, await b.Get<WeeklySummaryPost>().PostIfDueAsync(Ct));
        Assert.Equal(2, _connector.Sent.Count);
    }

    private async Task<int> PostBothAsync(SummaryInstance a, SummaryInstance b)
    {
        var sent = await Task.WhenAll(a.Get<WeeklySummaryPost>().PostIfDueAsync(Ct), b.Get<WeeklySummaryPost>().PostIfDueAsync(Ct));
        return sent.Sum();
    }

    private SummaryInstance Instance()
    {
        var instance = new SummaryInstance(_prefix, _time, _connector, Path.GetTempPath());
        _instances.Add(instance);
        return instance;
    }
}
