using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OutreachBot.Host.Teams;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;

namespace OutreachBot.Host.Tests.Teams;

public sealed class StaffChatsTests
{
    private const string ServiceUrl = "https://smba.example/amer/";
    private static readonly JsonObject Card = new() { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
    private readonly References _references = new();
    private readonly Connector _connector = new();

    private StaffChats Chats => new(_references, _connector, NullLogger<StaffChats>.Instance);

    private static ConversationReference Seen(string conversationId, string type) =>
        new(ServiceUrl, "msteams", conversationId, type, "tenant-1", new ChannelAccount { Id = "28:bot" })
        {
            User = new ChannelAccount { Id = "29:marcus", AadObjectId = "aad-marcus" },
        };

    [Fact]
    public async Task SendCard_WhenThePersonHasA1To1Chat_PostsThereWithoutOpeningAnother()
    {
        _references.Saved["aad-marcus"] = Seen("a:personal-marcus", "personal");

        var posted = await Chats.SendCardAsync("aad-marcus", Card, "New intake", CancellationToken.None);

        Assert.Equal(new PostedCard(ServiceUrl, "a:personal-marcus", "activity-1"), posted);
        Assert.Empty(_connector.Created);
        Assert.Equal("personal", Assert.Single(_connector.Sent).Conversation?.ConversationType);
    }

    [Fact]
    public async Task SendCard_WhenThePersonWasOnlySeenInAChannel_Opens1To1ChatWithThemAndRemembersIt()
    {
        _references.Saved["aad-marcus"] = Seen("19:channel@thread.tacv2", "channel");

        var posted = await Chats.SendCardAsync("aad-marcus", Card, "New intake", CancellationToken.None);

        var created = Assert.Single(_connector.Created);
        Assert.Equal("29:marcus", Assert.Single(created.Members!).Id);
        Assert.False(created.IsGroup);
        Assert.Equal("a:new-chat", posted?.ConversationId);
        Assert.Equal("a:new-chat", _references.Saved["aad-marcus"].ConversationId);
    }

    [Fact]
    public async Task SendCard_WhenTheBotHasNeverSeenThePerson_SendsNothing()
    {
        Assert.Null(await Chats.SendCardAsync("aad-unknown", Card, "New intake", CancellationToken.None));
        Assert.Empty(_connector.Sent);
        Assert.Empty(_connector.Created);
    }

    private sealed class References : IConversationReferenceStore
    {
        public Dictionary<string, ConversationReference> Saved { get; } = [];

        public Task SaveAsync(ConversationReference reference, string? userAadObjectId, CancellationToken cancellationToken)
        {
            Saved[userAadObjectId ?? reference.User!.Id!] = reference;
            return Task.CompletedTask;
        }

        public Task<ConversationReference?> FindForUserAsync(string aadObjectIdOrUserId, CancellationToken cancellationToken) =>
            Task.FromResult(Saved.GetValueOrDefault(aadObjectIdOrUserId));

        public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult(Saved.Values.FirstOrDefault(r => r.ConversationId == conversationId));
    }

    private sealed class Connector : IConnectorClient
    {
        public List<Activity> Sent { get; } = [];

        public List<ConversationParameters> Created { get; } = [];

        public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return Task.FromResult<string?>($"activity-{Sent.Count}");
        }

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
        {
            Created.Add(parameters);
            return Task.FromResult(new ConversationResourceResponse("a:new-chat", null, null));
        }

        public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
