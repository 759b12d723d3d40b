namespace OutreachBot.Clinic.Partners;

/// <summary>What happened with a partner; each is one row of the partner's history.</summary>
public enum PartnerActivityKind
{
    Added,
    Edited,
    Contacted,
    MaterialsSent,
    FollowUpSent,
    UpdateSent,
    ReplyReceived,
    CallOrVisitScheduled,
    OutcomeLogged,
    FeedbackRecorded,
    OptedIn,
    OptedOut,
    EmailBounced,
    Referred,
}
