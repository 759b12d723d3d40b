using OutreachBot.Clinic.Scheduling;

namespace OutreachBot.Host.Intake;

/// <summary>Which free slots the intake card proposes: a few, spread over days, so the family has a real choice.</summary>
public static class SlotProposals
{
    public const int Most = 5;

    /// <summary>
    /// The earliest free slot of each day, earliest days first, up to <paramref name="most"/>; when fewer days have
    /// room, the next free slots of those days (at least an hour apart) fill the list. In time order.
    /// </summary>
    public static IReadOnlyList<EvaluationSlot> Pick(IReadOnlyList<EvaluationSlot> free, TimeZoneInfo zone, int most = Most)
    {
        ArgumentNullException.ThrowIfNull(free);
        var ordered = free.OrderBy(s => s.Start).ToList();
        var picked = ordered
            .GroupBy(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Start, zone).DateTime))
            .Select(day => day.First())
            .Take(most)
            .ToList();
        foreach (var slot in ordered)
        {
            if (picked.Count >= most)
            {
                break;
            }

            if (picked.All(p => (slot.Start - p.Start).Duration() >= TimeSpan.FromHours(1)))
            {
                picked.Add(slot);
            }
        }

        return [.. picked.OrderBy(s => s.Start)];
    }
}
