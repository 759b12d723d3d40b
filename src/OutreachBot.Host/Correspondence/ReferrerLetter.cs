namespace OutreachBot.Host.Correspondence;

/// <summary>
/// A message from the clinic to a referrer (or family) about one referral: a confirmation, a request for missing
/// information, a decline, an update after the evaluation. <paramref name="Purpose"/> names it within the referral
/// ("confirmation", "missing-info-1", "evaluation-update"), so the pair is sent at most once.
/// </summary>
/// <param name="ReferralId">The referral the letter is about.</param>
/// <param name="Purpose">Why it is sent; with the referral id, the key that makes a retry send nothing twice.</param>
/// <param name="To">The recipient's email address.</param>
/// <param name="Subject">The subject; a reply in the referral's thread keeps the thread's subject instead.</param>
/// <param name="Body">Plain text, minimum necessary health information.</param>
/// <param name="SourceMessageId">The referral's Internet Message-ID, to reply in its thread when the mailbox allows.</param>
public sealed record ReferrerLetter(string ReferralId, string Purpose, string To, string Subject, string Body, string? SourceMessageId);

/// <summary>What a send came to.</summary>
public enum LetterOutcome
{
    /// <summary>Sent now.</summary>
    Sent,

    /// <summary>An earlier attempt sent it; nothing was sent now.</summary>
    AlreadySent,
}
