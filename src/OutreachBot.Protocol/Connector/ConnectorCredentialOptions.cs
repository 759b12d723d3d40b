namespace OutreachBot.Protocol.Connector;

/// <summary>The bot's own credentials for outbound calls, from the <c>Bot</c> section.</summary>
public sealed class ConnectorCredentialOptions
{
    /// <summary>The bot's Entra app id.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The clinic's tenant, for a single-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary>A client secret (from Key Vault or user-secrets, never from a file in the repository).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Use the user-assigned managed identity whose client id is <see cref="AppId"/> (an Azure Bot of type
    /// UserAssignedMSI) instead of a client secret.
    /// </summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>The token authority: the clinic's tenant for a single-tenant bot, else the Bot Framework tenant.</summary>
    public string Authority => $"https://login.microsoftonline.com/{(string.IsNullOrEmpty(TenantId) ? "botframework.com" : TenantId)}";
}
