using OutreachBot.Host.Mailbox.Graph;
using GraphMessage = Microsoft.Graph.Models.Message;

namespace OutreachBot.Host.Tests.Graph;

public sealed class HeldDeltaPagesTests
{
    [Fact]
    public void TakeSettledLink_MovesOnlyPastPagesWhoseEveryWaitingMessageWasTaken()
    {
        var held = new HeldDeltaPages();
        held.Add("after-1", []);
        held.Add("after-2", [Message("a"), Message("b")]);
        held.Add("after-3", []);
        held.Add("after-4", [Message("c")]);

        Assert.Equal("after-1", held.TakeSettledLink());
        Assert.Null(held.TakeSettledLink());

        Assert.Equal(["a"], held.Take(1).Select(m => m.Id));
        Assert.Null(held.TakeSettledLink()); // b still waits on page 2

        Assert.Equal(["b", "c"], held.Take(20).Select(m => m.Id));
        Assert.Equal("after-4", held.TakeSettledLink());
        Assert.Equal((0, 0), (held.Waiting, held.Pages));
    }

    [Fact]
    public void Add_AMessageAlreadyWaitingFromAnEarlierPage_KeepsItOnItsFirstPageOnly()
    {
        var held = new HeldDeltaPages();
        held.Add("after-1", [Message("a")]);
        held.Add("after-2", [Message("a"), Message("b")]);

        Assert.True(held.IsWaiting("a"));
        Assert.Equal(2, held.Waiting);
        Assert.Equal(["a", "b"], held.Take(20).Select(m => m.Id));
        Assert.False(held.IsWaiting("a"));
        Assert.Equal("after-2", held.TakeSettledLink());
    }

    private static GraphMessage Message(string id) => new() { Id = id };
}
