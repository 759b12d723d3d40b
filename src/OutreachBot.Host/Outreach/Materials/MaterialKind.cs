namespace OutreachBot.Host.Outreach.Materials;

/// <summary>The materials each pathway has.</summary>
public enum MaterialKind
{
    /// <summary>The one-page sheet.</summary>
    Sheet,

    /// <summary>The intake packet, with any extra forms of the pathway.</summary>
    IntakePacket,
}
