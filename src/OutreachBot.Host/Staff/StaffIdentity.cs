using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.Staff;

/// <summary>Who is acting, and in which roles.</summary>
public sealed record StaffIdentity(StaffMember Member, StaffRoles Roles, Clinician? AsClinician);
