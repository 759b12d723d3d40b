using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace OutreachBot.Host.Partners;

/// <summary>
/// One way to find a partner (partition = the kind of key, row = the key): a normalised organisation name, a work email
/// domain, phone digits, or the SHA-256 of an outgoing email's Message-ID. Added once, never moved: the first partner
/// to claim a key keeps it.
/// </summary>
public sealed class PartnerKeyRow : ITableEntity
{
    public const string Name = "name";
    public const string Domain = "domain";
    public const string Phone = "phone";
    public const string Thread = "thread";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string PartnerId { get; set; } = string.Empty;

    /// <summary>A Message-ID as a row key: hashed, as ids hold characters keys may not (/, #, ?).</summary>
    public static string ThreadRowKey(string threadKey)
    {
        ArgumentNullException.ThrowIfNull(threadKey);
        var id = threadKey.Trim().Trim('<', '>').Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }
}
