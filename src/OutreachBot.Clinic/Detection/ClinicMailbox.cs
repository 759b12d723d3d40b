namespace OutreachBot.Clinic.Detection;

/// <summary>
/// The clinic's own mail domain, read from a folder of its mail when no configuration names it: the domain that at
/// least half of the messages were addressed to. Mail from that domain (a confirmation sent to a referrer, an internal
/// note) is the clinic writing, not a referral to it; its web forms and fax relays still count as senders.
/// </summary>
public static class ClinicMailbox
{
    /// <summary>The domain at least half of <paramref name="messages"/> were addressed to, in lower case; null when none was.</summary>
    public static string? DomainOf(IEnumerable<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var total = 0;
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in messages)
        {
            total++;
            foreach (var domain in message.ToAddresses.Select(DomainPart).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                counts[domain] = counts.GetValueOrDefault(domain) + 1;
            }
        }

        var (best, count) = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).FirstOrDefault();
        return best is not null && count * 2 >= total ? best.ToLowerInvariant() : null;
    }

    /// <summary>
    /// The rules with the domain most of <paramref name="messages"/> were addressed to added to the clinic's own, when
    /// they do not name it already: a folder exported from another of the clinic's mailboxes (a second location, a new
    /// domain) is still the clinic's own mail, and what its staff write there is not a referral to it.
    /// </summary>
    public static DetectionRules WithDomainOf(DetectionRules rules, IEnumerable<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return DomainOf(messages) is { } domain && !rules.OwnDomains.Contains(domain, StringComparer.OrdinalIgnoreCase)
            ? rules with { OwnDomains = [.. rules.OwnDomains, domain] }
            : rules;
    }

    private static string? DomainPart(string address) =>
        address.LastIndexOf('@') is var at and > 0 && at < address.Length - 1 ? address[(at + 1)..] : null;
}
