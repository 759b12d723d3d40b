using System.Collections.Frozen;

namespace OutreachBot.Host.Teams;

/// <summary>What staff can ask the bot in words.</summary>
public enum BotCommand
{
    Unknown,
    Help,
    Summary,
    UseThisChannelForReferrals,
    SummaryLastWeek,
    SummaryThisMonth,
    Sources,
    Stalled,
    SummaryCsv,
    OutreachPlan,
}

/// <summary>Reads a command from a message's text (the bot's mention already removed): whole phrases, not substrings.</summary>
public static class BotCommands
{
    private static readonly FrozenDictionary<string, BotCommand> Phrases = new Dictionary<string, BotCommand>(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = BotCommand.Help,
        ["?"] = BotCommand.Help,
        ["summary"] = BotCommand.Summary,
        ["summary this week"] = BotCommand.Summary,
        ["summary last week"] = BotCommand.SummaryLastWeek,
        ["summary this month"] = BotCommand.SummaryThisMonth,
        ["sources"] = BotCommand.Sources,
        ["stalled"] = BotCommand.Stalled,
        ["summary csv"] = BotCommand.SummaryCsv,
        ["csv"] = BotCommand.SummaryCsv,
        ["use this channel for referrals"] = BotCommand.UseThisChannelForReferrals,
        ["use this channel"] = BotCommand.UseThisChannelForReferrals,
        ["outreach plan"] = BotCommand.OutreachPlan,
        ["outreach"] = BotCommand.OutreachPlan,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The listed commands, for the help card.</summary>
    public static IReadOnlyList<(string Phrase, string What)> Listed { get; } =
    [
        ("summary", "This week's referrals by pipeline stage"),
        ("use this channel for referrals", "In a team channel: post new referral cards there"),
        ("help", "This list"),
    ];

    /// <summary>
    /// The owners' summary commands beside <c>summary</c> (not in the manifest's command lists, which
    /// <see cref="Listed"/> mirrors; the summary card's buttons lead to them too).
    /// </summary>
    public static IReadOnlyList<(string Phrase, string What)> OwnerCommands { get; } =
    [
        ("summary last week", "Last week's referrals, funnel, response times and stalled referrals"),
        ("summary this month", "The same for this month"),
        ("sources", "Top and lapsed referral sources, each partner's outcomes"),
        ("stalled", "Open referrals with no movement lately"),
        ("summary csv", "This week's referrals as CSV for a spreadsheet"),
        ("outreach plan", "This month's partner outreach: one to reach out to, one follow-up, one update"),
    ];

    public static BotCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ' ');
        return Phrases.GetValueOrDefault(phrase, BotCommand.Unknown);
    }
}
