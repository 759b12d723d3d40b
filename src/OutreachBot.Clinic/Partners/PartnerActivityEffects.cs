namespace OutreachBot.Clinic.Partners;

/// <summary>
/// What an entry in the history does to the partner. Only changes that can be applied again harmlessly (the latest
/// contact, a stage moved forward), so replaying an activity changes nothing; opting in or out is a change of its own.
/// </summary>
public static class PartnerActivityEffects
{
    /// <summary>The partner after <paramref name="activity"/>; the same instance when it changes nothing.</summary>
    public static Partner After(Partner partner, PartnerActivity activity)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsContact(activity.Kind))
        {
            return partner;
        }

        var lastContact = partner.LastContactAt is { } last && last >= activity.At ? last : activity.At;
        var stage = partner.Stage;
        if (activity.Kind == PartnerActivityKind.MaterialsSent && stage is OutreachStage.Identified or OutreachStage.Contacted)
        {
            stage = OutreachStage.MaterialsSent;
        }
        else if (stage == OutreachStage.Identified)
        {
            stage = OutreachStage.Contacted;
        }

        return lastContact == partner.LastContactAt && stage == partner.Stage ? partner : partner with { LastContactAt = lastContact, Stage = stage };
    }

    /// <summary>Whether the activity is the clinic and the partner in touch (it counts as the last contact).</summary>
    public static bool IsContact(PartnerActivityKind kind) => kind is PartnerActivityKind.Contacted
        or PartnerActivityKind.MaterialsSent or PartnerActivityKind.FollowUpSent or PartnerActivityKind.UpdateSent
        or PartnerActivityKind.ReplyReceived or PartnerActivityKind.OutcomeLogged or PartnerActivityKind.FeedbackRecorded;
}
