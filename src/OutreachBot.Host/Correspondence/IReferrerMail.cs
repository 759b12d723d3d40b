namespace OutreachBot.Host.Correspondence;

/// <summary>
/// Sends letters to referrers from the clinic's mailbox, each (referral, purpose) at most once, however often it is
/// retried. Locally a folder of .eml files (<see cref="OutboxFolderMail"/>); in a tenant, Graph replies in the
/// referral's thread.
/// </summary>
public interface IReferrerMail
{
    Task<LetterOutcome> SendOnceAsync(ReferrerLetter letter, CancellationToken cancellationToken);
}
