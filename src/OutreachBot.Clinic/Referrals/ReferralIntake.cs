using System.Text.RegularExpressions;
using OutreachBot.Clinic.Detection;
using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Referrals;

/// <summary>Turns a detected referral into a pipeline entry: the referral and its first event.</summary>
public static class ReferralIntake
{
    /// <summary>The referral a message makes, or null when the detector found no new referral in it.</summary>
    public static (Referral Referral, PipelineEvent Received)? FromMessage(IncomingMessage message, ReferralDetection detection)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(detection);
        if (!detection.IsNewReferral)
        {
            return null;
        }

        var referral = new Referral
        {
            Id = ReferralId.ForMessage(message.MessageId),
            SourceMessageId = message.MessageId,
            ReceivedAt = message.ReceivedAt,
            Pathway = detection.Pathway,
            Urgency = detection.Urgency ?? Urgency.Routine,
            Referrer = detection.Referrer,
            PatientInitials = detection.Patient.Initials,
            // The calendar date the message was sent on, as its sender wrote it; the UTC date is a day ahead on US evenings.
            PatientAge = detection.Patient.AgeOn(DateOnly.FromDateTime(message.ReceivedAt.DateTime)),
            Signals = WithoutPatientName(detection.Signals, detection.Patient.Name),
            Confidence = detection.Confidence,
            MissingItems = detection.MissingItems,
        };
        return (referral, new PipelineEvent(referral.Id, PipelineEventKind.Received, PipelineStage.Received, null, message.ReceivedAt));
    }

    // Signals quote the message ("order attached: Marsh_G_OT_order_signed.pdf"), and a referral keeps the patient only
    // as initials: the words of the patient's name are masked wherever a signal repeats them.
    private static IReadOnlyList<string> WithoutPatientName(IReadOnlyList<string> signals, string? patientName)
    {
        var words = (patientName ?? string.Empty)
            .Split([' ', '\t', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1)
            .Select(Regex.Escape)
            .ToList();
        if (words.Count == 0)
        {
            return signals;
        }

        var name = new Regex($@"(?<!\p{{L}})(?:{string.Join('|', words)})(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return [.. signals.Select(s => name.Replace(s, "[patient]"))];
    }
}
