using Microsoft.Extensions.Time.Testing;
using OutreachBot.Host.Tests.Graph;
using OutreachBot.Host.Tests.Infrastructure;
using OutreachBot.Host.Tests.Summaries;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>
/// What one outreach test shares between the bot instances it starts: a table prefix on Azurite, a fake clock, the
/// recording connector, an outbox and a calendar folder, the settings every instance gets, and (for the Graph tests)
/// the fake Graph server. Disposing it disposes the instances, stops the server and deletes the folders.
/// </summary>
public sealed class OutreachTestBed(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null, FakeGraphServer? graph = null) : IAsyncDisposable
{
    private readonly List<OutreachInstance> _instances = [];
    private readonly string _prefix = LocalStack.UniqueTablePrefix();

    public FakeTimeProvider Time { get; } = new(now);

    public RecordingConnector Connector { get; } = new();

    public string Outbox { get; } = Directory.CreateTempSubdirectory("outreach-outbox-").FullName;

    public string Calendars { get; } = Directory.CreateTempSubdirectory("outreach-calendars-").FullName;

    /// <summary>Where outreach email lands when sent through the outbox (not Graph).</summary>
    public string OutreachOutbox => Path.Combine(Outbox, "outreach");

    public FakeGraphServer Graph => graph ?? throw new InvalidOperationException("This test bed has no Graph server.");

    /// <summary>A new bot instance on the same tables, clock and folders; <paramref name="more"/> adds to the bed's settings.</summary>
    public OutreachInstance Instance(IReadOnlyDictionary<string, string?>? more = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var instance = new OutreachInstance(_prefix, Time, Connector, Outbox, Calendars, values, graph);
        _instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (graph is not null)
        {
            await graph.DisposeAsync();
        }

        Directory.Delete(Outbox, recursive: true);
        Directory.Delete(Calendars, recursive: true);
    }
}
