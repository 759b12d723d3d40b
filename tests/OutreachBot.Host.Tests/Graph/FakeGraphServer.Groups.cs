using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// Entra groups on the fake: members (users or other groups) per group, and <c>POST /users/{id}/checkMemberGroups</c>
/// answered as Graph does: transitively, only ids from the request, at most 20 ids a request (400 above).
/// </summary>
public sealed partial class FakeGraphServer
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _groupMembers = new(StringComparer.OrdinalIgnoreCase);
    private int _membershipChecks;

    /// <summary>How many checkMemberGroups requests were answered (faults included).</summary>
    public int MembershipChecks => Volatile.Read(ref _membershipChecks);

    /// <summary>Puts <paramref name="memberId"/> (a user's object id, or another group's id) in group <paramref name="groupId"/>.</summary>
    public void AddGroupMember(string groupId, string memberId) =>
        _groupMembers.GetOrAdd(groupId, _ => new(StringComparer.OrdinalIgnoreCase))[memberId] = true;

    public void RemoveGroupMember(string groupId, string memberId)
    {
        if (_groupMembers.TryGetValue(groupId, out var members))
        {
            members.TryRemove(memberId, out _);
        }
    }

    private bool IsTransitiveMember(string groupId, string memberId, HashSet<string> seen)
    {
        if (!seen.Add(groupId) || !_groupMembers.TryGetValue(groupId, out var members))
        {
            return false;
        }

        return members.ContainsKey(memberId) || members.Keys.Any(inner => IsTransitiveMember(inner, memberId, seen));
    }

    private void CountMembershipCheck(string[] segments)
    {
        if (segments.Length == 4 && Is(segments[3], "checkMemberGroups"))
        {
            Interlocked.Increment(ref _membershipChecks);
        }
    }

    private async Task CheckMemberGroupsAsync(HttpContext context, string user)
    {
        var body = await ReadBodyAsync(context);
        var ids = Property(body, "groupIds") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToList()
            : null;
        if (ids is null || ids.Count > 20)
        {
            await ErrorAsync(context, 400, "Request_BadRequest", null);
            return;
        }

        var member = ids.Where(g => IsTransitiveMember(g, user, new HashSet<string>(StringComparer.OrdinalIgnoreCase))).ToList();
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?>
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#Collection(Edm.String)",
            ["value"] = member,
        }, context.RequestAborted);
    }
}
