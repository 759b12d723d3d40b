using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Summaries;

namespace OutreachBot.Host.Referrers;

/// <summary>
/// A referring partner's outcomes (row <c>outcome</c>) in the partner's partition of the Partners table, beside one
/// row per referral it sent (<c>r-{referral id}</c>) that records what has been counted, so nothing counts twice.
/// </summary>
public sealed class PartnerRow : ITableEntity
{
    public const string OutcomeRowKey = "outcome";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = OutcomeRowKey;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Organization { get; set; } = string.Empty;
    public string? Contact { get; set; }
    public string? ContactEmail { get; set; }
    public string? ReferrerRole { get; set; }
    public int ReferralsSent { get; set; }
    public int EvaluationsCompleted { get; set; }
    public DateTimeOffset FirstReferralAt { get; set; }
    public DateTimeOffset LastReferralAt { get; set; }

    /// <summary>Which updates the partner wants (<see cref="Clinic.Referrers.ReferrerUpdatePreference"/>); every update unless they said otherwise.</summary>
    public string UpdatePreference { get; set; } = nameof(Clinic.Referrers.ReferrerUpdatePreference.Every);

    public PartnerOutcome ToOutcome() => new(Organization, Contact, ReferralsSent, EvaluationsCompleted, FirstReferralAt, LastReferralAt);
}

/// <summary>What has been counted for one referral in its partner's outcomes.</summary>
public sealed class PartnerReferralRow : ITableEntity
{
    public const string RowKeyPrefix = "r-";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public bool Referred { get; set; }
    public bool Evaluated { get; set; }
}
