using Microsoft.IdentityModel.Tokens;

namespace OutreachBot.Protocol.Authentication;

/// <summary>One fetch of an issuer's signing keys, with each key's channel endorsements (Bot Framework keys only).</summary>
internal sealed class SigningMetadata(IList<SecurityKey> signingKeys, IReadOnlyDictionary<string, HashSet<string>> endorsements)
{
    public IList<SecurityKey> SigningKeys { get; } = signingKeys;

    public bool HasKey(string? keyId) =>
        !string.IsNullOrEmpty(keyId) && SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    public bool IsEndorsed(string? keyId, string channelId) =>
        !string.IsNullOrEmpty(keyId) && !string.IsNullOrEmpty(channelId)
        && endorsements.TryGetValue(keyId, out var channels) && channels.Contains(channelId);
}
