using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// Validates the channel service's bearer token as the Bot Connector authentication spec requires, plus what
/// Agents-for-net leaves out: the channel endorsement of the signing key and the <c>serviceurl</c> claim.
/// </summary>
internal sealed class InboundTokenValidator : IInboundTokenValidator
{
    private const string ServiceUrlClaim = "serviceurl";
    private const string TenantIdClaim = "tid";

    private readonly BotAuthenticationOptions _options;
    private readonly TrustedIssuers _issuers;
    private readonly SigningKeySource _botFrameworkKeys;
    private readonly SigningKeySource _entraKeys;
    private readonly string[] _audiences;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InboundTokenValidator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private CachedParameters? _botFrameworkParameters;

    public InboundTokenValidator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<InboundTokenValidator> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        var settings = _options.Authentication;
        _issuers = new TrustedIssuers(_options);
        var documents = new MetadataDocumentRetriever(httpClientFactory, settings.RequireHttpsMetadata);
        _botFrameworkKeys = new SigningKeySource(settings.BotFrameworkMetadataUrl, documents, settings, timeProvider, logger);
        _entraKeys = new SigningKeySource(settings.EntraMetadataUrl, documents, settings, timeProvider, logger);
        var appId = _options.AppId;
        _audiences = new[] { appId, appId.ToLowerInvariant() }
            .SelectMany(id => new[] { id, $"api://{id}" })
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    public async Task<InboundAuthResult> ValidateAsync(
        string? authorizationHeader, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        var result = await AuthenticateAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        if (!result.Succeeded)
        {
            BotAuthenticationLog.RequestRejected(_logger, result.StatusCode, result.Failure ?? "unknown");
        }

        return result;
    }

    private async Task<InboundAuthResult> AuthenticateAsync(
        string? authorizationHeader, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        // Options validation refuses Disabled outside Development, so reaching here disabled means Development.
        if (_options.Authentication.Disabled)
        {
            return InboundAuthResult.Ok(new ClaimsIdentity());
        }

        if (!BearerToken.TryParse(authorizationHeader, out var rawToken, out var headerFailure))
        {
            return InboundAuthResult.Unauthorized(headerFailure);
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(rawToken);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return InboundAuthResult.Unauthorized("token is not a well-formed JWT");
        }

        // Checked before any key lookup: rules out alg "none" and HS256 signed with a public key.
        if (!string.Equals(token.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return InboundAuthResult.Unauthorized("token algorithm is not RS256");
        }

        var issuer = _issuers.Classify(token.Issuer, out var issuerFailure);
        if (issuer is null)
        {
            return InboundAuthResult.Unauthorized(issuerFailure);
        }

        var keys = issuer.IsBotFramework ? _botFrameworkKeys : _entraKeys;
        var (metadata, keyFailure) = await GetSigningMetadataAsync(keys, token.Kid, cancellationToken);
        if (metadata is null)
        {
            return InboundAuthResult.Unauthorized(keyFailure);
        }

        // The token read above is validated as it is: the string overload would decode and parse it a second time.
        var validation = await _handler.ValidateTokenAsync(token, ValidationParameters(issuer, metadata));
        if (!validation.IsValid)
        {
            return InboundAuthResult.Unauthorized(TokenFailure.Describe(validation.Exception));
        }

        var validated = (JsonWebToken)validation.SecurityToken;
        if (issuer.IsBotFramework)
        {
            var keyId = validated.SigningKey?.KeyId ?? validated.Kid;
            if (!metadata.IsEndorsed(keyId, channelId))
            {
                return InboundAuthResult.Forbidden("signing key is not endorsed for the activity's channel");
            }
        }
        else if (!validated.TryGetPayloadValue<string>(TenantIdClaim, out var tid)
            || !Guid.TryParse(tid, out var tenant) || tenant != issuer.TenantId)
        {
            return InboundAuthResult.Unauthorized("tid claim does not match the issuer's tenant");
        }

        if (!validated.TryGetPayloadValue<string>(ServiceUrlClaim, out var tokenServiceUrl))
        {
            // Bot Framework tokens always carry serviceurl; Entra tokens from the Bot Service may not.
            if (issuer.IsBotFramework)
            {
                return InboundAuthResult.Unauthorized("serviceurl claim missing");
            }
        }
        else if (!ServiceUrlsMatch(tokenServiceUrl, serviceUrl))
        {
            return InboundAuthResult.Unauthorized("serviceurl claim does not match the activity's serviceUrl");
        }

        return InboundAuthResult.Ok(validation.ClaimsIdentity);
    }

    /// <summary>The keys that may have signed a token with this key id, refreshing once for an unknown id.</summary>
    private async Task<(SigningMetadata? Metadata, string Failure)> GetSigningMetadataAsync(
        SigningKeySource keys, string? keyId, CancellationToken cancellationToken)
    {
        SigningMetadata metadata;
        try
        {
            metadata = await keys.GetAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // An outage of the metadata endpoint still answers 401: the contract has no 5xx for authentication.
            BotAuthenticationLog.SigningKeysUnavailable(_logger, keys.MetadataAddress, ex);
            return (null, "signing keys unavailable");
        }

        if (metadata.HasKey(keyId))
        {
            return (metadata, string.Empty);
        }

        var refreshed = await keys.RefreshAsync(cancellationToken);
        return refreshed is not null && refreshed.HasKey(keyId) ? (refreshed, string.Empty) : (null, "signing key not found");
    }

    /// <summary>
    /// The parameters for a token from <paramref name="issuer"/> signed with one of <paramref name="metadata"/>'s keys.
    /// Bot Framework tokens (nearly every request) reuse one instance per fetched key set, so a request does not build
    /// parameters, a validator delegate and an algorithm list each time; Entra issuers name a tenant, so they get
    /// their own. Validation only reads the parameters, so sharing them between requests is safe.
    /// </summary>
    private TokenValidationParameters ValidationParameters(TokenIssuer issuer, SigningMetadata metadata)
    {
        if (!issuer.IsBotFramework)
        {
            return NewValidationParameters(issuer.Issuer, metadata);
        }

        var cached = Volatile.Read(ref _botFrameworkParameters);
        if (cached is not null && ReferenceEquals(cached.Metadata, metadata))
        {
            return cached.Parameters;
        }

        var parameters = NewValidationParameters(issuer.Issuer, metadata);
        Volatile.Write(ref _botFrameworkParameters, new CachedParameters(metadata, parameters));
        return parameters;
    }

    private TokenValidationParameters NewValidationParameters(string validIssuer, SigningMetadata metadata) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = validIssuer,
        ValidateAudience = true,
        ValidAudiences = _audiences,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = _options.Authentication.ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = metadata.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        LifetimeValidator = TokenLifetime.Validator(_timeProvider, _options.Authentication.ClockSkew),
    };

    private static bool ServiceUrlsMatch(string tokenServiceUrl, string activityServiceUrl) =>
        string.Equals(TrimOneSlash(tokenServiceUrl), TrimOneSlash(activityServiceUrl), StringComparison.OrdinalIgnoreCase);

    private static string TrimOneSlash(string? url) =>
        url is null ? string.Empty : url.EndsWith('/') ? url[..^1] : url;

    private sealed record CachedParameters(SigningMetadata Metadata, TokenValidationParameters Parameters);
}
