using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Mailbox.Graph;

/// <summary>
/// Letters to referrers from the clinic's Exchange mailbox (the first of <c>Graph:Mail:Mailboxes</c>): a reply in the
/// referral's thread when the mailbox still has the referral's message (found by its Internet Message-ID) and the
/// letter goes to its sender, otherwise a new message. Either way once per (referral, purpose): see
/// <see cref="GraphReplies"/>, which records each send in the SentReplies table.
/// </summary>
public sealed partial class GraphReferrerMail(
    GraphServiceClient graph,
    GraphReplies replies,
    IOptions<GraphMailOptions> options,
    ILogger<GraphReferrerMail> logger) : IReferrerMail
{
    public async Task<LetterOutcome> SendOnceAsync(ReferrerLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var mailbox = options.Value.Mailboxes.FirstOrDefault()?.User
            ?? throw new InvalidOperationException("Graph:Mail:Mailboxes names no mailbox to send from.");
        var key = letter.ReferralId + ":" + letter.Purpose;
        var original = letter.SourceMessageId is { Length: > 0 } source ? await FindAsync(mailbox, source, cancellationToken) : null;
        ReplyOutcome outcome;
        if (original is { } found && string.Equals(found.From, letter.To, StringComparison.OrdinalIgnoreCase))
        {
            outcome = await replies.ReplyOnceAsync(mailbox, found.Id, key, letter.Body, cancellationToken);
        }
        else
        {
            outcome = await replies.NewMessageOnceAsync(mailbox, key, letter.To, letter.Subject, letter.Body, cancellationToken);
        }

        LogLetter(logger, letter.ReferralId, outcome, original is not null);
        return outcome == ReplyOutcome.Sent ? LetterOutcome.Sent : LetterOutcome.AlreadySent;
    }

    private async Task<(string Id, string? From)?> FindAsync(string mailbox, string internetMessageId, CancellationToken cancellationToken)
    {
        var bracketed = "<" + internetMessageId.Trim().TrimStart('<').TrimEnd('>') + ">";
        var found = await graph.Users[mailbox].Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"internetMessageId eq '{bracketed.Replace("'", "''", StringComparison.Ordinal)}'";
            request.QueryParameters.Select = ["id", "from"];
            request.QueryParameters.Top = 1;
        }, cancellationToken);
        return found?.Value?.FirstOrDefault() is { Id: { } id } message ? (id, message.From?.EmailAddress?.Address) : null;
    }

    [LoggerMessage(EventId = 2261, Level = LogLevel.Information, Message = "Letter for referral {ReferralId}: {Outcome} (in the referral's thread: {InThread})")]
    private static partial void LogLetter(ILogger logger, string referralId, ReplyOutcome outcome, bool inThread);
}
