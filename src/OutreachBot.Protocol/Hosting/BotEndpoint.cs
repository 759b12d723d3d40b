using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Authentication;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Proactive;
using OutreachBot.Protocol.Teams;

namespace OutreachBot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size limit, parse and validate, authenticate (token, endorsement, serviceurl claim),
/// check the activity's tenant, save its conversation reference, then answer invokes inline and queue everything else.
/// </summary>
public static partial class BotEndpoint
{
    /// <summary>Maps the messaging endpoint the channel posts activities to.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, (Delegate)HandleAsync).DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<ActivityProcessingOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotEndpoint));
        var cancellationToken = http.RequestAborted;

        var read = await ActivityReader.ReadAsync(http.Request, options.MaxBodyBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            LogRejected(logger, read.Status, read.Error);
            return Results.Problem(statusCode: read.Status, title: read.Error);
        }

        var validator = services.GetRequiredService<IInboundTokenValidator>();
        var auth = await validator.ValidateAsync(
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity.ChannelId!, activity.ServiceUrl!, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthenticated(logger, auth.StatusCode, auth.Failure);
            return Results.StatusCode(auth.StatusCode);
        }

        if (!TenantAllowed(activity, services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value))
        {
            LogTenantRefused(logger, activity.Type);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        await SaveReferenceAsync(services, activity, logger, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var handler = services.GetRequiredService<ActivityHandler>();
            var turn = new TurnContext(activity, services.GetRequiredService<IConnectorClient>());
            var response = await handler.HandleAsync(turn, cancellationToken) ?? Invokes.InvokeResponse.NotImplemented();
            return response.Body is null
                ? Results.StatusCode(response.Status)
                : Results.Json(response.Body, ActivityJson.Options, statusCode: response.Status);
        }

        var redelivery = services.GetRequiredService<RedeliveryFilter>();
        if (!redelivery.TryAdmit(activity.Conversation!.Id!, activity.Id))
        {
            LogRedelivery(logger, activity.Type);
            return Results.Ok();
        }

        if (!await services.GetRequiredService<InboundActivities>().TryEnqueueAsync(activity, cancellationToken))
        {
            // The 503 asks the channel to send this activity again: its retry must not count as a redelivery.
            redelivery.Release(activity.Conversation.Id!, activity.Id);
            http.Response.Headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Accepted();
    }

    // A valid token proves the channel sent the activity, not that the activity belongs to the clinic: any tenant can
    // install a multi-tenant bot. Only enforced with authentication on and a tenant configured.
    private static bool TenantAllowed(Activity activity, BotAuthenticationOptions options)
    {
        if (options.Authentication.Disabled || (string.IsNullOrEmpty(options.TenantId) && options.AllowedTenantIds.Count == 0))
        {
            return true;
        }

        var tenant = TeamsChannelData.TenantId(activity);
        return tenant is not null
            && (string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase)
                || options.AllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase));
    }

    // Before dispatch, so a proactive message can reach a conversation from its first activity. A failed write is
    // logged and not fatal: losing the user's message to a storage hiccup would be worse; the next activity retries.
    private static async Task SaveReferenceAsync(IServiceProvider services, Activity activity, ILogger logger, CancellationToken cancellationToken)
    {
        var recorder = services.GetRequiredService<ConversationReferenceRecorder>();
        try
        {
            await recorder.RecordAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReferenceNotSaved(logger, ex, activity.Type);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected an inbound request with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string? reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rejected an unauthenticated request with {StatusCode}: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, int statusCode, string? reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Dropped a redelivered {ActivityType} activity")]
    private static partial void LogRedelivery(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Refused a {ActivityType} activity from a tenant that is not allowed")]
    private static partial void LogTenantRefused(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Could not save the conversation reference of a {ActivityType} activity")]
    private static partial void LogReferenceNotSaved(ILogger logger, Exception exception, string? activityType);
}
