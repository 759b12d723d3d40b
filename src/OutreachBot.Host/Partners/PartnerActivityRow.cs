using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

/// <summary>
/// One entry of a partner's history (partition = partner id, row = <c>a-</c> + the hash of the activity's key): added,
/// never changed, so recording the same key twice is one entry. No patient data: notes are about the relationship.
/// </summary>
public sealed class PartnerActivityRow : ITableEntity
{
    public const string RowKeyPrefix = "a-";

    /// <summary>The first row key after every history row (<c>'-'</c> + 1).</summary>
    public const string RowKeyEnd = "a.";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;
    public string? Note { get; set; }
    public string? ThreadKey { get; set; }

    public static string RowKeyFor(string key) =>
        RowKeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];

    public static PartnerActivityRow From(PartnerActivity activity) => new()
    {
        PartitionKey = activity.PartnerId,
        RowKey = RowKeyFor(activity.Key),
        Kind = activity.Kind.ToString(),
        At = activity.At,
        By = activity.By,
        Key = activity.Key,
        Note = activity.Note,
        ThreadKey = activity.ThreadKey,
    };

    public PartnerActivity ToActivity() => new(
        PartitionKey,
        Enum.TryParse<PartnerActivityKind>(Kind, out var kind) ? kind : PartnerActivityKind.Edited,
        At,
        By,
        Key,
        Note,
        ThreadKey);
}
