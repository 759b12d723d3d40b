using OutreachBot.Protocol.Activities;

namespace OutreachBot.Protocol.Teams;

/// <summary>Reads the Teams members of <see cref="Activity.ChannelData"/>.</summary>
public static class TeamsChannelData
{
    /// <summary>The Entra tenant id, from <c>channelData.tenant.id</c> or the conversation.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return StringAt(activity, "tenant", "id") ?? activity.Conversation?.TenantId;
    }

    /// <summary>The team's thread id, from <c>channelData.team.id</c>; null outside a team.</summary>
    public static string? TeamId(Activity activity) => StringAt(activity, "team", "id");

    /// <summary>The team's name, when Teams sends it.</summary>
    public static string? TeamName(Activity activity) => StringAt(activity, "team", "name");

    /// <summary>The channel's thread id, from <c>channelData.channel.id</c>; null outside a channel.</summary>
    public static string? ChannelId(Activity activity) => StringAt(activity, "channel", "id");

    /// <summary>The channel's name, when Teams sends it.</summary>
    public static string? ChannelName(Activity activity) => StringAt(activity, "channel", "name");

    private static string? StringAt(Activity activity, string parent, string child)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData?[parent] is System.Text.Json.Nodes.JsonObject node
            && node[child] is System.Text.Json.Nodes.JsonValue value
            && value.TryGetValue(out string? text)
            ? text
            : null;
    }
}
