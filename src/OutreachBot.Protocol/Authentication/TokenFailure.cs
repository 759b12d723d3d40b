using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Authentication;

/// <summary>Turns a token validation exception into a short reason for logs, without token contents.</summary>
internal static class TokenFailure
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidLifetimeException => "token lifetime invalid",
        SecurityTokenInvalidAudienceException => "audience is not the bot's app id",
        SecurityTokenInvalidIssuerException => "issuer not trusted",
        SecurityTokenInvalidAlgorithmException => "token algorithm is not RS256",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found",
        SecurityTokenInvalidSignatureException => "signature invalid",
        SecurityTokenInvalidSigningKeyException => "signing key not valid",
        SecurityTokenMalformedException => "token is not a well-formed JWT",
        _ => "token invalid",
    };
}
