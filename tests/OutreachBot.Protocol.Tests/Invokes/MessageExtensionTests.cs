using System.Text.Json;
using System.Text.Json.Nodes;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Invokes;

namespace OutreachBot.Protocol.Tests.Invokes;

public sealed class MessageExtensionTests
{
    [Fact]
    public void From_SubmitActionOnAMessage_ReadsCommandContextDataAndMessage()
    {
        var action = MessageExtensionAction.From(Invoke(MessageExtensionAction.SubmitActionInvokeName, """
            {"commandId":"logReferral","commandContext":"message","data":{"pathway":"hand"},
             "messagePayload":{"id":"1700000000000","body":{"contentType":"html","content":"<p>Referral</p>"}}}
            """));

        Assert.NotNull(action);
        Assert.Equal("logReferral", action.CommandId);
        Assert.Equal("message", action.CommandContext);
        Assert.Equal("hand", action.Data["pathway"]!.GetValue<string>());
        Assert.Equal("1700000000000", action.MessagePayload!["id"]!.GetValue<string>());
        Assert.Null(action.BotMessagePreviewAction);
    }

    [Theory]
    [InlineData("""{"commandContext":"message"}""")]
    [InlineData("""{"commandId":5}""")]
    [InlineData("""{"commandId":""}""")]
    [InlineData("""[1,2]""")]
    public void From_WithoutACommandId_IsNull(string value) =>
        Assert.Null(MessageExtensionAction.From(Invoke(MessageExtensionAction.FetchTaskInvokeName, value)));

    [Fact]
    public void TaskCard_IsAContinueTaskHoldingTheAdaptiveCard()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = MessageExtensionResponses.TaskCard("Log as referral", card, "large", "medium");

        Assert.Equal(200, response.Status);
        var task = response.Body!["task"]!;
        Assert.Equal("continue", task["type"]!.GetValue<string>());
        Assert.Equal("Log as referral", task["value"]!["title"]!.GetValue<string>());
        Assert.Equal("large", task["value"]!["width"]!.GetValue<string>());
        Assert.Equal(Attachment.AdaptiveCardContentType, task["value"]!["card"]!["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", task["value"]!["card"]!["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void ResultAndTaskMessage_HaveTheShapesTeamsReads()
    {
        var result = MessageExtensionResponses.Result([new JsonObject { ["type"] = "AdaptiveCard" }]);
        var message = MessageExtensionResponses.TaskMessage("Logged.");

        Assert.Equal("result", result.Body!["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal("list", result.Body!["composeExtension"]!["attachmentLayout"]!.GetValue<string>());
        Assert.Single(result.Body!["composeExtension"]!["attachments"]!.AsArray());
        Assert.Equal("message", message.Body!["task"]!["type"]!.GetValue<string>());
        Assert.Equal("Logged.", message.Body!["task"]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(MessageExtensionAction.FetchTaskInvokeName, "fetch:logReferral")]
    [InlineData(MessageExtensionAction.SubmitActionInvokeName, "submit:logReferral")]
    public async Task Handler_DispatchesMessageExtensionInvokesByName(string name, string expected)
    {
        var handler = new ExtensionHandler();

        var response = await handler.HandleAsync(Turn(Invoke(name, """{"commandId":"logReferral","commandContext":"message"}""")), CancellationToken.None);

        Assert.Equal(200, response!.Status);
        Assert.Equal(expected, handler.Seen);
    }

    [Fact]
    public async Task Handler_WhenTheExtensionInvokeNamesNoCommand_Answers400WithoutCallingTheHandler()
    {
        var handler = new ExtensionHandler();

        var response = await handler.HandleAsync(Turn(Invoke(MessageExtensionAction.FetchTaskInvokeName, "{}")), CancellationToken.None);

        Assert.Equal(400, response!.Status);
        Assert.Null(handler.Seen);
    }

    [Fact]
    public async Task Handler_ThatDoesNotOverrideMessageExtensions_Answers501()
    {
        var handler = new PlainHandler();

        var response = await handler.HandleAsync(Turn(Invoke(MessageExtensionAction.FetchTaskInvokeName, """{"commandId":"x"}""")), CancellationToken.None);

        Assert.Equal(501, response!.Status);
    }

    private static Activity Invoke(string name, string value) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = name,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Conversation = new ConversationAccount { Id = "a:1" },
        Value = JsonNode.Parse(value),
    };

    private static TurnContext Turn(Activity activity) => new(activity, new UnusedConnector());

    private sealed class ExtensionHandler : ActivityHandler
    {
        public string? Seen { get; private set; }

        protected override Task<InvokeResponse> OnMessageExtensionFetchTaskAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken)
        {
            Seen = "fetch:" + action.CommandId;
            return Task.FromResult(MessageExtensionResponses.TaskCard("t", []));
        }

        protected override Task<InvokeResponse> OnMessageExtensionSubmitActionAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken)
        {
            Seen = "submit:" + action.CommandId;
            return Task.FromResult(MessageExtensionResponses.TaskMessage("ok"));
        }
    }

    private sealed class PlainHandler : ActivityHandler;

    private sealed class UnusedConnector : IConnectorClient
    {
        public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) => throw new JsonException("not used");
        public Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) => throw new JsonException("not used");
    }
}
