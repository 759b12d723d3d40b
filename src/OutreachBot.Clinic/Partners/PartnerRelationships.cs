namespace OutreachBot.Clinic.Partners;

/// <summary>Measures partner relationships from their histories (no I/O).</summary>
public static class PartnerRelationships
{
    /// <summary>
    /// The relationship with <paramref name="partner"/>: each outgoing email with a thread key counts as sent once its
    /// <paramref name="answerWithin"/> has passed (or once answered), and as answered when a reply in its thread came
    /// within that time; outreach actions are the contacts, emails, materials, updates, calls and visits the clinic made.
    /// </summary>
    public static PartnerRelationship For(Partner partner, IEnumerable<PartnerActivity> history, TimeSpan answerWithin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(history);
        var entries = history.Where(h => h.PartnerId == partner.Id).ToList();
        var replies = entries.Where(h => h.Kind == PartnerActivityKind.ReplyReceived && h.ThreadKey is not null)
            .GroupBy(h => Normal(h.ThreadKey!)).ToDictionary(g => g.Key, g => g.Min(h => h.At), StringComparer.Ordinal);
        var (sent, answered) = (0, 0);
        foreach (var email in entries.Where(h => IsOutgoingEmail(h.Kind) && h.ThreadKey is not null).DistinctBy(h => Normal(h.ThreadKey!)))
        {
            var answeredInTime = replies.TryGetValue(Normal(email.ThreadKey!), out var reply) && reply >= email.At && reply - email.At <= answerWithin;
            if (answeredInTime || now - email.At > answerWithin)
            {
                sent++;
                answered += answeredInTime ? 1 : 0;
            }
        }

        return new PartnerRelationship(partner.Id, partner.Organization, sent, answered, entries.Count(h => IsOutreach(h.Kind)), partner.Referrals.Referrals, partner.Feedback);
    }

    public static bool IsOutgoingEmail(PartnerActivityKind kind) => kind is PartnerActivityKind.Contacted or PartnerActivityKind.MaterialsSent
        or PartnerActivityKind.FollowUpSent or PartnerActivityKind.UpdateSent;

    public static bool IsOutreach(PartnerActivityKind kind) => IsOutgoingEmail(kind)
        || kind is PartnerActivityKind.CallOrVisitScheduled or PartnerActivityKind.OutcomeLogged;

    private static string Normal(string threadKey) => threadKey.Trim().Trim('<', '>').Trim();
}
