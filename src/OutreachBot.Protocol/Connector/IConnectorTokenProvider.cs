namespace OutreachBot.Protocol.Connector;

/// <summary>Gives the bearer token the bot presents to the channel's connector.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>A current token, or null when the bot runs without authentication (local development only).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
