using Microsoft.Extensions.Options;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Staff;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Host.Staff;

/// <summary>
/// Tells who sent an activity and their roles: by the Entra object id Teams sends, and, when the staff list names
/// people by UPN, by the UPN the connector gives for the member; plus the roles of the Entra groups in
/// <c>Staff:Groups</c> (through Graph; none from groups when Graph fails, the lists keep working).
/// </summary>
public sealed partial class StaffDirectory(IOptions<StaffOptions> options, ILogger<StaffDirectory> logger, StaffGroups? groups = null)
{
    private readonly ClinicStaff _staff = Build(options.Value);
    private readonly bool _listsUpns = options.Value.IntakeStaff.Concat(options.Value.Owners)
        .Concat(options.Value.Clinicians.Select(c => c.Id)).Any(k => k.Contains('@', StringComparison.Ordinal));

    public ClinicStaff Staff => _staff;

    public async Task<StaffIdentity> IdentifyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        var member = new StaffMember(from?.AadObjectId ?? from?.Id ?? "unknown", from?.Name ?? from?.Id ?? "unknown");
        List<string?> keys = [from?.AadObjectId];
        if (_listsUpns && _staff.RolesOf(keys) == StaffRoles.None && from?.Id is { } userId)
        {
            keys.Add(await UpnAsync(turn, userId, cancellationToken));
        }

        var roles = _staff.RolesOf(keys);
        var clinician = _staff.ClinicianOf(keys);
        if (groups is { Enabled: true } && from?.AadObjectId is { Length: > 0 } objectId)
        {
            var fromGroups = await groups.RolesOfAsync(objectId, from.Name, cancellationToken);
            roles |= fromGroups.Roles;
            clinician ??= fromGroups.Clinician;
        }

        return new StaffIdentity(member, roles, clinician);
    }

    private async Task<string?> UpnAsync(TurnContext turn, string userId, CancellationToken cancellationToken)
    {
        try
        {
            var account = await turn.Connector.GetMemberAsync(turn.ServiceUrl, turn.ConversationId.Split(';')[0], userId, cancellationToken);
            return account?.ExtensionData?.TryGetValue("userPrincipalName", out var upn) == true ? upn.GetString() : null;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogMemberLookupFailed(logger, ex);
            return null;
        }
    }

    private static ClinicStaff Build(StaffOptions options) => new(
        options.IntakeStaff,
        options.Clinicians.Select(c => new Clinician(
            c.Id,
            [.. c.Pathways.Select(p => Enum.Parse<Pathway>(p, ignoreCase: true))],
            [.. c.Specialties]) { Name = c.Name, Calendar = c.Calendar }),
        options.Owners);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Looking up a member's UPN failed; treating them as not on the staff list")]
    private static partial void LogMemberLookupFailed(ILogger logger, Exception exception);
}
