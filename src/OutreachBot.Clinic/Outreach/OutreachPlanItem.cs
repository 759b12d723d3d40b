using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Outreach;

/// <summary>One partner in the monthly plan, why it was chosen, and the pathway whose materials fit it.</summary>
public sealed record OutreachPlanItem(OutreachPlanItemKind Kind, Partner Partner, string Why, Pathway? Pathway, string? Moment);
