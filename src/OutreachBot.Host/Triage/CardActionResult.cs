using System.Text.Json.Nodes;

namespace OutreachBot.Host.Triage;

/// <summary>What a card action answers: a card to show in place of the one clicked, or a short message with the card left as it was.</summary>
public sealed record CardActionResult(JsonObject? Card, string? Message)
{
    public static CardActionResult ShowCard(JsonObject card) => new(card, null);

    public static CardActionResult Say(string message) => new(null, message);
}
