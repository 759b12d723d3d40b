using System.Globalization;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Clinic.Referrers;

namespace OutreachBot.Host.Partners;

/// <summary>How partner facts read on cards, in the clinic's words.</summary>
public static class PartnerText
{
    public static string Setting(PartnerSetting setting) => setting switch
    {
        PartnerSetting.PhysicianOffice => "Physician office",
        PartnerSetting.Hospital => "Hospital",
        PartnerSetting.School => "School",
        PartnerSetting.OutpatientTherapy => "Outpatient therapy",
        PartnerSetting.Community => "Community",
        _ => "Other",
    };

    public static string Stage(OutreachStage stage) => stage switch
    {
        OutreachStage.Identified => "Identified",
        OutreachStage.Contacted => "Contacted",
        OutreachStage.MaterialsSent => "Materials sent",
        OutreachStage.FirstReferral => "First referral",
        OutreachStage.Active => "Active",
        _ => "Lapsed",
    };

    public static string Channel(PartnerChannel channel) => channel.ToString();

    public static string Preference(ReferrerUpdatePreference preference) => preference switch
    {
        ReferrerUpdatePreference.Every => "Every update",
        ReferrerUpdatePreference.EvaluationOnly => "After the evaluation only",
        _ => "No updates",
    };

    public static string Role(ReferrerRole role) => role switch
    {
        ReferrerRole.CaseManager => "Case manager",
        ReferrerRole.PhysicalTherapist => "Physical therapist",
        ReferrerRole.SpeechLanguagePathologist => "Speech-language pathologist",
        ReferrerRole.SocialWorker => "Social worker",
        ReferrerRole.School => "School staff",
        _ => role.ToString(),
    };

    public static string Activity(PartnerActivityKind kind) => kind switch
    {
        PartnerActivityKind.MaterialsSent => "Materials sent",
        PartnerActivityKind.FollowUpSent => "Follow-up sent",
        PartnerActivityKind.UpdateSent => "Update sent",
        PartnerActivityKind.ReplyReceived => "Reply received",
        PartnerActivityKind.CallOrVisitScheduled => "Call or visit scheduled",
        PartnerActivityKind.OutcomeLogged => "Outcome logged",
        PartnerActivityKind.FeedbackRecorded => "Feedback recorded",
        PartnerActivityKind.OptedIn => "Opted in to updates",
        PartnerActivityKind.OptedOut => "Opted out of updates",
        PartnerActivityKind.EmailBounced => "Email bounced",
        _ => kind.ToString(),
    };

    public static string Date(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d, yyyy", CultureInfo.InvariantCulture) : "never";

    public static string Figures(PartnerReferralFigures figures, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Referrals == 0
            ? "none yet"
            : string.Create(CultureInfo.InvariantCulture, $"{figures.Referrals} sent · {figures.EvaluationsCompleted} evaluated ({Summaries.SummaryText.Percent(figures.Conversion ?? 0)}) · last {Date(figures.LastReferralAt, zone)}");
    }
}
