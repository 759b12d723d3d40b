using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Tests.Authentication;

/// <summary>Real signed tokens shaped like the ones the Bot Framework channel service and Entra send.</summary>
public static class TestTokens
{
    public const string AppId = "7c1a3e55-2b1f-4c7e-9a50-0d6f8e2b4a11";
    public const string ClinicTenantId = "3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    public const string OtherTenantId = "9e8d7c6b-5a49-4837-a261-5f4e3d2c1b0a";
    public const string BotServiceTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/";
    public const string Channel = "msteams";

    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static string Create(
        SigningCredentials credentials,
        DateTimeOffset now,
        string issuer = BotFrameworkIssuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        string? tenantId = null,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddMinutes(59)).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    public static string Bearer(string token) => $"Bearer {token}";

    /// <summary>Replaces the payload of a signed token, keeping its header and signature.</summary>
    public static string WithPayload(string token, string payloadJson)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payloadJson))}.{parts[2]}";
    }

    public static string DecodePayload(string token) =>
        Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1]));

    /// <summary>An unsigned token: header <c>alg: none</c> and an empty signature.</summary>
    public static string Unsigned(string signedToken, string keyId)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{keyId}}"}"""));
        return $"{header}.{signedToken.Split('.')[1]}.";
    }
}
