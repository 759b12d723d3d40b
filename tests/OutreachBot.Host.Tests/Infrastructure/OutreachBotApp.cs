using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>
/// The real bot (Program) on Kestrel, on Azurite with its own tables and its own mailbox folder. Authentication is
/// off as in local development, because the Agents Playground sends no token; the protocol tests cover tokens.
/// </summary>
public sealed class OutreachBotApp : WebApplicationFactory<Program>
{
    public OutreachBotApp(int port, IDictionary<string, string?>? settings = null)
    {
        Port = port;
        TablePrefix = LocalStack.UniqueTablePrefix();
        MailboxFolder = Directory.CreateTempSubdirectory("outreachbot-mailbox-").FullName;
        CalendarFolder = Directory.CreateTempSubdirectory("outreachbot-calendars-").FullName;
        OutboxFolder = Directory.CreateTempSubdirectory("outreachbot-outbox-").FullName;
        Settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Mailbox:Folder"] = MailboxFolder,
            ["Mailbox:PollInterval"] = "00:00:00.200",
            ["Mailbox:SettleTime"] = "00:00:00",
            ["Calendars:IcsFolder"] = CalendarFolder,
            ["Correspondence:OutboxFolder"] = OutboxFolder,
            ["Bot:AppId"] = PlaygroundIds.BotId,
            ["Bot:TenantId"] = PlaygroundIds.TenantId,
            ["Bot:Authentication:Disabled"] = "true",
            ["Connector:AllowedServiceUrlHosts:0"] = "localhost",
            ["Connector:AllowedServiceUrlHosts:1"] = "127.0.0.1",
            ["Clinic:Name"] = "Test Clinic",
            ["Clinic:TimeZone"] = "America/Chicago",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
    }

    public int Port { get; }

    public string TablePrefix { get; }

    public string MailboxFolder { get; }

    /// <summary>The clinicians' .ics calendars (<c>{object id}.ics</c>); empty: every working hour is free.</summary>
    public string CalendarFolder { get; }

    /// <summary>Letters to referrers, as .eml files.</summary>
    public string OutboxFolder { get; }

    public Dictionary<string, string?> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Settings));
    }

    /// <summary>Drops an .eml into the watched folder the way a mail export would: written elsewhere, then moved in.</summary>
    public string DropMessage(string fileName, string eml)
    {
        var staging = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(staging, eml);
        var target = Path.Combine(MailboxFolder, fileName);
        File.Move(staging, target);
        return target;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(MailboxFolder, recursive: true);
            Directory.Delete(CalendarFolder, recursive: true);
            Directory.Delete(OutboxFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
