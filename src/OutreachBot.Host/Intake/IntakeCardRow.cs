using Azure;
using Azure.Data.Tables;

namespace OutreachBot.Host.Intake;

/// <summary>
/// Where the clinician's intake card for one assignment was posted (row <c>intake-card-{assignment ms}</c> of the
/// referral's partition), so it can be updated; added as a claim before posting, so a retried assignment never
/// posts it twice.
/// </summary>
public sealed class IntakeCardRow : ITableEntity
{
    public const string RowKeyPrefix = "intake-card-";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ClinicianId { get; set; } = string.Empty;
    public DateTimeOffset ClaimedAt { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }

    public static string KeyFor(DateTimeOffset assignment) => $"{RowKeyPrefix}{assignment.ToUnixTimeMilliseconds():D15}";
}
