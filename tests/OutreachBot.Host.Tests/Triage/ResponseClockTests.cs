using OutreachBot.Host.Triage;

namespace OutreachBot.Host.Tests.Triage;

public sealed class ResponseClockTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Standard = TimeSpan.FromHours(24);

    [Theory]
    [InlineData(0.25, "15 min of 24 h", false)]
    [InlineData(5.5, "5 h of 24 h", false)]
    [InlineData(24, "24 h of 24 h", false)]
    [InlineData(27, "Overdue by 3 h (24 h standard)", true)]
    public void Describe_SaysHowLongItWaitedAgainstTheStandard(double hours, string expected, bool overdue)
    {
        var clock = new ResponseClock(Received.AddHours(hours), Standard);

        Assert.Equal(expected, clock.Describe(Received));
        Assert.Equal(overdue, clock.IsOverdue(Received));
    }

    [Fact]
    public void Describe_WhenTheMessageIsDatedInTheFuture_SaysNoTimeHasPassed() =>
        Assert.Equal("0 min of 24 h", new ResponseClock(Received.AddHours(-2), Standard).Describe(Received));
}
