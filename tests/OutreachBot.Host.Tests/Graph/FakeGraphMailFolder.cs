namespace OutreachBot.Host.Tests.Graph;

/// <summary>One message held by the fake: the fields delta returns, and the MIME <c>$value</c> returns.</summary>
public sealed record FakeGraphMessage(string Id, string InternetMessageId, string Subject, string FromAddress, DateTimeOffset ReceivedAt, byte[] Mime);

/// <summary>
/// One mailbox folder of the fake, in arrival order. Delta tokens are positions in that order: a round started at
/// <c>w</c> returns what arrived since <c>w</c>. Tokens carry a generation, so <see cref="FakeGraphServer.ExpireDeltaTokens"/>
/// can make every earlier token answer 410.
/// </summary>
public sealed class FakeGraphMailFolder
{
    private readonly List<FakeGraphMessage> _messages = [];
    private readonly Lock _lock = new();

    public void Add(FakeGraphMessage message)
    {
        lock (_lock)
        {
            _messages.Add(message);
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _messages.Count;
            }
        }
    }

    public IReadOnlyList<FakeGraphMessage> Range(int from, int to)
    {
        lock (_lock)
        {
            return _messages.GetRange(from, to - from);
        }
    }

    public FakeGraphMessage? Find(string id)
    {
        lock (_lock)
        {
            return _messages.Find(m => m.Id == id);
        }
    }
}
