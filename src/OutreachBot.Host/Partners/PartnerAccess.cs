using Microsoft.Extensions.Options;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Staff;

namespace OutreachBot.Host.Partners;

/// <summary>Who may see and change partners: owners, intake staff and the outreach leads (partners hold no patient data).</summary>
public sealed class PartnerAccess(IOptions<PartnerAccessOptions> options)
{
    public const string Refusal = "Partners are for owners, intake staff and the outreach leads. Ask an owner to add you to the staff list if you need them.";

    public bool MayUse(StaffIdentity who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return (who.Roles & (StaffRoles.Owner | StaffRoles.IntakeStaff)) != 0
            || options.Value.LeadIds.Contains(who.Member.Id, StringComparer.OrdinalIgnoreCase);
    }
}
