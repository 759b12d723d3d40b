using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Referrers;

namespace OutreachBot.Host.Partners;

/// <summary>A partner as a table row (partition = partner id, row = <c>partner</c>); its people as JSON.</summary>
public sealed class PartnerRecordRow : ITableEntity
{
    public const string RowKeyValue = "partner";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = RowKeyValue;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Organization { get; set; } = string.Empty;
    public string Setting { get; set; } = nameof(PartnerSetting.Other);
    public string Pathways { get; set; } = string.Empty;
    public string Stage { get; set; } = nameof(OutreachStage.Identified);
    public string PreferredChannel { get; set; } = nameof(PartnerChannel.Email);
    public string PeopleJson { get; set; } = "[]";
    public int Referrals { get; set; }
    public int EvaluationsCompleted { get; set; }
    public DateTimeOffset? FirstReferralAt { get; set; }
    public DateTimeOffset? LastReferralAt { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset? LastContactAt { get; set; }
    public bool UpdatesOptedIn { get; set; }
    public string? Feedback { get; set; }
    public string UpdatePreference { get; set; } = nameof(ReferrerUpdatePreference.Every);

    public static PartnerRecordRow From(Partner partner, ETag etag = default) => new()
    {
        PartitionKey = partner.Id,
        ETag = etag,
        Organization = partner.Organization,
        Setting = partner.Setting.ToString(),
        Pathways = string.Join(',', partner.Pathways.Distinct()),
        Stage = partner.Stage.ToString(),
        PreferredChannel = partner.PreferredChannel.ToString(),
        PeopleJson = JsonSerializer.Serialize(partner.People, Json),
        Referrals = partner.Referrals.Referrals,
        EvaluationsCompleted = partner.Referrals.EvaluationsCompleted,
        FirstReferralAt = partner.Referrals.FirstReferralAt,
        LastReferralAt = partner.Referrals.LastReferralAt,
        AddedAt = partner.AddedAt,
        LastContactAt = partner.LastContactAt,
        UpdatesOptedIn = partner.UpdatesOptedIn,
        Feedback = partner.Feedback,
        UpdatePreference = partner.UpdatePreference.ToString(),
    };

    public Partner ToPartner() => new(
        PartitionKey,
        Organization,
        Parse(Setting, PartnerSetting.Other),
        [.. Pathways.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => Enum.TryParse<Pathway>(p, out var x) ? (Pathway?)x : null).OfType<Pathway>()],
        Parse(Stage, OutreachStage.Identified),
        Parse(PreferredChannel, PartnerChannel.Email),
        JsonSerializer.Deserialize<List<PartnerPerson>>(PeopleJson, Json) ?? [],
        new PartnerReferralFigures(Referrals, EvaluationsCompleted, FirstReferralAt, LastReferralAt),
        AddedAt,
        LastContactAt,
        UpdatesOptedIn,
        Feedback,
        Parse(UpdatePreference, ReferrerUpdatePreference.Every));

    private static T Parse<T>(string value, T fallback)
        where T : struct, Enum => Enum.TryParse<T>(value, out var parsed) ? parsed : fallback;
}
