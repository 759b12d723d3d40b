using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>
/// A Graph-shaped HTTP server on Kestrel (127.0.0.1, a free port) for the real Microsoft.Graph SDK: mail folder delta
/// with next and delta links, <c>$value</c>, getSchedule and events, new messages and drafts, document libraries
/// (children and content, with the download redirect). Paths, query names and JSON property names are read
/// case-insensitively, as Graph does. Faults (429/503 with Retry-After, held answers, expired tokens) and counters
/// are the tests' to set and read.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-graph-token";

    private readonly ConcurrentDictionary<string, FakeGraphMailFolder> _folders = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? _app;
    private int _generation;

    public Uri BaseUrl { get; private set; } = null!;

    public FakeGraphFaults Faults { get; } = new();

    /// <summary>Exceptions the fake itself threw (a bug in the fake or a request it cannot read).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    public FakeGraphCounters Counters { get; } = new();

    /// <summary>Messages from each delta page already sent on the page before (Graph may send an item twice).</summary>
    public int ReplayOverlap { get; set; }

    /// <summary>
    /// Raised for every answered delta request, once what it covers is fixed, with its skip or delta token (null for a
    /// first round).
    /// </summary>
    public event Action<string?>? DeltaRequested;

    /// <summary>Raised for a delta request that starts a round from a saved delta link (carries <c>$deltatoken</c>).</summary>
    public event Action<string>? DeltaLinkFollowed;

    public static async Task<FakeGraphServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new FakeGraphServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        server._app = app;
        server.BaseUrl = new Uri(app.Urls.First() + "/v1.0");
        return server;
    }

    public FakeGraphMailFolder Folder(string user, string folder) => _folders.GetOrAdd(user + "|" + folder, _ => new FakeGraphMailFolder());

    /// <summary>Every delta and next link given so far answers 410 SyncStateNotFound from now on.</summary>
    public void ExpireDeltaTokens() => Interlocked.Increment(ref _generation);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            Faults.ReleaseHeld();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _notifier.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            await AnswerAsync(context);
        }
        catch (OperationCanceledException) when (Faults.Dropped)
        {
            context.Abort(); // a held request of a stopped bot: no answer at all
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            Errors.Enqueue(ex.ToString());
            throw;
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var hasToken = context.Request.Headers.Authorization.ToString() == "Bearer " + Token;
        var number = Counters.Request(hasToken);
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        if (segments is [var version, var batch] && Is(version, "v1.0") && Is(batch, "$batch") && HttpMethods.IsPost(context.Request.Method))
        {
            await BatchAsync(context, number);
            return;
        }

        if (segments is [var download, var driveId, var itemId] && Is(download, "_download"))
        {
            await DownloadAsync(context, driveId, itemId);
            return;
        }

        if (segments.Length >= 3 && Is(segments[0], "v1.0") && Is(segments[1], "drives"))
        {
            await DriveAsync(context, segments[2]);
            return;
        }

        if (segments.Length >= 2 && Is(segments[0], "v1.0") && Is(segments[1], "subscriptions"))
        {
            await SubscriptionsAsync(context, segments[2..]);
            return;
        }

        if (segments.Length < 3 || !Is(segments[0], "v1.0") || !Is(segments[1], "users"))
        {
            await ErrorAsync(context, 404, "ResourceNotFound", null);
            return;
        }

        var user = segments[2];
        CountMembershipCheck(segments);
        Counters.Enter(user);
        try
        {
            if (Faults.Plan(number, context.Request.Path.Value!) is { } fault)
            {
                Counters.Fault();
                await ErrorAsync(context, fault.Status, fault.Code, fault.RetryAfterSeconds);
                return;
            }

            var rest = segments[3..];
            await (rest switch
            {
                [var mf, var folder, var m, var d] when Is(mf, "mailFolders") && Is(m, "messages") && (Is(d, "delta") || Is(d, "delta()"))
                    => DeltaAsync(context, user, folder),
                [var m, var id, var v] when Is(m, "messages") && Is(v, "$value") => ValueAsync(context, user, id),
                [var m, var id, var action] when Is(m, "messages") && HttpMethods.IsPost(context.Request.Method) => ReplyAsync(context, id, action),
                [var m] when Is(m, "messages") && HttpMethods.IsGet(context.Request.Method) => FindByInternetMessageIdAsync(context, user),
                [var m] when Is(m, "messages") && HttpMethods.IsPost(context.Request.Method) => CreateDraftAsync(context, user),
                [var c] when Is(c, "checkMemberGroups") && HttpMethods.IsPost(context.Request.Method) => CheckMemberGroupsAsync(context, user),
                _ => CalendarAsync(context, user, rest),
            });
        }
        finally
        {
            Counters.Leave(user);
        }
    }

    private async Task DeltaAsync(HttpContext context, string user, string folderId)
    {
        var prefer = string.Join(",", context.Request.Headers["Prefer"].ToArray());
        var match = MaxPageSize().Match(prefer);
        var pageSize = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 10;
        Counters.Delta(match.Success && prefer.Contains("IdType=\"ImmutableId\"", StringComparison.OrdinalIgnoreCase));
        var folder = Folder(user, folderId);
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        int generation = _generation, start, from, end;
        // Graph keeps the first request's query options in its next and delta links; here, a last token part "a" says
        // the round expands attachments.
        var expand = query.GetValueOrDefault("$expand")?.Contains("attachments", StringComparison.OrdinalIgnoreCase) == true;
        if (query.TryGetValue("$skiptoken", out var skip) || query.TryGetValue("$deltatoken", out skip))
        {
            var parts = skip.Split('.');
            expand = parts[^1] == "a";
            if (int.Parse(parts[0], CultureInfo.InvariantCulture) != generation)
            {
                Counters.Expired();
                await ErrorAsync(context, 410, "SyncStateNotFound", null);
                return;
            }

            var isDelta = query.ContainsKey("$deltatoken");
            start = int.Parse(parts[1], CultureInfo.InvariantCulture);
            from = isDelta ? start : int.Parse(parts[2], CultureInfo.InvariantCulture);
            end = isDelta ? folder.Count : int.Parse(parts[3], CultureInfo.InvariantCulture);
        }
        else
        {
            start = from = 0;
            end = folder.Count;
        }

        DeltaRequested?.Invoke(query.GetValueOrDefault("$skiptoken") ?? query.GetValueOrDefault("$deltatoken"));
        if (query.GetValueOrDefault("$deltatoken") is { } followed)
        {
            DeltaLinkFollowed?.Invoke(followed);
        }
        var to = Math.Min(from + pageSize, end);
        var page = folder.Range(Math.Max(start, from - ReplayOverlap), to);
        var textBodies = prefer.Contains("outlook.body-content-type=\"text\"", StringComparison.OrdinalIgnoreCase);
        var link = $"{BaseUrl}/users/{user}/mailFolders/{folderId}/messages/delta()";
        var body = new Dictionary<string, object?>
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#Collection(message)",
            ["value"] = page.Select(m => Json(m, textBodies, expand)).ToList(),
        };
        if (to < end)
        {
            body["@odata.nextLink"] = $"{link}?$skiptoken={generation}.{start}.{to}.{end}.{(expand ? "a" : "-")}";
        }
        else
        {
            body["@odata.deltaLink"] = $"{link}?$deltatoken={generation}.{end}.{(expand ? "a" : "-")}";
        }

        context.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={pageSize}";
        await context.Response.WriteAsJsonAsync(body, context.RequestAborted);
        if (to >= end)
        {
            OnRoundEnded();
        }
    }

    private async Task ValueAsync(HttpContext context, string user, string id)
    {
        Counters.Value();
        await Faults.WaitIfHeldAsync(context.RequestAborted);
        var message = FindMessage(user, id);
        if (message is null)
        {
            await ErrorAsync(context, 404, "ErrorItemNotFound", null);
            return;
        }

        context.Response.ContentType = "message/rfc822";
        await context.Response.Body.WriteAsync(message.Mime, context.RequestAborted);
        Counters.Served(message.Id);
    }

    private FakeGraphMessage? FindMessage(string user, string id) =>
        _folders.Where(f => f.Key.StartsWith(user + "|", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Value.Find(id)).FirstOrDefault(found => found is not null);

    // What Exchange derives from the MIME: the body (text when asked with Prefer outlook.body-content-type), the
    // sender's name, whether there are attachments (and, with $expand, the attachments: files with their bytes, attached
    // emails as item attachments without content), and a conversation index that is longer for a reply.
    private static Dictionary<string, object?> Json(FakeGraphMessage m, bool textBody, bool expand)
    {
        using var stream = new MemoryStream(m.Mime);
        var mime = MimeKit.MimeMessage.Load(stream);
        var sender = mime.From.Mailboxes.FirstOrDefault();
        var html = !textBody && mime.HtmlBody is not null;
        var index = new byte[string.IsNullOrEmpty(mime.InReplyTo) ? 22 : 27];
        Encoding.ASCII.GetBytes(m.Id[..Math.Min(m.Id.Length, 22)]).CopyTo(index, 0);
        var json = new Dictionary<string, object?>
        {
            ["@odata.type"] = "#microsoft.graph.message",
            ["id"] = m.Id,
            ["internetMessageId"] = $"<{m.InternetMessageId}>",
            ["subject"] = m.Subject,
            ["receivedDateTime"] = m.ReceivedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["hasAttachments"] = mime.Attachments.Any(),
            ["conversationId"] = "conv-" + m.Id[..8],
            ["conversationIndex"] = Convert.ToBase64String(index),
            ["body"] = new Dictionary<string, object?>
            {
                ["contentType"] = html ? "html" : "text",
                ["content"] = html ? mime.HtmlBody : mime.TextBody ?? "",
            },
            ["from"] = new Dictionary<string, object?>
            {
                ["emailAddress"] = new Dictionary<string, object?> { ["address"] = m.FromAddress, ["name"] = sender?.Name },
            },
        };
        if (expand)
        {
            json["attachments"] = FakeGraphAttachments.Of(mime);
        }

        return json;
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code, int? retryAfter)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(new { error = new { code, message = $"Fake Graph answered {status} {code}." } }, context.RequestAborted);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpContext context) =>
        (await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted)).RootElement.Clone();

    private static bool Is(string segment, string name) => string.Equals(segment, name, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSize();
}
