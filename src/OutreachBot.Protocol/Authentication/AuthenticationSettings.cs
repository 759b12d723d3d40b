namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// How inbound Bot Framework and Entra tokens are validated, bound from <c>Bot:Authentication</c>.
/// The defaults are the public-cloud values from the Bot Connector authentication spec.
/// </summary>
public sealed class AuthenticationSettings
{
    /// <summary>
    /// Turns inbound token validation off. Honoured only in the Development environment; anywhere else the host
    /// refuses to start. A warning is logged at start while it is on.
    /// </summary>
    public bool Disabled { get; set; }

    /// <summary>The Bot Framework OpenID metadata document; its <c>jwks_uri</c> lists keys with endorsements.</summary>
    public string BotFrameworkMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra OpenID metadata document used for tokens issued by Entra v1 and v2 issuers.</summary>
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of tokens signed by the Bot Framework channel service.</summary>
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The Entra authority host; the v2 issuer for a tenant is <c>{host}/{tid}/v2.0</c>.</summary>
    public string EntraAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The Entra v1 token service host; the v1 issuer for a tenant is <c>{host}/{tid}/</c>.</summary>
    public string EntraV1IssuerHost { get; set; } = "https://sts.windows.net";

    /// <summary>
    /// The Bot Service tenants whose Entra issuers are accepted. Values from configuration are added to the defaults
    /// (configuration binding appends to a list).
    /// </summary>
    public IList<string> BotServiceTenantIds { get; set; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Tolerance applied to the token's <c>nbf</c> and <c>exp</c>. At most 10 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether metadata and key documents must be fetched over HTTPS. Only tests turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// How often cached metadata and keys are refetched even when nothing asks for it. Between 5 minutes and
    /// 24 hours (the spec requires a refresh at least daily).
    /// </summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two refreshes triggered by a token signed with an unknown key id, so that forged
    /// key ids cannot make the bot hammer the metadata endpoint. At least 1 second.
    /// </summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a request signed with an unknown key id waits for the refreshed keys.</summary>
    public TimeSpan KeyRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
