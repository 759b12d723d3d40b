using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Staff;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Summaries;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Hosting;

namespace OutreachBot.Host.Tests.Staff;

/// <summary>Roles from Entra groups through the real Graph SDK against the Graph-shaped local server.</summary>
public sealed class StaffGroupsTests : IAsyncLifetime, IDisposable
{
    private const string FrontDeskGroup = "10000000-0000-0000-0000-000000000001";
    private const string OwnersGroup = "10000000-0000-0000-0000-000000000002";
    private const string HandGroup = "10000000-0000-0000-0000-000000000003";
    private const string PediatricGroup = "10000000-0000-0000-0000-000000000004";
    private const string HandTeamInner = "10000000-0000-0000-0000-0000000000aa"; // nested in HandGroup, not configured
    private const string Tom = "00000000-0000-0000-0000-000000000024";   // listed as intake staff by object id
    private const string Priya = "00000000-0000-0000-0000-000000000025"; // in groups only

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
    private FakeGraphServer _graph = null!;
    private ServiceProvider _services = null!;

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task RolesOf_MemberThroughANestedGroup_IsAClinicianOnThatGroupsPathways()
    {
        Start();
        _graph.AddGroupMember(HandGroup, HandTeamInner);
        _graph.AddGroupMember(HandTeamInner, Priya);
        _graph.AddGroupMember(FrontDeskGroup, Priya);

        var (roles, clinician) = await Groups.RolesOfAsync(Priya, "Priya Natarajan", Ct);

        Assert.Equal(StaffRoles.IntakeStaff | StaffRoles.Clinician, roles);
        Assert.NotNull(clinician);
        Assert.Equal(Priya, clinician.Key);
        Assert.Equal("Priya Natarajan", clinician.DisplayName);
        Assert.Equal([Pathway.Hand], clinician.Pathways);
        Assert.True(clinician.Takes(Pathway.Hand));
        Assert.False(clinician.Takes(Pathway.Pediatric));
        Assert.Empty(_graph.Errors);
    }

    [Fact]
    public async Task RolesOf_WithinCacheFor_AsksGraphOnce_AndAfterItSeesTheRemoval()
    {
        Start();
        _graph.AddGroupMember(OwnersGroup, Priya);

        Assert.Equal(StaffRoles.Owner, (await Groups.RolesOfAsync(Priya, null, Ct)).Roles);
        _graph.RemoveGroupMember(OwnersGroup, Priya);
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(StaffRoles.Owner, (await Groups.RolesOfAsync(Priya, null, Ct)).Roles);
        Assert.Equal(1, _graph.MembershipChecks);

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(StaffRoles.None, (await Groups.RolesOfAsync(Priya, null, Ct)).Roles);
        Assert.Equal(2, _graph.MembershipChecks);
    }

    [Fact]
    public async Task RolesOf_WhenGraphFails_GrantsNothing_ThenAsksAgainAfterTheFailureWindow()
    {
        Start();
        _graph.AddGroupMember(OwnersGroup, Priya);
        var down = true;
        _graph.Faults.Plan = (_, path) => down && path.EndsWith("/checkMemberGroups", StringComparison.OrdinalIgnoreCase)
            ? new FakeGraphFault(503, "serviceNotAvailable", null)
            : null;

        Assert.Equal((StaffRoles.None, null), await Groups.RolesOfAsync(Priya, null, Ct));
        down = false;
        Assert.Equal(StaffRoles.None, (await Groups.RolesOfAsync(Priya, null, Ct)).Roles); // within RetryAfterFailure: not asked
        Assert.Equal(1, _graph.MembershipChecks);

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(StaffRoles.Owner, (await Groups.RolesOfAsync(Priya, null, Ct)).Roles);
        Assert.Equal(2, _graph.MembershipChecks);
    }

