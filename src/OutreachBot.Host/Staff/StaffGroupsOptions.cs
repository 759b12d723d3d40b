using System.ComponentModel.DataAnnotations;
using OutreachBot.Clinic;

namespace OutreachBot.Host.Staff;

/// <summary>
/// Roles from Entra groups (section <c>Staff:Groups</c>), besides the people listed by id or UPN: membership is checked
/// through Microsoft Graph (<c>checkMemberGroups</c>, transitive), which needs the optional application permissions
/// GroupMember.Read.All and User.Read.All. With no group listed, Graph is never asked.
/// </summary>
public sealed class StaffGroupsOptions
{
    /// <summary>Groups whose members are intake staff (front desk, intake coordinators), by Entra object id.</summary>
    public IList<string> IntakeStaff { get; set; } = [];

    /// <summary>Groups whose members are owners and managers.</summary>
    public IList<string> Owners { get; set; } = [];

    /// <summary>Groups whose members are clinicians, each with the pathways its members take.</summary>
    public IList<ClinicianGroupOptions> Clinicians { get; set; } = [];

    /// <summary>How long a person's group membership is trusted before Graph is asked again.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After Graph failed for a person, how long they get no roles from groups before Graph is asked again.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest one membership check may take (an activity waits for it).</summary>
    public TimeSpan LookupTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Every group named, each once.</summary>
    public IReadOnlyList<string> AllGroupIds() =>
        [.. IntakeStaff.Concat(Owners).Concat(Clinicians.Select(c => c.GroupId)).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase)];

    public IEnumerable<ValidationResult> Validate()
    {
        foreach (var (id, setting) in IntakeStaff.Select((id, i) => (id, $"Staff:Groups:IntakeStaff:{i}"))
            .Concat(Owners.Select((id, i) => (id, $"Staff:Groups:Owners:{i}")))
            .Concat(Clinicians.Select((c, i) => (c.GroupId, $"Staff:Groups:Clinicians:{i}:GroupId"))))
        {
            if (!Guid.TryParse(id, out _))
            {
                yield return new ValidationResult($"{setting} must be an Entra group's object id (a GUID).");
            }
        }

        for (var i = 0; i < Clinicians.Count; i++)
        {
            foreach (var pathway in Clinicians[i].Pathways.Where(p => !Enum.TryParse<Pathway>(p, ignoreCase: true, out _)))
            {
                yield return new ValidationResult(
                    $"Staff:Groups:Clinicians:{i}:Pathways has '{pathway}'; use {string.Join(", ", Enum.GetNames<Pathway>())}.");
            }
        }

        if (CacheFor <= TimeSpan.Zero || CacheFor > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Staff:Groups:CacheFor must be more than zero and at most a day.");
        }

        if (RetryAfterFailure < TimeSpan.Zero || RetryAfterFailure > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Staff:Groups:RetryAfterFailure must be between zero and an hour.");
        }

        if (LookupTimeout <= TimeSpan.Zero || LookupTimeout > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Staff:Groups:LookupTimeout must be more than zero and at most a minute.");
        }
    }
}

/// <summary>One group in <see cref="StaffGroupsOptions.Clinicians"/>.</summary>
public sealed class ClinicianGroupOptions
{
    /// <summary>The Entra group's object id.</summary>
    public string GroupId { get; set; } = string.Empty;

    /// <summary>Pathways its members take (Pediatric, School, Hand, Neuro, Adult); none listed means all.</summary>
    public IList<string> Pathways { get; set; } = [];

    /// <summary>Specialties in the clinic's words.</summary>
    public IList<string> Specialties { get; set; } = [];
}
