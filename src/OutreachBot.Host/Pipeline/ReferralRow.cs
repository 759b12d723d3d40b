using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Pipeline;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.Pipeline;

/// <summary>
/// A referral as a table row (partition = referral id, row = <c>referral-</c> and the id again), with where its triage
/// card was posted. Holds the patient only as initials and age. The row key repeats the id so that no two referrals
/// share one: Azure Tables reads by partition and row either way, but Azurite (the local and test store) finds a row
/// by its row key first, and a row key that every referral shared made each write there cost in proportion to the
/// referrals already stored (a 100,000-referral history took hours to write).
/// </summary>
public sealed partial class ReferralRow : ITableEntity
{
    /// <summary>What every referral row's key starts with: the state rows are the row keys in [Prefix, PrefixEnd).</summary>
    public const string RowKeyPrefix = "referral-";

    /// <summary>The first row key after every <see cref="RowKeyPrefix"/> key ('.' follows '-').</summary>
    public const string RowKeyPrefixEnd = "referral.";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = RowKeyPrefix;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? SourceMessageId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string? Pathway { get; set; }
    public string Urgency { get; set; } = nameof(Clinic.Urgency.Routine);
    public string? ReferrerName { get; set; }
    public string? ReferrerOrganization { get; set; }
    public string? ReferrerRole { get; set; }
    public string? ReferrerPhone { get; set; }
    public string? ReferrerFax { get; set; }
    public string? ReferrerEmail { get; set; }
    public string? PatientInitials { get; set; }
    public int? PatientAge { get; set; }
    public string SignalsJson { get; set; } = "[]";
    public double Confidence { get; set; }
    public string MissingItemsJson { get; set; } = "[]";
    public string Stage { get; set; } = nameof(PipelineStage.Received);
    public string? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public int InfoRequests { get; set; }
    public DateTimeOffset? InfoRequestedAt { get; set; }
    public string? DeclineReason { get; set; }
    public string? DeclineNote { get; set; }
    public string? MergedInto { get; set; }
    public string MergedDuplicatesJson { get; set; } = "[]";
    public DateTimeOffset? ConfirmationSentAt { get; set; }

    /// <summary>Whether a receipt confirmation is still to be sent: open, with a referrer's email (a queryable flag).</summary>
    public bool ConfirmationPending { get; set; }

    /// <summary>The conversation the triage card was posted in; null until it is posted.</summary>
    public string? CardConversationId { get; set; }

    /// <summary>The card's message id, for updates.</summary>
    public string? CardActivityId { get; set; }

    /// <summary>The service URL the card was posted through.</summary>
    public string? CardServiceUrl { get; set; }

    /// <summary>Whether the triage card has been posted (a queryable flag: Tables cannot filter on a missing property).</summary>
    public bool CardPosted { get; set; }

    /// <summary>Set when an instance starts posting the card, so two instances do not both post it.</summary>
    public DateTimeOffset? CardPostingSince { get; set; }

    public static ReferralRow From(Referral referral) =>
        new ReferralRow { PartitionKey = referral.Id, RowKey = RowKeyFor(referral.Id) }.With(referral);

    /// <summary>The row key of a referral's state row.</summary>
    public static string RowKeyFor(string referralId) => RowKeyPrefix + referralId;

    /// <summary>Copies the referral's state onto this row, keeping its keys, ETag and card fields.</summary>
    public ReferralRow With(Referral referral)
    {
        SourceMessageId = referral.SourceMessageId;
        ReceivedAt = referral.ReceivedAt;
        Pathway = referral.Pathway?.ToString();
        Urgency = referral.Urgency.ToString();
        ReferrerName = referral.Referrer.Name;
        ReferrerOrganization = referral.Referrer.Organization;
        ReferrerRole = referral.Referrer.Role?.ToString();
        ReferrerPhone = referral.Referrer.Phone;
        ReferrerFax = referral.Referrer.Fax;
        ReferrerEmail = referral.Referrer.Email;
        PatientInitials = referral.PatientInitials;
        PatientAge = referral.PatientAge;
        SignalsJson = JsonSerializer.Serialize(referral.Signals);
        Confidence = referral.Confidence;
        MissingItemsJson = JsonSerializer.Serialize(referral.MissingItems);
        Stage = referral.Stage.ToString();
        CopyClinicianIntake(referral);
        AssignedToId = referral.AssignedTo?.Id;
        AssignedToName = referral.AssignedTo?.Name;
        AssignedAt = referral.AssignedAt;
        InfoRequests = referral.InfoRequests;
        InfoRequestedAt = referral.InfoRequestedAt;
        DeclineReason = referral.DeclineReason;
        DeclineNote = referral.DeclineNote;
        MergedInto = referral.MergedInto;
        MergedDuplicatesJson = JsonSerializer.Serialize(referral.MergedDuplicates);
        ConfirmationSentAt = referral.ConfirmationSentAt;
        ConfirmationPending = referral.ConfirmationSentAt is null && referral.IsOpen && referral.Referrer.Email is not null;
        return this;
    }

    public Referral ToReferral() => new()
    {
        Id = PartitionKey,
        SourceMessageId = SourceMessageId,
        ReceivedAt = ReceivedAt,
        Pathway = Enum.TryParse<Pathway>(Pathway, out var pathway) ? pathway : null,
        Urgency = Enum.TryParse<Urgency>(Urgency, out var urgency) ? urgency : Clinic.Urgency.Routine,
        Referrer = new Referrer(ReferrerName, ReferrerOrganization,
            Enum.TryParse<ReferrerRole>(ReferrerRole, out var role) ? role : null, ReferrerPhone, ReferrerFax, ReferrerEmail),
        PatientInitials = PatientInitials,
        PatientAge = PatientAge,
        Signals = JsonSerializer.Deserialize<List<string>>(SignalsJson) ?? [],
        Confidence = Confidence,
        MissingItems = JsonSerializer.Deserialize<List<string>>(MissingItemsJson) ?? [],
        Stage = Enum.TryParse<PipelineStage>(Stage, out var stage) ? stage : PipelineStage.Received,
        AcceptedAt = AcceptedAt,
        ReturnedToTriage = ReturnedToTriageValue(),
        Evaluation = EvaluationValue(),
        ContactAttempts = ContactAttempts,
        FamilyToBeTold = FamilyToBeToldValue(),
        AssignedTo = AssignedToId is null ? null : new StaffMember(AssignedToId, AssignedToName ?? AssignedToId),
        AssignedAt = AssignedAt,
        InfoRequests = InfoRequests,
        InfoRequestedAt = InfoRequestedAt,
        DeclineReason = DeclineReason,
        DeclineNote = DeclineNote,
        MergedInto = MergedInto,
        MergedDuplicates = JsonSerializer.Deserialize<List<string>>(MergedDuplicatesJson ?? "[]") ?? [],
        ConfirmationSentAt = ConfirmationSentAt,
    };
}
