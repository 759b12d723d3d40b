namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// Decides from the (not yet validated) <c>iss</c> claim which key source validates a token: the Bot Framework
/// issuer, or an Entra v1/v2 issuer for a Bot Service tenant or one of the clinic's tenants.
/// </summary>
internal sealed class TrustedIssuers
{
    private readonly string _botFrameworkIssuer;
    private readonly string _v1Prefix;
    private readonly string _v2Prefix;
    private readonly HashSet<Guid> _tenants;

    public TrustedIssuers(BotAuthenticationOptions options)
    {
        var settings = options.Authentication;
        _botFrameworkIssuer = settings.BotFrameworkIssuer;
        _v1Prefix = settings.EntraV1IssuerHost.TrimEnd('/') + "/";
        _v2Prefix = settings.EntraAuthorityHost.TrimEnd('/') + "/";
        _tenants = [.. settings.BotServiceTenantIds.Select(Guid.Parse), .. options.AllowedTenantIds.Select(Guid.Parse)];
        if (!string.IsNullOrEmpty(options.TenantId))
        {
            _tenants.Add(Guid.Parse(options.TenantId));
        }
    }

    /// <summary>Returns the trusted issuer, or null with a short reason.</summary>
    public TokenIssuer? Classify(string? issuer, out string failure)
    {
        failure = string.Empty;
        if (string.IsNullOrEmpty(issuer))
        {
            failure = "token has no issuer";
            return null;
        }

        if (string.Equals(issuer, _botFrameworkIssuer, StringComparison.Ordinal))
        {
            return new TokenIssuer(issuer, IsBotFramework: true, TenantId: null);
        }

        var tenant = TenantSegment(issuer, _v1Prefix, "/") ?? TenantSegment(issuer, _v2Prefix, "/v2.0");
        if (tenant is null)
        {
            failure = "issuer not trusted";
            return null;
        }

        if (!_tenants.Contains(tenant.Value))
        {
            failure = "issuer tenant not allowed";
            return null;
        }

        return new TokenIssuer(issuer, IsBotFramework: false, tenant);
    }

    // Entra issuers are exactly {prefix}{tenant guid}{suffix}; anything else (extra path, query, other host) is refused.
    private static Guid? TenantSegment(string issuer, string prefix, string suffix)
    {
        if (!issuer.StartsWith(prefix, StringComparison.Ordinal) || !issuer.EndsWith(suffix, StringComparison.Ordinal)
            || issuer.Length <= prefix.Length + suffix.Length)
        {
            return null;
        }

        var segment = issuer.AsSpan(prefix.Length, issuer.Length - prefix.Length - suffix.Length);
        return Guid.TryParseExact(segment, "D", out var tenant) ? tenant : null;
    }
}
