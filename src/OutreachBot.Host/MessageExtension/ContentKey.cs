using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OutreachBot.Clinic;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// What makes two messages the same referral when they share no Message-ID (a Teams message has none): the same
/// referrer (email, else name), the same patient initials, received on the same day in the clinic. Null when the
/// message does not say enough to tell (no referrer or no patient initials): then nothing is matched on content.
/// A referral has up to two keys, by the referrer's email and by their name, because an email's sender address may
/// be missing from the same text pasted or forwarded into Teams; two referrals are the same when any key matches.
/// </summary>
public static class ContentKey
{
    public static IReadOnlyList<string> For(Referrer? referrer, string? patientInitials, DateTimeOffset receivedAt, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(clinicZone);
        var patient = Normalise(patientInitials);
        if (patient is null)
        {
            return [];
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, clinicZone).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. new[] { ("email", Normalise(referrer?.Email)), ("name", Normalise(referrer?.Name)) }
            .Where(w => w.Item2 is not null)
            .Select(w => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', w.Item1, w.Item2, patient, day))), 0, 16))];
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