    [Fact]
    public async Task RolesOf_WithMoreThanTwentyGroups_AsksInRequestsOfTwenty()
    {
        var many = Enumerable.Range(0, 25).Select(i => $"20000000-0000-0000-0000-{i:D12}").ToList();
        Start(many.Select((id, i) => new KeyValuePair<string, string?>($"Staff:Groups:Owners:{i}", id)));
        _graph.AddGroupMember(many[23], Priya);

        Assert.Equal(StaffRoles.Owner, (await Groups.RolesOfAsync(Priya, null, Ct)).Roles);
        Assert.Equal(2, _graph.MembershipChecks); // 20 + 5: Graph refuses more than 20 ids a request
        Assert.Empty(_graph.Errors);
    }

    [Fact]
    public async Task Identify_WhenGraphIsDown_ConfiguredStaffKeepTheirRoles_AndGroupOnlyPeopleGetNone()
    {
        Start();
        _graph.AddGroupMember(PediatricGroup, Priya);
        _graph.AddGroupMember(OwnersGroup, Tom);
        _graph.Faults.Plan = (_, _) => new FakeGraphFault(500, "generalException", null);
        var directory = _services.GetRequiredService<StaffDirectory>();

        var tom = await directory.IdentifyAsync(Turn(Tom, "Tom Reyes"), Ct);
        var priya = await directory.IdentifyAsync(Turn(Priya, "Priya Natarajan"), Ct);

        Assert.Equal(StaffRoles.IntakeStaff, tom.Roles);
        Assert.Equal(StaffRoles.None, priya.Roles);
        Assert.Null(priya.AsClinician);

        _graph.Faults.Plan = (_, _) => null;
        _time.Advance(TimeSpan.FromMinutes(2));
        var tomAgain = await directory.IdentifyAsync(Turn(Tom, "Tom Reyes"), Ct);
        var priyaAgain = await directory.IdentifyAsync(Turn(Priya, "Priya Natarajan"), Ct);
        Assert.Equal(StaffRoles.IntakeStaff | StaffRoles.Owner, tomAgain.Roles);
        Assert.Equal(StaffRoles.Clinician, priyaAgain.Roles);
        Assert.Equal([Pathway.Pediatric, Pathway.School], priyaAgain.AsClinician!.Pathways);
    }

    [Fact]
    public void Options_WithABadGroupIdOrPathway_NameTheSetting()
    {
        var options = new StaffOptions
        {
            Groups = new StaffGroupsOptions
            {
                Owners = ["not-a-guid"],
                Clinicians = [new ClinicianGroupOptions { GroupId = HandGroup, Pathways = ["Feet"] }],
            },
        };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(e => e.ErrorMessage).ToList();

        Assert.Contains(errors, e => e!.StartsWith("Staff:Groups:Owners:0 ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.StartsWith("Staff:Groups:Clinicians:0:Pathways has 'Feet'", StringComparison.Ordinal));
    }

    private StaffGroups Groups => _services.GetRequiredService<StaffGroups>();

    private static TurnContext Turn(string objectId, string name) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            Conversation = new ConversationAccount { Id = "a:personal" },
            From = new ChannelAccount { Id = "29:" + objectId, Name = name, AadObjectId = objectId },
        },
        new RecordingConnector());

    private void Start(IEnumerable<KeyValuePair<string, string?>>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl.ToString(),
            ["Graph:MaxRetries"] = "0",
            ["Staff:IntakeStaff:0"] = Tom,
            ["Staff:Groups:IntakeStaff:0"] = FrontDeskGroup,
            ["Staff:Groups:Clinicians:0:GroupId"] = HandGroup,
            ["Staff:Groups:Clinicians:0:Pathways:0"] = "Hand",
            ["Staff:Groups:Clinicians:1:GroupId"] = PediatricGroup,
            ["Staff:Groups:Clinicians:1:Pathways:0"] = "Pediatric",
            ["Staff:Groups:Clinicians:1:Pathways:1"] = "School",
        };
        if (more is null)
        {
            settings["Staff:Groups:Owners:0"] = OwnersGroup;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Concat(more ?? [])).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<TokenCredential>(new FakeTokenCredential());
        services.AddClinicStaff();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync(Ct);

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _graph.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();
}
