using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Tests.Authentication;

/// <summary>An RSA key generated for a test, publishable as a JWK with Bot Framework endorsements.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public SigningCredentials Credentials =>
        new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>The public key bytes an attacker could use as an HMAC secret.</summary>
    public byte[] PublicKeyBytes => _rsa.ExportRSAPublicKey();

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]),
        };
    }

    public void Dispose() => _rsa.Dispose();
}
