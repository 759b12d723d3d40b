namespace OutreachBot.Clinic.Outreach;

/// <summary>The month's short outreach list: at most one item of each kind, each partner once.</summary>
public sealed record OutreachPlan(DateOnly Month, IReadOnlyList<OutreachPlanItem> Items)
{
    public OutreachPlanItem? Of(OutreachPlanItemKind kind) => Items.FirstOrDefault(i => i.Kind == kind);
}
