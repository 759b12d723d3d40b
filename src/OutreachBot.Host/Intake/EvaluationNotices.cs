using System.Globalization;
using Microsoft.Extensions.Options;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Intake;

/// <summary>
/// Tells the referrer (the family, for a self-referral) by email that the evaluation is booked, once per booked time.
/// When the family asked to be phoned or texted, the front desk does it: the task is on the channel card instead.
/// </summary>
public sealed partial class EvaluationNotices(IReferrerMail mail, IOptions<ClinicOptions> clinic, ILogger<EvaluationNotices> logger)
{
    public async Task TellAsync(Referral referral, PatientDetails? patient, string clinicianName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Evaluation is not { } evaluation || EvaluationNotice.For(referral, patient) is not { EmailTo: { } to })
        {
            return;
        }

        var letter = Letter(referral, evaluation, to, clinicianName, clinic.Value);
        var outcome = await mail.SendOnceAsync(letter, cancellationToken);
        LogTold(logger, referral.Id, outcome);
    }

    /// <summary>The letter: minimum necessary (initials, the time, the clinician), in the referral's thread.</summary>
    public static ReferrerLetter Letter(Referral referral, ScheduledEvaluation evaluation, string to, string clinicianName, ClinicOptions clinic)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(clinic);
        var start = TimeZoneInfo.ConvertTime(evaluation.Start, clinic.Zone);
        var when = start.ToString("dddd d MMMM yyyy 'at' h:mm tt", CultureInfo.InvariantCulture);
        var family = referral.Referrer.Role == ReferrerRole.Family;
        var greeting = string.IsNullOrWhiteSpace(referral.Referrer.Name) ? (family ? "Hello" : "Dear colleague") : $"Dear {referral.Referrer.Name}";
        var body = family
            ? $"{greeting},\n\nThe occupational therapy evaluation is booked for {when} with {clinicianName}. "
              + "Please bring the patient's insurance card and any recent medical reports. If the time does not suit, reply to this email or call us.\n\n"
            : $"{greeting},\n\nThank you for your referral of {referral.PatientInitials ?? "your patient"}. The occupational therapy evaluation is booked for "
              + $"{when} with {clinicianName}. We will send our evaluation summary afterwards.\n\n";
        return new ReferrerLetter(
            referral.Id,
            $"evaluation-scheduled-{evaluation.Start.ToUniversalTime().ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}",
            to,
            $"Evaluation booked - referral {referral.Id}",
            body + $"{clinic.Name}\nReferral {referral.Id}",
            referral.SourceMessageId);
    }

    [LoggerMessage(EventId = 3211, Level = LogLevel.Information, Message = "Evaluation notice for referral {ReferralId}: {Outcome}")]
    private static partial void LogTold(ILogger logger, string referralId, LetterOutcome outcome);
}
