using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// The bot's identity and the tenants whose tokens it accepts, bound from the <c>Bot</c> configuration section.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot";

    /// <summary>
    /// The bot's Entra application (client) id, a GUID. Inbound tokens must carry it, or <c>api://{AppId}</c>, as audience.
    /// </summary>
    [Required]
    public string AppId { get; set; } = string.Empty;

    /// <summary>
    /// The clinic's Entra tenant id. Entra v1 and v2 issuers for this tenant are accepted when the token's
    /// <c>tid</c> claim names the same tenant.
    /// </summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Further tenants whose Entra issuers are accepted (with a matching <c>tid</c>), and which the activity's
    /// channel data tenant may name. Empty means only <see cref="TenantId"/>; <see cref="TenantId"/> is always allowed.
    /// </summary>
    public IList<string> AllowedTenantIds { get; set; } = [];

    /// <summary>Token validation settings, bound from <c>Bot:Authentication</c>.</summary>
    public AuthenticationSettings Authentication { get; set; } = new();
}
