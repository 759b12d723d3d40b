using System.Net.Mail;

namespace OutreachBot.Clinic.Partners;

/// <summary>Whether text is one plain email address (name@domain.tld), as a partner's contact must be.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsWhiteSpace) || text.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(text, out var address)
            && address.Address == text
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
    }
}
