using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Invokes;

namespace OutreachBot.Protocol.Hosting;

/// <summary>
/// Dispatches an activity by its type, an invoke by its name and a Universal Action by its verb (in
/// <see cref="OnAdaptiveCardActionAsync"/>). Override what the bot handles; the rest is ignored or answered 501.
/// </summary>
public abstract class ActivityHandler
{
    /// <summary>Runs the turn. Returns the invoke response for invokes, null for every other type.</summary>
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        await OnTurnStartingAsync(turn, cancellationToken);
        switch (ActivityTypes.Canonical(activity.Type))
        {
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, cancellationToken);
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Event:
                await OnEventAsync(turn, cancellationToken);
                break;
            default:
                break;
        }

        return null;
    }

    /// <summary>Runs before every turn, for example to save the conversation reference.</summary>
    protected virtual Task OnTurnStartingAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A message, or an <c>Action.Submit</c> (whose data is in <see cref="Activity.Value"/>).</summary>
    protected virtual Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Members added or removed, or the conversation renamed.</summary>
    protected virtual Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The app installed or removed.</summary>
    protected virtual Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A reaction added or removed.</summary>
    protected virtual Task OnMessageReactionAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A named event.</summary>
    protected virtual Task OnEventAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An invoke: dispatched by name. Unknown names are answered 501.</summary>
    protected virtual async Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (turn.Activity.Name)
        {
            case AdaptiveCardAction.InvokeName:
                return AdaptiveCardAction.From(turn.Activity) is { } action
                    ? await OnAdaptiveCardActionAsync(turn, action, cancellationToken)
                    : AdaptiveCardInvokeResponses.Error(400, "BadRequest", "The card action is not an Action.Execute with a verb.");
            case MessageExtensionAction.FetchTaskInvokeName:
                return MessageExtensionAction.From(turn.Activity) is { } fetch
                    ? await OnMessageExtensionFetchTaskAsync(turn, fetch, cancellationToken)
                    : new InvokeResponse(400, null);
            case MessageExtensionAction.SubmitActionInvokeName:
                return MessageExtensionAction.From(turn.Activity) is { } submit
                    ? await OnMessageExtensionSubmitActionAsync(turn, submit, cancellationToken)
                    : new InvokeResponse(400, null);
            default:
                return InvokeResponse.NotImplemented();
        }
    }

    /// <summary>A message extension action command opens: answer with a task module (dialog), within 5 seconds.</summary>
    protected virtual Task<InvokeResponse> OnMessageExtensionFetchTaskAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented());

    /// <summary>A message extension's dialog was submitted.</summary>
    protected virtual Task<InvokeResponse> OnMessageExtensionSubmitActionAsync(TurnContext turn, MessageExtensionAction action, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented());

    /// <summary>An <c>Action.Execute</c> or a card refresh; dispatch on <see cref="AdaptiveCardAction.Verb"/>.</summary>
    protected virtual Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponses.Error(400, "NotSupported", "This card action is not supported."));
}
