using System.Globalization;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Outreach;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Outreach;

/// <summary>One seasonal moment in <c>Outreach:Moments</c>: a name, who it concerns, its dates (MM-dd, every year).</summary>
public sealed class OutreachMomentOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Partner settings it concerns (School, Hospital, PhysicianOffice, OutpatientTherapy, Community, Other).</summary>
    public IList<string> Settings { get; set; } = [];

    /// <summary>Pathways it concerns (Pediatric, School, Hand, Neuro, Adult).</summary>
    public IList<string> Pathways { get; set; } = [];

    /// <summary>Dates as MM-dd, each recurring yearly: "08-20" for a term that starts on 20 August.</summary>
    public IList<string> Dates { get; set; } = [];

    /// <summary>How many days before a date the moment counts as coming.</summary>
    public int LeadDays { get; set; } = 30;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return "Name is required.";
        }

        foreach (var setting in Settings.Where(s => !Enum.TryParse<PartnerSetting>(s, true, out _)))
        {
            yield return $"Settings has '{setting}'; use {string.Join(", ", Enum.GetNames<PartnerSetting>())}.";
        }

        foreach (var pathway in Pathways.Where(p => !Enum.TryParse<Pathway>(p, true, out _)))
        {
            yield return $"Pathways has '{pathway}'; use {string.Join(", ", Enum.GetNames<Pathway>())}.";
        }

        foreach (var date in Dates.Where(d => ParseDate(d) is null))
        {
            yield return $"Dates has '{date}'; use MM-dd, such as 08-20.";
        }

        if (Dates.Count == 0)
        {
            yield return "Dates must list at least one MM-dd date.";
        }

        if (LeadDays is < 1 or > 180)
        {
            yield return "LeadDays must be between 1 and 180.";
        }
    }

    public SeasonalMoment ToMoment() => new(
        Name,
        Settings.Select(s => Enum.Parse<PartnerSetting>(s, true)).ToHashSet(),
        Pathways.Select(p => Enum.Parse<Pathway>(p, true)).ToHashSet(),
        [.. Dates.Select(d => ParseDate(d)!.Value)],
        LeadDays);

    private static (int Month, int Day)? ParseDate(string text) =>
        DateTime.TryParseExact("2024-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Month, date.Day)
            : null;
}
