namespace OutreachBot.Clinic.Referrals;

/// <summary>Why the clinic declines a referral: codes stored on the referral, and the words staff choose from.</summary>
public static class DeclineReasons
{
    public const string NotAnOtNeed = "not-ot-need";
    public const string OutsideArea = "outside-area";
    public const string InsuranceNotAccepted = "insurance-not-accepted";
    public const string CaseloadFull = "caseload-full";
    public const string Other = "other";

    /// <summary>Every reason, in the order a card offers them, with the words staff see.</summary>
    public static IReadOnlyList<(string Code, string Title)> All { get; } =
    [
        (NotAnOtNeed, "Not an occupational therapy need"),
        (OutsideArea, "Outside our service area"),
        (InsuranceNotAccepted, "Insurance not accepted"),
        (CaseloadFull, "Caseload full"),
        (Other, "Other (say why)"),
    ];

    public static bool IsKnown(string? code) => All.Any(r => r.Code == code);

    public static string TitleOf(string? code) => All.FirstOrDefault(r => r.Code == code).Title ?? code ?? string.Empty;
}
