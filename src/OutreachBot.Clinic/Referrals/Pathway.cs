namespace OutreachBot.Clinic;

/// <summary>The clinic's service lines a referral is routed to.</summary>
public enum Pathway
{
    Pediatric,
    School,
    Hand,
    Neuro,
    Adult,
}
