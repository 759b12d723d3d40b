namespace OutreachBot.Clinic.Staff;

/// <summary>A therapist and the pathways (and specialties) they take referrals for.</summary>
/// <param name="Key">The Entra object id or UPN that identifies them.</param>
/// <param name="Pathways">The pathways they take; empty means every pathway.</param>
/// <param name="Specialties">Specialties in the clinic's words (e.g. "certified hand therapist"), for choosing among them.</param>
public sealed record Clinician(string Key, IReadOnlyList<Pathway> Pathways, IReadOnlyList<string> Specialties)
{
    public bool Takes(Pathway? pathway) => pathway is null || Pathways.Count == 0 || Pathways.Contains(pathway.Value);
}
