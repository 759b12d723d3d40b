using System.Net.Http.Headers;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConnectorOptions Options = new();

    [Theory]
    [InlineData(429, false, true)]
    [InlineData(429, true, true)]
    [InlineData(503, true, true)]
    [InlineData(503, false, false)]
    [InlineData(502, true, false)]
    [InlineData(504, false, false)]
    [InlineData(412, false, false)]
    [InlineData(400, false, false)]
    [InlineData(500, false, false)]
    public void MayRetry_CreatingCall_OnlyWhenTheConnectorCannotHaveCreatedIt(int status, bool hasRetryAfter, bool retried)
    {
        Assert.Equal(retried, ConnectorRetryPolicy.MayRetry(ConnectorCallKind.Create, status, hasRetryAfter));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void MayRetry_ReplaceOrRead_OnEveryTransientStatus(int status)
    {
        Assert.True(ConnectorRetryPolicy.MayRetry(ConnectorCallKind.Replace, status, hasRetryAfter: false));
        Assert.True(ConnectorRetryPolicy.MayRetry(ConnectorCallKind.Read, status, hasRetryAfter: false));
        Assert.False(ConnectorRetryPolicy.OutcomeUnknown(ConnectorCallKind.Replace, status, hasRetryAfter: false));
    }

    [Fact]
    public void Delay_WhenRetryAfterIsSeconds_IsThoseSeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryPolicy.Delay(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), 1, Now, Options, 0.3));
    }

    [Fact]
    public void Delay_WhenRetryAfterIsADate_IsTheTimeUntilIt()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorRetryPolicy.Delay(new RetryConditionHeaderValue(Now.AddSeconds(12)), 1, Now, Options, 0.3));
    }

    [Fact]
    public void Delay_WhenRetryAfterIsADateInThePast_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, ConnectorRetryPolicy.Delay(new RetryConditionHeaderValue(Now.AddSeconds(-5)), 1, Now, Options, 0.3));
    }

    [Fact]
    public void Delay_WhenRetryAfterIsLongerThanTheCap_IsTheCap()
    {
        Assert.Equal(Options.MaxRetryAfter, ConnectorRetryPolicy.Delay(new RetryConditionHeaderValue(TimeSpan.FromHours(1)), 1, Now, Options, 0.3));
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 1.0, 4000)]
    [InlineData(10, 1.0, 60_000)]
    public void Delay_WithoutRetryAfter_DoublesPerAttemptWithJitterInTheUpperHalfUpToTheCap(int attempt, double jitter, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ConnectorRetryPolicy.Delay(null, attempt, Now, Options, jitter));
    }
}
