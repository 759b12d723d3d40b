using System.Collections.Concurrent;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using Microsoft.Kiota.Abstractions;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Staff;

namespace OutreachBot.Host.Staff;

/// <summary>
/// Roles a person holds through the Entra groups of <see cref="StaffGroupsOptions"/>: asked of Graph
/// (<c>POST /users/{id}/checkMemberGroups</c>, transitive, 20 groups a request), kept for
/// <see cref="StaffGroupsOptions.CacheFor"/>. Failure-safe: when Graph fails or is slow, the person gets no role from
/// groups (never one granted on an error) and the staff lists in configuration keep working.
/// </summary>
public sealed partial class StaffGroups(IOptions<StaffOptions> options, GraphServiceClient graph, TimeProvider time, ILogger<StaffGroups> logger)
{
    private const int GroupsPerRequest = 20;
    private const int MaxRemembered = 10_000;

    private readonly StaffGroupsOptions _groups = options.Value.Groups;
    private readonly IReadOnlyList<string> _groupIds = options.Value.Groups.AllGroupIds();
    private readonly ConcurrentDictionary<string, Membership> _memberships = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether any group is configured (else Graph is never asked).</summary>
    public bool Enabled => _groupIds.Count > 0;

    /// <summary>The roles, and the clinician entry, the person with Entra object id <paramref name="objectId"/> holds through groups.</summary>
    public async Task<(StaffRoles Roles, Clinician? Clinician)> RolesOfAsync(string objectId, string? name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectId);
        if (!Enabled)
        {
            return (StaffRoles.None, null);
        }

        var member = await GroupsOfAsync(objectId, cancellationToken);
        var roles = StaffRoles.None;
        if (_groups.IntakeStaff.Any(member.Contains)) { roles |= StaffRoles.IntakeStaff; }
        if (_groups.Owners.Any(member.Contains)) { roles |= StaffRoles.Owner; }
        var clinicianGroups = _groups.Clinicians.Where(c => member.Contains(c.GroupId)).ToList();
        if (clinicianGroups.Count == 0)
        {
            return (roles, null);
        }

        // A member of several clinician groups takes the pathways of all of them; a group naming none means every pathway.
        IReadOnlyList<Pathway> pathways = clinicianGroups.Any(c => c.Pathways.Count == 0)
            ? []
            : [.. clinicianGroups.SelectMany(c => c.Pathways).Select(p => Enum.Parse<Pathway>(p, ignoreCase: true)).Distinct()];
        var clinician = new Clinician(objectId, pathways, [.. clinicianGroups.SelectMany(c => c.Specialties).Distinct(StringComparer.OrdinalIgnoreCase)])
        {
            Name = name,
        };
        return (roles | StaffRoles.Clinician, clinician);
    }

    private async Task<IReadOnlySet<string>> GroupsOfAsync(string objectId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_memberships.TryGetValue(objectId, out var known) && known.Until > now)
        {
            return known.Groups;
        }

        using var timeout = new CancellationTokenSource(_groups.LookupTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Membership membership;
        try
        {
            var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var chunk in _groupIds.Chunk(GroupsPerRequest))
            {
                // A fresh body per request: Kiota's backing store would send an already-sent model as {}.
                var body = new CheckMemberGroupsPostRequestBody { GroupIds = [.. chunk] };
                var answer = await graph.Users[objectId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(body, cancellationToken: linked.Token);
                found.UnionWith((answer?.Value ?? []).Where(id => chunk.Contains(id, StringComparer.OrdinalIgnoreCase)));
            }

            membership = new Membership(found, time.GetUtcNow() + _groups.CacheFor);
            LogChecked(logger, objectId, found.Count);
        }
        catch (Exception ex) when (IsGraphFailure(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogCheckFailed(logger, ex, objectId);
            membership = new Membership(new HashSet<string>(), time.GetUtcNow() + _groups.RetryAfterFailure);
        }

        if (_memberships.Count >= MaxRemembered)
        {
            _memberships.Clear();
        }

        _memberships[objectId] = membership;
        return membership.Groups;
    }

    private static bool IsGraphFailure(Exception ex) =>
        ex is ApiException or AggregateException or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException;

    private sealed record Membership(IReadOnlySet<string> Groups, DateTimeOffset Until);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Group membership of {ObjectId} checked in Graph: {Count} staff groups")]
    private static partial void LogChecked(ILogger logger, string objectId, int count);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Checking the group membership of {ObjectId} in Graph failed; no roles from groups until it is checked again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string objectId);
}
