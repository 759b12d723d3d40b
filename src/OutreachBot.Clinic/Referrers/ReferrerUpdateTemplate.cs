using System.Globalization;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Referrers;

/// <summary>
/// The short update a referrer gets after the evaluation and after goals are set: templated by the referrer's role and
/// holding the minimum necessary — the patient as initials and age, the date, the clinician, what comes next. No
/// diagnosis, findings or goals themselves: the plan of care travels through the clinic's usual secure channel.
/// </summary>
public static class ReferrerUpdateTemplate
{
    /// <summary>Whether <paramref name="preference"/> asks for updates of <paramref name="kind"/>.</summary>
    public static bool Wants(ReferrerUpdatePreference preference, ReferrerUpdateKind kind) => preference switch
    {
        ReferrerUpdatePreference.Every => true,
        ReferrerUpdatePreference.EvaluationOnly => kind == ReferrerUpdateKind.EvaluationCompleted,
        _ => false,
    };

    public static (string Subject, string Body) For(ReferrerUpdateKind kind, Referral referral, string clinicName, string clinicianName, DateTimeOffset at, TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var patient = referral.PatientInitials is { Length: > 0 } initials
            ? referral.PatientAge is { } age ? $"{initials} (age {age.ToString(CultureInfo.InvariantCulture)})" : initials
            : "the patient you referred";
        var date = TimeZoneInfo.ConvertTime(at, clinicZone).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var received = TimeZoneInfo.ConvertTime(referral.ReceivedAt, clinicZone).ToString("d MMMM", CultureInfo.InvariantCulture);
        var greeting = referral.Referrer.Name is { Length: > 0 } name ? $"Dear {name}," : "Hello,";
        var what = kind == ReferrerUpdateKind.EvaluationCompleted
            ? $"{Capitalized(patient)}, whom you referred on {received}, completed an occupational therapy evaluation with {clinicianName} on {date}."
            : $"Treatment goals for {patient}, whom you referred on {received}, were set with {clinicianName} on {date}, and therapy is under way.";
        var next = NextStep(referral.Referrer.Role, kind);
        var subject = kind == ReferrerUpdateKind.EvaluationCompleted
            ? $"Update from {clinicName}: evaluation completed"
            : $"Update from {clinicName}: treatment goals set";
        var body = $"{greeting}\n\n{what}\n\n{next}\n\nThank you for the referral.\n{clinicName}";
        return (subject, body);
    }

    private static string NextStep(ReferrerRole? role, ReferrerUpdateKind kind) => (role, kind) switch
    {
        (ReferrerRole.Pediatrician or ReferrerRole.Orthopedist or ReferrerRole.Neurologist or ReferrerRole.Physician, ReferrerUpdateKind.EvaluationCompleted) =>
            "The evaluation report and plan of care will follow through our usual secure channel for your review and signature.",
        (ReferrerRole.Pediatrician or ReferrerRole.Orthopedist or ReferrerRole.Neurologist or ReferrerRole.Physician, _) =>
            "The signed plan of care is on file; we will send a progress note at the next re-evaluation.",
        (ReferrerRole.School, _) =>
            "With the family's consent, we are glad to share recommendations for the classroom; reply to this message to arrange it.",
        (ReferrerRole.CaseManager or ReferrerRole.SocialWorker, _) =>
            "Please reply to this message if authorizations or services need to be coordinated.",
        (ReferrerRole.PhysicalTherapist or ReferrerRole.SpeechLanguagePathologist, _) =>
            "We are happy to coordinate care; reply to this message to reach the treating therapist.",
        _ => "Please reply to this message if you have questions.",
    };

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
