using System.Collections.Frozen;

namespace OutreachBot.Protocol.Activities;

/// <summary>The activity types the bot handles.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user, or an <c>Action.Submit</c>.</summary>
    public const string Message = "message";
    /// <summary>A synchronous request whose response is the HTTP body.</summary>
    public const string Invoke = "invoke";
    /// <summary>Members joined or left, or the conversation changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>The app was installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>A reaction was added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";
    /// <summary>A named event.</summary>
    public const string Event = "event";

    private static readonly FrozenDictionary<string, string> Known =
        new[] { Message, Invoke, ConversationUpdate, InstallationUpdate, MessageReaction, Typing, Event }
            .ToFrozenDictionary(type => type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The constant for <paramref name="type"/> (types compare case-insensitively), or null when unknown.</summary>
    public static string? Canonical(string? type) => type is not null && Known.TryGetValue(type, out var known) ? known : null;
}
