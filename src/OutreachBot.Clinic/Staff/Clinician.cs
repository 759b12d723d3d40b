namespace OutreachBot.Clinic.Staff;

/// <summary>A therapist and the pathways (and specialties) they take referrals for.</summary>
/// <param name="Key">The Entra object id or UPN that identifies them.</param>
/// <param name="Pathways">The pathways they take; empty means every pathway.</param>
/// <param name="Specialties">Specialties in the clinic's words (e.g. "certified hand therapist"), for choosing among them.</param>
public sealed record Clinician(string Key, IReadOnlyList<Pathway> Pathways, IReadOnlyList<string> Specialties)
{
    /// <summary>The name cards show (Staff:Clinicians:n:Name); the key when none is set.</summary>
    public string? Name { get; init; }

    /// <summary>Their calendar: the mailbox (Graph) or .ics file name; the key when none is set.</summary>
    public string? Calendar { get; init; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Key : Name;

    public string CalendarName => string.IsNullOrWhiteSpace(Calendar) ? Key : Calendar;

    public bool Takes(Pathway? pathway) => pathway is null || Pathways.Count == 0 || Pathways.Contains(pathway.Value);
}
