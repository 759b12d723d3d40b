using System.Text.RegularExpressions;

namespace OutreachBot.Clinic.Detection;

internal static partial class InsuranceReader
{
    /// <summary>
    /// The thread's "Insurance: Medicaid - pending, application submitted" under a reply that says "her Medicaid is now
    /// active" or "the OHP application was approved": the newer fact drops the pending mark.
    /// </summary>
    private static string? ActiveNow(string? payer, string own) =>
        payer is not null && PendingMark().IsMatch(payer) && CoverageActive().IsMatch(own)
            ? PendingMark().Replace(payer, "")
            : payer;

    [GeneratedRegex(@"\s*(?:[-–—]\s*pending|\(pending\))$", RegexOptions.IgnoreCase)]
    private static partial Regex PendingMark();

    [GeneratedRegex(@"\b(?:is|are)\s+(?:now\s+)?active\b|\b(?:application|coverage|enrollment)\s+(?:was\s+|has\s+been\s+)?approved\b|\bwas\s+approved\s+for\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageActive();
}
