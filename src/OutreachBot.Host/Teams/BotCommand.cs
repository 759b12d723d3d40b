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
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The listed commands, for the help card.</summary>
    public static IReadOnlyList<(string Phrase, string What)> Listed { get; } =
    [
        ("summary", "Owners: this week's referrals, funnel, response times and stalled referrals"),
        ("summary last week / summary this month", "Owners: the same for last week or this month"),
        ("sources", "Owners: top and lapsed referral sources, each partner's outcomes"),
        ("stalled", "Owners: open referrals with no movement lately"),
        ("summary csv", "Owners: this week's referrals as CSV for a spreadsheet"),
        ("use this channel for referrals", "In a team channel: post new referral cards there"),
        ("help", "This list"),
    ];

    public static BotCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ' ');
        return Phrases.GetValueOrDefault(phrase, BotCommand.Unknown);
    }
}
