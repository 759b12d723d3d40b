using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Staff;

namespace OutreachBot.Host.Outreach;

/// <summary>Who does outreach: the leads (else the owners), who may use the plan, and each person's calendar.</summary>
public sealed class OutreachStaff(IOptions<OutreachOptions> options, IOptions<StaffOptions> staff)
{
    /// <summary>Who gets the monthly plan: <c>Outreach:LeadIds</c>, else <c>Staff:Owners</c>.</summary>
    public IReadOnlyList<string> Leads =>
        [.. (options.Value.LeadIds.Count > 0 ? options.Value.LeadIds : staff.Value.Owners).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Everyone whose calendar may hold a call or visit with a partner.</summary>
    public IReadOnlyList<string> Everyone =>
        [.. Leads.Concat(staff.Value.Owners).Concat(staff.Value.IntakeStaff).Concat(staff.Value.Clinicians.Select(c => c.Id))
            .Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Staff on the clinic's list and the leads may see the plan and act on it (it holds no patient data).</summary>
    public bool MayPlan(StaffIdentity who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.Roles != StaffRoles.None || Leads.Contains(who.Member.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A person's calendar (and mailbox): <c>Outreach:Mailboxes</c>, their clinician calendar, else their id.</summary>
    public string CalendarOf(string staffId) =>
        options.Value.Mailboxes.TryGetValue(staffId, out var own) ? own
        : staff.Value.Clinicians.FirstOrDefault(c => string.Equals(c.Id, staffId, StringComparison.OrdinalIgnoreCase))?.Calendar is { Length: > 0 } calendar ? calendar
        : staffId;
}
