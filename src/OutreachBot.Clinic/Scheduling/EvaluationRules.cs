namespace OutreachBot.Clinic.Scheduling;

/// <summary>
/// How an evaluation is booked: its length, the free time it needs before and after (set-up, notes), and the step
/// between candidate start times, counted from the start of the working day.
/// </summary>
public sealed record EvaluationRules(TimeSpan Length, TimeSpan BufferBefore, TimeSpan BufferAfter, TimeSpan Step)
{
    public static EvaluationRules Standard { get; } = new(TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));
}
