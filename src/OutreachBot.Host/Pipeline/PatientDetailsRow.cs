using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Host.Pipeline;

/// <summary>
/// The patient's details as the referral message gave them (row <c>patient</c> of the referral's partition), for the
/// assigned clinician's 1:1 intake card only.
/// </summary>
/// <remarks>
/// Why a row of its own, written with the referral, rather than re-reading the message when the card is drawn: the
/// message may be gone by then (an .eml moved or cleaned out of <c>processed/</c>, a Graph message moved or deleted,
/// or Mail.Read revoked), the detector may have changed since, and a card drawn on a Teams refresh must be quick. The
/// referral row (read by every channel card, the summaries and the poster) keeps initials and age only, so no code
/// path that draws a channel card ever loads these details; this row is read only by the intake card.
/// </remarks>
public sealed class PatientDetailsRow : ITableEntity
{
    public const string RowKeyValue = "patient";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = RowKeyValue;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Name { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Phone { get; set; }
    public string? Concern { get; set; }
    public string? Insurance { get; set; }
    public string Icd10CodesJson { get; set; } = "[]";
    public string? PreferredContact { get; set; }
    public bool OrderAttached { get; set; }

    public static PatientDetailsRow From(string referralId, PatientDetails patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new PatientDetailsRow
        {
            PartitionKey = referralId,
            Name = patient.Name,
            DateOfBirth = patient.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Phone = patient.Phone,
            Concern = patient.Concern,
            Insurance = patient.Insurance,
            Icd10CodesJson = JsonSerializer.Serialize(patient.Icd10Codes),
            PreferredContact = patient.PreferredContact?.ToString(),
            OrderAttached = patient.OrderAttached,
        };
    }

    public PatientDetails ToDetails() => new(
        Name,
        DateOnly.TryParseExact(DateOfBirth, "yyyy-MM-dd", out var dob) ? dob : null,
        Phone,
        Concern,
        Insurance,
        JsonSerializer.Deserialize<List<string>>(Icd10CodesJson) ?? [],
        Enum.TryParse<PreferredContact>(PreferredContact, out var contact) ? contact : null,
        OrderAttached);
}
