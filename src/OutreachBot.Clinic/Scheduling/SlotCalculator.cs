namespace OutreachBot.Clinic.Scheduling;

/// <summary>
/// Free evaluation slots from working hours and busy times. Pure: the zones come in as <see cref="TimeZoneInfo"/>.
/// Working hours are wall-clock times, so each day's window is converted on its own date (a DST change moves the
/// window's instants, not its local hours); candidates then step in elapsed time, so the repeated hour of a fall-back
/// night holds two slots and the skipped hour of a spring-forward night none.
/// </summary>
public static class SlotCalculator
{
    public static IReadOnlyList<EvaluationSlot> FreeSlots(
        DateTimeOffset from,
        DateTimeOffset to,
        WorkingHours hours,
        IEnumerable<BusyTime> busy,
        EvaluationRules rules,
        TimeZoneInfo clinicZone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(clinicZone);
        if (rules.Length <= TimeSpan.Zero || rules.Step <= TimeSpan.Zero)
        {
            throw new ArgumentException("An evaluation's length and step must be positive.", nameof(rules));
        }

        var blocked = busy.Select(b => (Start: b.Start - rules.BufferBefore, End: b.End + rules.BufferAfter))
            .OrderBy(b => b.Start).ToList();
        var slots = new List<EvaluationSlot>();
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, hours.Zone).DateTime).AddDays(-1);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, hours.Zone).DateTime);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (!hours.Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var windowStart = ToInstant(day.ToDateTime(hours.Start), hours.Zone);
            var windowEnd = ToInstant((hours.End > hours.Start ? day : day.AddDays(1)).ToDateTime(hours.End), hours.Zone);
            for (var start = windowStart; start + rules.Length <= windowEnd; start += rules.Step)
            {
                var end = start + rules.Length;
                if (start >= from && end <= to && !blocked.Any(b => b.Start < end && b.End > start))
                {
                    slots.Add(new EvaluationSlot(TimeZoneInfo.ConvertTime(start, clinicZone), TimeZoneInfo.ConvertTime(end, clinicZone)));
                }
            }
        }

        return slots;
    }

    /// <summary>
    /// The instant a wall-clock time names in a zone: a time skipped by a spring-forward change moves to the end of the
    /// gap; a time repeated by a fall-back change is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
