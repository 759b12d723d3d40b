namespace OutreachBot.Protocol.Connector;

/// <summary>A channel of a team (<c>GET /v3/teams/{teamId}/conversations</c>).</summary>
/// <param name="Id">The channel's thread id, <c>19:…@thread.tacv2</c>.</param>
/// <param name="Name">The channel's name; Teams gives none for the General channel.</param>
public sealed record TeamChannel(string? Id, string? Name);
