using OutreachBot.Clinic.Referrals;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Pipeline;
using OutreachBot.Host.Staff;

namespace OutreachBot.Host.Triage;

/// <summary>
/// "Request missing info": emails the referrer, in the referral's thread, the items staff ticked (the referral's
/// missing items, and any they typed). Each request has a number, carried by the card, so a retried click sends one
/// email and a deliberate later request sends another.
/// </summary>
public sealed partial class MissingInfoRequests(
    ReferralStore referrals,
    ReferrerLetters letters,
    IReferrerMail mail,
    IntakeActions intake,
    TriageCards cards,
    TimeProvider time,
    ILogger<MissingInfoRequests> logger)
{
    private const int MaxItems = 20;

    public async Task<CardActionResult> RequestAsync(
        string? referralId, int? request, IReadOnlyList<string> items, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(items);
        if (string.IsNullOrWhiteSpace(referralId) || await referrals.FindAsync(referralId, cancellationToken) is not { } current)
        {
            return TriageNotices.NotFound();
        }

        var referral = current.ToReferral();
        if (IntakePolicy.RequestMissingInfo(who.Roles, referral.AssignedTo?.Id == who.Member.Id) is { Allowed: false, Reason: var why })
        {
            LogRefused(logger, referral.Id, who.Roles);
            return CardActionResult.Say(why!);
        }

        if (request is not > 0)
        {
            return CardActionResult.Say("This card is from an older version of OutreachBot. Wait for it to refresh, then try again.");
        }

        if (referral.Referrer.Email is null)
        {
            return CardActionResult.Say($"There is no email address for this referrer, so nothing was sent. Call them{(referral.Referrer.Phone is { } phone ? " on " + phone : string.Empty)} instead.");
        }

        var asked = items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxItems).ToList();
        if (asked.Count == 0 && request > referral.InfoRequests)
        {
            return CardActionResult.Say("Tick or type at least one thing to ask the referrer for.");
        }

        ReferrerLetter letter;
        try
        {
            letter = await letters.MissingInfoAsync(referral, request.Value, asked, cancellationToken);
        }
        catch (LetterTemplateException ex)
        {
            return CardActionResult.Say(ex.Message);
        }

        if (await referrals.UpdateAsync(referral.Id, r => r.RequestMissingInfo(request.Value, who.Member, time.GetUtcNow()), cancellationToken, current) is not var (update, row))
        {
            return TriageNotices.NotFound();
        }

        if (update.Outcome == ReferralDecisionOutcome.Refused)
        {
            return CardActionResult.Say(update.RefusedBecause!);
        }

        // Recorded (now, or by an earlier attempt of this same request): the letter goes out once whatever happens.
        LetterOutcome sent;
        try
        {
            sent = await mail.SendOnceAsync(letter, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotSent(logger, ex, referral.Id);
            return CardActionResult.Say(TriageNotices.NotSentRetry);
        }

        LogRequested(logger, referral.Id, request.Value, sent);
        if (update.Outcome == ReferralDecisionOutcome.Changed || sent == LetterOutcome.Sent)
        {
            await intake.UpdateChannelCardAsync(row, cards.ForChannel(update.Referral), cancellationToken);
        }

        return CardActionResult.ShowCard(cards.ForViewer(update.Referral, IntakeActions.ViewerOf(who, update.Referral)));
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Missing information request {Request} of referral {ReferralId}: {Outcome}")]
    private static partial void LogRequested(ILogger logger, string referralId, int request, LetterOutcome outcome);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "The missing information request of referral {ReferralId} is recorded but its email was not sent")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string referralId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Refused a missing information request on referral {ReferralId} to someone with roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string referralId, StaffRoles roles);
}
