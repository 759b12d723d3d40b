using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Pipeline;

/// <summary>How many referrals received in a week stand at each stage, and how many have been taken.</summary>
/// <param name="Week">The week.</param>
/// <param name="Received">Referrals received in the week.</param>
/// <param name="ByStage">How many of them stand at each stage now (every stage listed, zero included).</param>
/// <param name="Assigned">How many of them someone has taken.</param>
public sealed record WeeklyStageCounts(ClinicWeek Week, int Received, IReadOnlyDictionary<PipelineStage, int> ByStage, int Assigned)
{
    /// <summary>Counts the referrals received in <paramref name="week"/>.</summary>
    public static WeeklyStageCounts For(ClinicWeek week, IEnumerable<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(week);
        var inWeek = referrals.Where(r => week.Contains(r.ReceivedAt)).ToList();
        var byStage = Enum.GetValues<PipelineStage>().ToDictionary(stage => stage, stage => inWeek.Count(r => r.Stage == stage));
        return new WeeklyStageCounts(week, inWeek.Count, byStage, inWeek.Count(r => r.AssignedTo is not null));
    }
}
