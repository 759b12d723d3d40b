namespace OutreachBot.Clinic.Staff;

/// <summary>Someone at the clinic, as Teams identifies them.</summary>
/// <param name="Id">A stable id: the Entra object id when known, else the Teams user id.</param>
/// <param name="Name">The display name shown on cards.</param>
public sealed record StaffMember(string Id, string Name);
