namespace OutreachBot.Host.Outreach.Materials;

/// <summary>One file attached to an outreach email.</summary>
public sealed record PathwayMaterial(string FileName, string ContentType, byte[] Content);
