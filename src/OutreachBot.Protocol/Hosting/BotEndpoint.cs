using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Authentication;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size limit, parse and validate, authenticate (token, endorsement, serviceurl claim),
/// then answer invokes inline and queue everything else.
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

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected an inbound request with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string? reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rejected an unauthenticated request with {StatusCode}: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, int statusCode, string? reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Dropped a redelivered {ActivityType} activity")]
    private static partial void LogRedelivery(ILogger logger, string? activityType);
}
