using System.Text;
using Microsoft.AspNetCore.Http;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Tests.Activities;

namespace OutreachBot.Protocol.Tests.Hosting;

public sealed class ActivityReaderTests
{
    private const int MaxBytes = 1024 * 1024;

    [Fact]
    public async Task Read_TeamsMessage_ReturnsTheActivity()
    {
        var result = await ReadAsync(ActivityFixtures.ReadJson(ActivityFixtures.ChannelMessageWithMention));

        Assert.Equal(200, result.Status);
        Assert.Null(result.Error);
        Assert.Equal("1767000000001", result.Activity?.Id);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("")]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    public async Task Read_WhenBodyIsNotAJsonObject_Returns400(string body)
    {
        var result = await ReadAsync(body);

        Assert.Equal(400, result.Status);
        Assert.Null(result.Activity);
        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData("type", "5")]
    [InlineData("conversation", "\"a:1\"")]
    [InlineData("entities", "{\"type\":\"mention\"}")]
    [InlineData("entities", "[\"mention\"]")]
    [InlineData("channelData", "[]")]
    [InlineData("timestamp", "\"yesterday\"")]
    [InlineData("attachments", "{}")]
    public async Task Read_WhenMemberHasTheWrongType_Returns400NamingWhere(string member, string json)
    {
        var activity = Valid();
        activity[member] = System.Text.Json.Nodes.JsonNode.Parse(json);

        var result = await ReadAsync(activity.ToJsonString());

        Assert.Equal(400, result.Status);
        Assert.Contains($"$.{member}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "The activity has no type.")]
    [InlineData("channelId", "The activity has no channelId.")]
    [InlineData("serviceUrl", "The activity has no absolute http(s) serviceUrl.")]
    public async Task Read_WhenRequiredMemberMissing_Returns400(string member, string error)
    {
        var activity = Valid();
        activity.Remove(member);

        var result = await ReadAsync(activity.ToJsonString());

        Assert.Equal(400, result.Status);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task Read_WhenConversationIdMissing_Returns400()
    {
        var activity = Valid();
        activity["conversation"] = new System.Text.Json.Nodes.JsonObject { ["conversationType"] = "personal" };

        var result = await ReadAsync(activity.ToJsonString());

        Assert.Equal(400, result.Status);
        Assert.Equal("The activity has no conversation id.", result.Error);
    }

    [Fact]
    public async Task Read_WhenConversationMissing_Returns400()
    {
        var activity = Valid();
        activity.Remove("conversation");

        var result = await ReadAsync(activity.ToJsonString());

        Assert.Equal(400, result.Status);
        Assert.Equal("The activity has no conversation id.", result.Error);
    }

    [Theory]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    [InlineData("/amer/3f2d8c1e/")]
    [InlineData("amer/3f2d8c1e/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public async Task Read_WhenServiceUrlIsNotAbsoluteHttp_Returns400(string serviceUrl)
    {
        var activity = Valid();
        activity["serviceUrl"] = serviceUrl;

        var result = await ReadAsync(activity.ToJsonString());

        Assert.Equal(400, result.Status);
        Assert.Equal("The activity has no absolute http(s) serviceUrl.", result.Error);
    }

    [Fact]
    public async Task Read_WhenBodyIsInvalidUtf8_Returns400()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid().ToJsonString().Replace("\"message\"", "\"mess\u00ffge\"", StringComparison.Ordinal));
        var invalid = bytes.Select(b => b == 0xC3 ? (byte)0xFF : b).ToArray();

        var result = await ReadAsync(invalid, contentLength: invalid.Length);

        Assert.Equal(400, result.Status);
    }

    [Fact]
    public async Task Read_WhenContentLengthOverLimit_Returns413WithoutReadingTheBody()
    {
        var body = new CountingStream(new MemoryStream(new byte[16]));

        var result = await ActivityReader.ReadAsync(Request(body, "application/json", contentLength: 5 * 1024 * 1024), MaxBytes, CancellationToken.None);

        Assert.Equal(413, result.Status);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task Read_WhenBodyOverLimitWithoutContentLength_Returns413()
    {
        var json = "{\"type\":\"message\",\"text\":\"" + new string('x', 5 * 1024 * 1024) + "\"}";
        var body = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var result = await ActivityReader.ReadAsync(Request(body, "application/json", contentLength: null), MaxBytes, CancellationToken.None);

        Assert.Equal(413, result.Status);
        Assert.Null(result.Activity);
        Assert.True(body.BytesRead <= MaxBytes + (16 * 1024), $"read {body.BytesRead} bytes");
    }

    [Fact]
    public async Task Read_WhenBodyExactlyAtLimit_Reads()
    {
        var prefix = Valid();
        prefix["text"] = string.Empty;
        var padding = 2048 - Encoding.UTF8.GetByteCount(prefix.ToJsonString());
        prefix["text"] = new string('x', padding);
        var bytes = Encoding.UTF8.GetBytes(prefix.ToJsonString());
        Assert.Equal(2048, bytes.Length);

        var result = await ActivityReader.ReadAsync(Request(new MemoryStream(bytes), "application/json", null), 2048, CancellationToken.None);

        Assert.Equal(200, result.Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Read_WhenContentTypeIsNotJson_Returns415(string contentType)
    {
        var result = await ReadAsync(Valid().ToJsonString(), contentType);

        Assert.Equal(415, result.Status);
        Assert.Null(result.Activity);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task Read_WhenContentTypeIsJson_Reads(string contentType)
    {
        var result = await ReadAsync(Valid().ToJsonString(), contentType);

        Assert.Equal(200, result.Status);
    }

    [Fact]
    public async Task Read_WhenRefused_DoesNotEchoTheBody()
    {
        var result = await ReadAsync("{\"type\":\"message\",\"text\":\"Patient Jane Roe, DOB 1980-01-01\"");

        Assert.Equal(400, result.Status);
        Assert.DoesNotContain("Jane", result.Error, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject Valid() => new()
    {
        ["type"] = ActivityTypes.Message,
        ["id"] = "1767000000001",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/amer/3f2d8c1e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/",
        ["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "a:1PersonalChat" },
        ["text"] = "hello",
    };

    private static Task<ActivityReader.Result> ReadAsync(string body, string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return ActivityReader.ReadAsync(Request(new MemoryStream(bytes), contentType, bytes.Length), MaxBytes, CancellationToken.None);
    }

    private static Task<ActivityReader.Result> ReadAsync(byte[] body, long contentLength) =>
        ActivityReader.ReadAsync(Request(new MemoryStream(body), "application/json", contentLength), MaxBytes, CancellationToken.None);

    private static HttpRequest Request(Stream body, string contentType, long? contentLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = contentLength;
        context.Request.Body = body;
        return context.Request;
    }
}
