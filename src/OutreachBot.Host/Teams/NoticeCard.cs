using System.Text.Json.Nodes;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Teams;

/// <summary>A short card that says something went wrong, or could not be done, in words staff understand.</summary>
public static class NoticeCard
{
    public static JsonObject For(string title, string detail) => Card(
    [
        Heading(title, "Attention"),
        Text(detail),
    ]);
}
