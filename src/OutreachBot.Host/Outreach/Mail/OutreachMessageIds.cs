using System.Security.Cryptography;
using System.Text;

namespace OutreachBot.Host.Outreach.Mail;

/// <summary>
/// The Internet Message-ID of an outreach email, made from its key, so a retry carries the same id and a reply in its
/// thread (In-Reply-To, References) finds the partner it was sent to.
/// </summary>
public static class OutreachMessageIds
{
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24].ToLowerInvariant();

    /// <summary><c>&lt;outreach-{hash}@{domain of the sender}&gt;</c>.</summary>
    public static string For(string key, string fromAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(fromAddress);
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "outreachbot.local";
        return $"<outreach-{Hash(key)}@{domain}>";
    }
}
