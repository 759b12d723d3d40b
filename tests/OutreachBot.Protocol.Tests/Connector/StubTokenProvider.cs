using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Tests.Connector;

/// <summary>Hands out a fixed token and counts how often it was asked.</summary>
public sealed class StubTokenProvider(string? token) : IConnectorTokenProvider
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return ValueTask.FromResult(token);
    }
}
