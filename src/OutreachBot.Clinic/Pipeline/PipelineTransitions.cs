namespace OutreachBot.Clinic.Pipeline;

/// <summary>
/// Which stage may follow which. The main path runs received → first contact → evaluation scheduled → evaluation
/// completed; declined, not reachable and closed are the exits. A cancelled evaluation goes back to first contact.
/// </summary>
public static class PipelineTransitions
{
    private static readonly Dictionary<PipelineStage, PipelineStage[]> Next = new()
    {
        [PipelineStage.Received] = [PipelineStage.FirstContact, PipelineStage.EvaluationScheduled, PipelineStage.Declined, PipelineStage.NotReachable, PipelineStage.Closed],
        [PipelineStage.FirstContact] = [PipelineStage.EvaluationScheduled, PipelineStage.Declined, PipelineStage.NotReachable, PipelineStage.Closed],
        [PipelineStage.EvaluationScheduled] = [PipelineStage.EvaluationCompleted, PipelineStage.FirstContact, PipelineStage.NotReachable, PipelineStage.Closed],
        [PipelineStage.EvaluationCompleted] = [PipelineStage.Closed],
        [PipelineStage.Declined] = [],
        [PipelineStage.NotReachable] = [PipelineStage.FirstContact, PipelineStage.Closed],
        [PipelineStage.Closed] = [],
    };

    /// <summary>Whether a referral at <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool Allows(PipelineStage from, PipelineStage to) => Next[from].Contains(to);

    /// <summary>Why a move is refused, in words for staff.</summary>
    public static string WhyNot(PipelineStage from, PipelineStage to) => (from, to) switch
    {
        (_, PipelineStage.EvaluationCompleted) when from is PipelineStage.Received or PipelineStage.FirstContact or PipelineStage.NotReachable =>
            "The evaluation can't be marked completed before it is scheduled. Book it first.",
        (PipelineStage.EvaluationCompleted, PipelineStage.EvaluationScheduled) => "The evaluation has already taken place.",
        (PipelineStage.Declined or PipelineStage.Closed, _) => $"This referral is {Words(from)}, so it can't move on.",
        _ => $"A referral that is {Words(from)} can't be moved to {Words(to)}.",
    };

    private static string Words(PipelineStage stage) => stage switch
    {
        PipelineStage.FirstContact => "at first contact",
        PipelineStage.EvaluationScheduled => "evaluation scheduled",
        PipelineStage.EvaluationCompleted => "evaluation completed",
        PipelineStage.NotReachable => "not reachable",
        _ => stage.ToString().ToLowerInvariant(),
    };

    /// <summary>The stages a referral at <paramref name="from"/> may move to, for the buttons a card offers.</summary>
    public static IReadOnlyList<PipelineStage> From(PipelineStage from) => Next[from];
}
