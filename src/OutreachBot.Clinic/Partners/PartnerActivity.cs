namespace OutreachBot.Clinic.Partners;

/// <summary>
/// One entry in a partner's history: who did what, when. <see cref="Key"/> makes recording idempotent (the same key
/// recorded twice is one entry); <see cref="ThreadKey"/> ties an email to the replies that answer it.
/// </summary>
public sealed record PartnerActivity(
    string PartnerId,
    PartnerActivityKind Kind,
    DateTimeOffset At,
    string By,
    string Key,
    string? Note = null,
    string? ThreadKey = null);
