using System.Security.Cryptography;
using System.Text;

namespace OutreachBot.Clinic.Referrals;

/// <summary>
/// Referral ids come from the message they arrived in, so processing the same message twice (a restart, the same
/// file dropped twice) lands on the same referral instead of making a second one.
/// </summary>
public static class ReferralId
{
    /// <summary>A short id staff can read out: <c>R-</c> and ten hex digits of the message id's SHA-256.</summary>
    public static string ForMessage(string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(messageId));
        return "R-" + Convert.ToHexString(hash, 0, 5);
    }
}
