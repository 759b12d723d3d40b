namespace OutreachBot.Clinic.Detection;

/// <summary>
/// What the detector is told about the clinic it works for: its own mail domains and phone numbers (never read as a
/// patient's or a referrer's), and the checklist of items intake needs per pathway. Bound from configuration.
/// </summary>
public sealed record DetectionRules
{
    public static DetectionRules Default { get; } = new();

    /// <summary>The clinic's own mail domains ("brightpathot.example").</summary>
    public IReadOnlyList<string> OwnDomains { get; init; } = [];

    /// <summary>The clinic's own phone and fax numbers, as written anywhere; compared by digits.</summary>
    public IReadOnlyList<string> OwnPhoneNumbers { get; init; } = [];

    /// <summary>Items intake needs before scheduling; each applies to the pathways it lists (all when empty).</summary>
    public IReadOnlyList<ChecklistItem> Checklist { get; init; } = ChecklistItem.Defaults;
}
