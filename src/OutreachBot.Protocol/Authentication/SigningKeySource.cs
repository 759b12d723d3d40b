using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// The cached signing keys of one metadata endpoint, and a rate-limited refresh for tokens signed with a key id
/// the cache does not know yet (key rotation).
/// </summary>
internal sealed class SigningKeySource
{
    private readonly ConfigurationManager<SigningMetadata> _manager;
    private readonly SigningMetadataRetriever _retriever = new();
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeSpan _refreshTimeout;
    private readonly Lock _refreshLock = new();
    private DateTimeOffset? _lastRefresh;

    public SigningKeySource(
        string metadataAddress, IDocumentRetriever documentRetriever, AuthenticationSettings settings, TimeProvider timeProvider,
        ILogger logger)
    {
        MetadataAddress = metadataAddress;
        _timeProvider = timeProvider;
        _logger = logger;
        _refreshInterval = settings.KeyRefreshInterval;
        _refreshTimeout = settings.KeyRefreshTimeout;
        // ConfigurationManager reads the system clock itself; it has no TimeProvider hook in this version.
        _manager = new ConfigurationManager<SigningMetadata>(metadataAddress, _retriever, documentRetriever)
        {
            AutomaticRefreshInterval = settings.MetadataRefreshInterval,
            RefreshInterval = settings.KeyRefreshInterval,
        };
    }

    public string MetadataAddress { get; }

    public Task<SigningMetadata> GetAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Asks for fresh keys and waits (bounded) for them. Returns null when a refresh ran less than
    /// <see cref="AuthenticationSettings.KeyRefreshInterval"/> ago, or when the fetch fails or times out.
    /// </summary>
    public async Task<SigningMetadata?> RefreshAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_refreshLock)
        {
            if (_lastRefresh is { } last && now - last < _refreshInterval)
            {
                return null;
            }

            _lastRefresh = now;
        }

        BotAuthenticationLog.SigningKeyRefreshRequested(_logger, MetadataAddress);
        var next = _retriever.NextRetrievalAsync();
        _manager.RequestRefresh();
        try
        {
            // By default the manager refreshes on a background task and this call returns the cached keys at once;
            // with the blocking app switch it refreshes here. Either way `next` completes with the fetch.
            await _manager.GetConfigurationAsync(cancellationToken);
            // The manager rate-limits RequestRefresh on the system clock, so the bounded wait uses it too: a fake
            // clock in tests must not turn a refused refresh into an endless wait.
            return await next.WaitAsync(_refreshTimeout, TimeProvider.System, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            BotAuthenticationLog.SigningKeyRefreshFailed(_logger, MetadataAddress, ex);
            return null;
        }
    }
}
