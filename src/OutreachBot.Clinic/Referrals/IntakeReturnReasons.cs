namespace OutreachBot.Clinic.Referrals;

/// <summary>Why a clinician gives an intake back to triage, as codes for the pipeline log and words for the cards.</summary>
public static class IntakeReturnReasons
{
    public const string NoCapacity = "no-capacity";
    public const string OutsideMySpecialty = "outside-specialty";
    public const string NeedsMoreInformation = "needs-information";
    public const string Other = "other";

    /// <summary>The codes and their words, in the order a card offers them.</summary>
    public static IReadOnlyList<(string Code, string Words)> All { get; } =
    [
        (NoCapacity, "No room in my caseload"),
        (OutsideMySpecialty, "Better suited to another clinician"),
        (NeedsMoreInformation, "Needs more information first"),
        (Other, "Other reason"),
    ];

    public static bool IsKnown(string? code) => All.Any(r => r.Code == code);

    public static string Describe(string code) => All.FirstOrDefault(r => r.Code == code).Words ?? code;
}
