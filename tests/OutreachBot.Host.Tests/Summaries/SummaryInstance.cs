using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Staff;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Host.Tests.Summaries;

/// <summary>
/// One instance of the bot's pipeline, summaries and proactive parts, with the real registrations, on Azurite tables
/// shared by every instance made with the same prefix: two of these are two bots against one storage account.
/// </summary>
public sealed class SummaryInstance : IAsyncDisposable
{
    public const string OwnerOne = "aad-owner-helen";
    public const string OwnerTwo = "aad-owner-sam";
    public const string Clinician = "aad-clinician-marcus";
    public const string IntakeLead = "aad-intake-dana";

    private readonly ServiceProvider _services;

    public SummaryInstance(string tablePrefix, FakeTimeProvider time, RecordingConnector connector, string outbox, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Clinic:Name"] = "Harborlight OT",
            ["Clinic:TimeZone"] = "America/Chicago",
            ["Clinic:FirstContactStandard"] = "08:00:00",
            ["ResponseStandard:Holidays:0"] = "2026-11-26",
            ["ResponseStandard:IntakeLeadId"] = IntakeLead,
            ["ResponseStandard:IntakeLeadName"] = "Dana Whitfield",
            ["Staff:Owners:0"] = OwnerOne,
            ["Staff:Owners:1"] = OwnerTwo,
            ["Staff:IntakeStaff:0"] = IntakeLead,
            ["Staff:Clinicians:0:Id"] = Clinician,
            ["Correspondence:OutboxFolder"] = outbox,
        };
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
        services.AddTriage();
        services.AddCorrespondence();
        services.AddClinicStaff();
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName);
        services.AddSingleton<IConversationReferenceStore, TableConversationReferences>();
        services.AddSingleton<StaffChats>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task StartStorageAsync(CancellationToken cancellationToken)
    {
        await Get<PipelineTables>().EnsureCreatedAsync(cancellationToken);
        await Get<SummaryTables>().EnsureCreatedAsync(cancellationToken);
        await Get<OutreachBot.Host.Partners.PartnerTables>().EnsureCreatedAsync(cancellationToken);
    }

    /// <summary>Records a 1:1 chat with <paramref name="aadObjectId"/>, as the bot does when the person first writes.</summary>
    public Task MeetAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Get<IConversationReferenceStore>().SaveAsync(
            new ConversationReference("http://127.0.0.1:9/connector", "msteams", $"a:chat-{aadObjectId}", "personal", "tenant", new ChannelAccount { Id = "28:bot", Name = "OutreachBot" })
            {
                User = new ChannelAccount { Id = $"29:{aadObjectId}", AadObjectId = aadObjectId },
            },
            aadObjectId, cancellationToken);

    /// <summary>Chooses a triage channel, as "use this channel for referrals" does.</summary>
    public Task UseTriageChannelAsync(CancellationToken cancellationToken) =>
        Get<TriageChannel>().SetAsync(
            new ConversationReference("http://127.0.0.1:9/connector", "msteams", "19:referrals@thread.tacv2", "channel", "tenant", new ChannelAccount { Id = "28:bot", Name = "OutreachBot" }),
            new Clinic.Staff.StaffMember(IntakeLead, "Dana Whitfield"), Get<TimeProvider>().GetUtcNow(), cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
