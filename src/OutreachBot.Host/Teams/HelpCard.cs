using System.Text.Json.Nodes;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Teams;

/// <summary>What the bot does and what to say to it.</summary>
public static class HelpCard
{
    public static JsonObject For(string clinicName) => Card(
    [
        Heading($"OutreachBot for {clinicName}"),
        Text("I watch the referral mailbox, post each new referral to the triage channel, and keep the pipeline."),
        Facts(BotCommands.Listed.Select(c => (c.Phrase, (string?)c.What))),
        Text("Owners can also say:", subtle: true),
        Facts(BotCommands.OwnerCommands.Select(c => (c.Phrase, (string?)c.What))),
    ]);
}
