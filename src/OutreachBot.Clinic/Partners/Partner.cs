using OutreachBot.Clinic.Referrers;

namespace OutreachBot.Clinic.Partners;

/// <summary>
/// A referral partner: an organisation (a practice, school district, hospital, therapy clinic) and its people, as the
/// clinic's outreach sees it. <see cref="Id"/> is stable across spelling variants of the organisation's name.
/// No patient data lives here. <see cref="UpdatePreference"/> is which updates about its referrals it wants.
/// </summary>
public sealed record Partner(
    string Id,
    string Organization,
    PartnerSetting Setting,
    IReadOnlyList<Pathway> Pathways,
    OutreachStage Stage,
    PartnerChannel PreferredChannel,
    IReadOnlyList<PartnerPerson> People,
    PartnerReferralFigures Referrals,
    DateTimeOffset AddedAt,
    DateTimeOffset? LastContactAt = null,
    bool UpdatesOptedIn = false,
    string? Feedback = null,
    ReferrerUpdatePreference UpdatePreference = ReferrerUpdatePreference.Every);
