using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Calendars;

/// <summary>Where clinicians' calendars are read from.</summary>
public enum CalendarSource
{
    /// <summary>A folder of <c>{clinician}.ics</c> files: the local equivalent of Exchange calendars.</summary>
    IcsFolder,

    /// <summary>Exchange Online through Graph: getSchedule to read, events to book (app permission Calendars.ReadWrite).</summary>
    Graph,
}

/// <summary>Clinicians' calendars and how an evaluation is booked (section <c>Calendars</c>).</summary>
public sealed class CalendarOptions : IValidatableObject
{
    public const string SectionName = "Calendars";

    public CalendarSource Source { get; set; } = CalendarSource.IcsFolder;

    /// <summary>The folder of <c>{clinician}.ics</c> files when <see cref="Source"/> is IcsFolder.</summary>
    public string IcsFolder { get; set; } = "calendars";

    [Range(typeof(TimeSpan), "00:15:00", "04:00:00")]
    public TimeSpan EvaluationLength { get; set; } = TimeSpan.FromMinutes(60);

    [Range(typeof(TimeSpan), "00:00:00", "02:00:00")]
    public TimeSpan BufferBefore { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:00:00", "02:00:00")]
    public TimeSpan BufferAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The step between candidate start times.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "02:00:00")]
    public TimeSpan SlotStep { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Working hours (clinic zone, Monday to Friday) for a calendar that states none.</summary>
    public TimeOnly WorkDayStart { get; set; } = new(8, 0);

    public TimeOnly WorkDayEnd { get; set; } = new(17, 0);

    /// <summary>How often the booked evaluations are compared with the clinicians' calendars (moves, cancellations, ends).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan EvaluationCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Source == CalendarSource.IcsFolder && string.IsNullOrWhiteSpace(IcsFolder))
        {
            yield return new ValidationResult("Calendars:IcsFolder must name a folder when Calendars:Source is IcsFolder.", [nameof(IcsFolder)]);
        }

        if (WorkDayEnd <= WorkDayStart)
        {
            yield return new ValidationResult("Calendars:WorkDayEnd must be after Calendars:WorkDayStart.", [nameof(WorkDayEnd)]);
        }
    }
}
