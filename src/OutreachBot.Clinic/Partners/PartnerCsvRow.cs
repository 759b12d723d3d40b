namespace OutreachBot.Clinic.Partners;

/// <summary>One good row of a partner CSV, with the line it starts on.</summary>
public sealed record PartnerCsvRow(
    int Line,
    string Organization,
    PartnerSetting? Setting,
    IReadOnlyList<Pathway> Pathways,
    PartnerPerson Contact,
    PartnerChannel? Channel);

/// <summary>A row that could not be imported: its line number and why.</summary>
public sealed record PartnerCsvProblem(int Line, string Reason);

/// <summary>What a partner CSV held: the good rows, the bad ones, and a problem with the whole file (no header, no organisation column).</summary>
public sealed record PartnerCsvResult(IReadOnlyList<PartnerCsvRow> Rows, IReadOnlyList<PartnerCsvProblem> Problems, string? FileProblem = null);
