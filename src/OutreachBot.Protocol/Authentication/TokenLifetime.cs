using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Authentication;

/// <summary>
/// Lifetime check against the injected <see cref="TimeProvider"/> (token validation parameters in this
/// IdentityModel version offer no public clock hook), throwing the same exceptions the built-in check does.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider timeProvider, TimeSpan clockSkew) =>
        (notBefore, expires, _, _) =>
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            if (expires is null)
            {
                throw new SecurityTokenNoExpirationException("The token has no expiry.");
            }

            if (notBefore is { } nbf && nbf > now.Add(clockSkew))
            {
                throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = nbf };
            }

            if (expires.Value < now.Subtract(clockSkew))
            {
                throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
            }

            return true;
        };
}
