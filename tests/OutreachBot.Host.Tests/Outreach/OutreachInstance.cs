using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Calendars;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Tests.Summaries;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// One bot instance's outreach with the real registrations (AddOutreach, the table partner directory, .ics calendars,
/// the outbox), on Azurite tables shared by every instance with the same prefix (run through ./test.sh). Given a fake
/// Graph server, mail (outreach email, and the intake mailbox <see cref="GraphMailbox"/> read by delta) and calendars
/// go through Graph instead, as in a tenant.
/// </summary>
public sealed class OutreachInstance : IAsyncDisposable
{
    public const string Lead = "aad-lead-helen";
    public const string Clinician = "aad-clinician-marcus";

    /// <summary>The mailbox the bot reads through Graph (Graph:Mail:Mailboxes) when it has a fake Graph server.</summary>
    public const string GraphMailbox = "intake@harborlight-ot.example";

    private readonly ServiceProvider _services;

    public OutreachInstance(
        string tablePrefix, FakeTimeProvider time, RecordingConnector connector, string outbox, string calendars, IDictionary<string, string?>? settings = null, FakeGraphServer? graph = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Clinic:Name"] = "Harborlight OT",
            ["Clinic:TimeZone"] = "America/Chicago",
            ["ResponseStandard:Holidays:0"] = "2026-09-07",
            ["Staff:Owners:0"] = Lead,
            ["Staff:Clinicians:0:Id"] = Clinician,
            ["Correspondence:OutboxFolder"] = outbox,
            ["Calendars:IcsFolder"] = calendars,
        };
        if (graph is not null)
        {
            values["Graph:BaseUrl"] = graph.BaseUrl.ToString();
            values["Graph:Mail:Enabled"] = "true";
            values["Graph:Mail:Mailboxes:0:User"] = GraphMailbox;
            values["Calendars:Source"] = "Graph";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IConnectorClient>(connector);
        services.AddPipelineStorage();
        services.AddSummaries();
        services.AddPartners();
        services.AddTriage();
        services.AddOptions<GraphMailOptions>().BindConfiguration(GraphMailOptions.SectionName);
        if (graph is not null)
        {
            services.AddSingleton<TokenCredential>(new FakeTokenCredential());
            services.AddMailboxIntake();
            services.AddGraphMail(); // before AddCorrespondence, as in Program.cs
        }

        services.AddClinicianCalendars();
        services.AddCorrespondence();
        services.AddClinicStaff();
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName);
        services.AddSingleton<IConversationReferenceStore, TableConversationReferences>();
        services.AddSingleton<StaffChats>();
        services.AddOutreach();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public IPartnerDirectory Partners => Get<IPartnerDirectory>();

    public async Task StartStorageAsync(CancellationToken cancellationToken)
    {
        await Get<PipelineTables>().EnsureCreatedAsync(cancellationToken);
        await Get<SummaryTables>().EnsureCreatedAsync(cancellationToken);
        await Get<PartnerTables>().EnsureCreatedAsync(cancellationToken);
    }

    /// <summary>Records a 1:1 chat with <paramref name="aadObjectId"/>, as the bot does when the person first writes.</summary>
    public Task MeetAsync(string aadObjectId, CancellationToken cancellationToken, string? name = null) =>
        Get<IConversationReferenceStore>().SaveAsync(
            new ConversationReference("http://127.0.0.1:9/connector", "msteams", $"a:chat-{aadObjectId}", "personal", "tenant", new ChannelAccount { Id = "28:bot", Name = "OutreachBot" })
            {
                User = new ChannelAccount { Id = $"29:{aadObjectId}", AadObjectId = aadObjectId, Name = name },
            },
            aadObjectId, cancellationToken);

    /// <summary>Puts the partner in the directory as it is (through the directory's own add, then a change to match).</summary>
    public async Task<Partner> AddAsync(Partner partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var added = await Partners.MatchOrAddAsync(partner.Organization, partner.People[0], partner.Setting, "test", cancellationToken);
        return (await Partners.ChangeAsync(added.Id, _ => partner with { Id = added.Id, AddedAt = added.AddedAt }, cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
