using System.Globalization;
using System.Text.Json.Nodes;
using OutreachBot.Host.Staff;
using static OutreachBot.Host.Triage.TriageCardFollowUps;

namespace OutreachBot.Host.Triage;

/// <summary>Routes the triage card's request, decline and merge verbs, reading their inputs from the action's data.</summary>
public sealed class TriageFollowUps(MissingInfoRequests missingInfo, Declines declines, Merges merges)
{
    public static bool Handles(string verb) => verb is RequestMissingInfoVerb or DeclineVerb or ChooseMergeVerb or MergeVerb;

    public Task<CardActionResult> RunAsync(string verb, JsonObject data, StaffIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var referralId = Read(data, "referralId");
        return verb switch
        {
            RequestMissingInfoVerb => missingInfo.RequestAsync(referralId, RequestNumber(data), Items(data), who, cancellationToken),
            DeclineVerb => declines.DeclineAsync(referralId, Read(data, DeclineReasonInput), Read(data, DeclineNoteInput), who, cancellationToken),
            ChooseMergeVerb => merges.ChooseAsync(referralId, who, cancellationToken),
            MergeVerb => merges.MergeAsync(referralId, Read(data, MergeWithIdInput) is { Length: > 0 } typed ? typed : Read(data, MergeWithInput), who, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a triage follow-up verb."),
        };
    }

    // The ticked items (toggles missing0, missing1, … whose value is the item when on) and the typed ones, one per line.
    private static List<string> Items(JsonObject data) =>
    [
        .. data.Where(p => p.Key.StartsWith(MissingItemInputPrefix, StringComparison.Ordinal) && p.Key[MissingItemInputPrefix.Length..].All(char.IsAsciiDigit))
            .OrderBy(p => int.Parse(p.Key[MissingItemInputPrefix.Length..], CultureInfo.InvariantCulture))
            .Select(p => Read(data, p.Key))
            .OfType<string>(),
        .. (Read(data, OtherItemsInput) ?? string.Empty).Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    ];

    private static int? RequestNumber(JsonObject data) =>
        data[RequestInput] is JsonValue value && (value.TryGetValue(out int number) || (value.TryGetValue(out string? text) && int.TryParse(text, CultureInfo.InvariantCulture, out number)))
            ? number
            : null;

    private static string? Read(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
