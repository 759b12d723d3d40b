using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OutreachBot.Clinic;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// What makes two messages the same referral when they share no Message-ID (a Teams message has none): the same
/// referrer (email, else name), the same patient initials, received on the same day in the clinic. Null when the
/// message does not say enough to tell (no referrer or no patient initials): then nothing is matched on content.
/// </summary>
public static class ContentKey
{
    public static string? For(Referrer? referrer, string? patientInitials, DateTimeOffset receivedAt, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(clinicZone);
        var who = Normalise(referrer?.Email) ?? Normalise(referrer?.Name);
        var patient = Normalise(patientInitials);
        if (who is null || patient is null)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, clinicZone).DateTime);
        var text = string.Join('\n', who, patient, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }

    // Case, spaces and punctuation do not tell referrers or initials apart ("Dr. R. Delgado" = "dr r delgado").
    private static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '@')
            {
                kept.Append(c);
            }
        }

        return kept.Length == 0 ? null : kept.ToString();
    }
}
