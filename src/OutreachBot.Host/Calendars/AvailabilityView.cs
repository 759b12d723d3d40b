using OutreachBot.Clinic.Scheduling;

namespace OutreachBot.Host.Calendars;

/// <summary>
/// getSchedule's availabilityView: one digit per interval from the start of the asked range (0 free or working
/// elsewhere, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere). Anything but free blocks an evaluation.
/// </summary>
public static class AvailabilityView
{
    public static IEnumerable<BusyTime> BusyTimes(string? view, DateTimeOffset start, TimeSpan interval)
    {
        if (string.IsNullOrEmpty(view))
        {
            yield break;
        }

        for (var i = 0; i < view.Length; i++)
        {
            if (view[i] is not ('0' or '4'))
            {
                yield return new BusyTime(start + (interval * i), start + (interval * (i + 1)));
            }
        }
    }
}
