namespace OutreachBot.Host.MessageExtension;

/// <summary>What became of a "Log as referral".</summary>
public enum ReferralFromMessageOutcome
{
    /// <summary>A new referral entered the pipeline.</summary>
    Created,

    /// <summary>This message was logged before (by the mailbox or by this action): the same referral.</summary>
    AlreadyLogged,

    /// <summary>A referral with the same referrer, patient and day came in another way (the mailbox).</summary>
    SameReferralExists,
}

/// <summary>The outcome and the referral it concerns.</summary>
public sealed record ReferralFromMessage(ReferralFromMessageOutcome Outcome, string ReferralId);
