namespace OutreachBot.Protocol.Connector;

/// <summary>No token: only for local development against the Agents Playground, which checks none.</summary>
public sealed class NoConnectorTokenProvider : IConnectorTokenProvider
{
    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
