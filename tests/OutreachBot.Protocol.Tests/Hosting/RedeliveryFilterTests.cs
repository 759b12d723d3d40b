using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Protocol.Tests.Hosting;

public sealed class RedeliveryFilterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RedeliveryFilter _filter;

    public RedeliveryFilterTests() =>
        _filter = new RedeliveryFilter(_clock, Options.Create(new ActivityProcessingOptions { RedeliveryWindow = Window }));

    [Fact]
    public void TryAdmit_WhenSameIdSeenWithinWindow_ReturnsFalse()
    {
        var first = _filter.TryAdmit("a:conversation", "1767000000001");
        _clock.Advance(Window - TimeSpan.FromSeconds(1));
        var again = _filter.TryAdmit("a:conversation", "1767000000001");

        Assert.True(first);
        Assert.False(again);
    }

    [Fact]
    public void TryAdmit_WhenSameIdSeenAfterWindow_ReturnsTrue()
    {
        Assert.True(_filter.TryAdmit("a:conversation", "1767000000001"));
        _clock.Advance(Window + TimeSpan.FromSeconds(1));

        Assert.True(_filter.TryAdmit("a:conversation", "1767000000001"));
    }

    [Fact]
    public void TryAdmit_WhenRedeliveriesKeepComing_CountsTheWindowFromTheFirstSighting()
    {
        Assert.True(_filter.TryAdmit("a:conversation", "1"));
        _clock.Advance(Window - TimeSpan.FromMinutes(1));
        Assert.False(_filter.TryAdmit("a:conversation", "1"));
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(_filter.TryAdmit("a:conversation", "1"));
    }

    [Fact]
    public void TryAdmit_WhenSameIdInDifferentConversations_AdmitsBoth()
    {
        Assert.True(_filter.TryAdmit("a:first", "1767000000001"));
        Assert.True(_filter.TryAdmit("a:second", "1767000000001"));
    }

    [Fact]
    public void TryAdmit_WhenActivityHasNoId_AlwaysAdmits()
    {
        Assert.True(_filter.TryAdmit("a:conversation", null));
        Assert.True(_filter.TryAdmit("a:conversation", null));
        Assert.True(_filter.TryAdmit("a:conversation", ""));
    }

    [Fact]
    public void Release_ForgetsTheIdSoTheNextDeliveryIsAdmitted()
    {
        Assert.True(_filter.TryAdmit("a:conversation", "1"));
        Assert.True(_filter.TryAdmit("a:other", "1"));

        _filter.Release("a:conversation", "1");

        Assert.True(_filter.TryAdmit("a:conversation", "1"));
        Assert.False(_filter.TryAdmit("a:other", "1"));
    }

    [Fact]
    public void TryAdmit_WhenManyIdsExpire_StillRejectsRecentRedeliveries()
    {
        for (var i = 0; i < 1023; i++)
        {
            Assert.True(_filter.TryAdmit("a:old", $"old-{i}"));
        }

        _clock.Advance(Window + TimeSpan.FromSeconds(1));
        Assert.True(_filter.TryAdmit("a:new", "recent")); // the 1024th admission sweeps expired ids

        Assert.False(_filter.TryAdmit("a:new", "recent"));
        Assert.True(_filter.TryAdmit("a:old", "old-0"));
    }
}
