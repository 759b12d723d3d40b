using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Invokes;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>Records every message and card action; message turns wait for the recorder's gate.</summary>
public sealed class RecordingHandler(TurnRecorder recorder) : ActivityHandler
{
    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        recorder.Record(turn.Activity);
        await recorder.Gate.WaitAsync(cancellationToken);
    }

    protected override Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        recorder.Record(turn.Activity);
        return Task.CompletedTask;
    }

    protected override Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        recorder.Record(turn.Activity);
        return Task.FromResult(action.Verb == "assign"
            ? AdaptiveCardInvokeResponses.Message($"Assigned {action.Data["referralId"]} to you.")
            : AdaptiveCardInvokeResponses.Error(400, "UnknownVerb", "This action is not supported."));
    }
}
