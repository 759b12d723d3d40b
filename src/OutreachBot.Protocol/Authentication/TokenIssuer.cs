namespace OutreachBot.Protocol.Authentication;

/// <summary>A token issuer the bot trusts, and the tenant an Entra issuer names.</summary>
/// <param name="Issuer">The exact issuer string, used as the only valid issuer when validating.</param>
/// <param name="IsBotFramework">True for the Bot Framework issuer (keys carry endorsements); false for Entra.</param>
/// <param name="TenantId">The tenant named by an Entra issuer; the token's <c>tid</c> must match it.</param>
internal sealed record TokenIssuer(string Issuer, bool IsBotFramework, Guid? TenantId);
