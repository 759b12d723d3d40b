namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>555 numbers written the many ways senders write them, with the labels they put in front.</summary>
internal static class GeneratedPhones
{
    private static readonly string[] PhoneLabels =
    [
        "Phone: ", "Phone ", "Ph: ", "ph ", "P: ", "p. ", "Tel: ", "tel ", "T: ", "Office: ", "office ", "o: ", "O ",
        "Direct line: ", "Direct: ", "Main: ", "Clinic phone: ", "Office phone: ", "Work: ", "Tel. ",
    ];

    private static readonly string[] FaxLabels = ["Fax: ", "Fax ", "fax ", "F: ", "f. ", "Fx: ", "Fax #: ", "Secure fax: "];

    /// <summary>A number in the 555 exchange, written in one of the styles seen in clinic mail.</summary>
    public static string Number(Random random, bool allowExtension)
    {
        var area = random.Next(200, 990);
        var line = random.Next(1000, 9999);
        var core = random.Next(9) switch
        {
            0 => $"555-{area}-{line}",
            1 => $"555.{area}.{line}",
            2 => $"+1 555 {area} {line}",
            3 => $"555 {area} {line}",
            4 => $"1-555-{area}-{line}",
            _ => $"(555) {area}-{line}",
        };
        if (!allowExtension || random.Next(5) != 0)
        {
            return core;
        }

        var ext = random.Next(2, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(4) switch
        {
            0 => $"{core} x{ext}",
            1 => $"{core} ext. {ext}",
            2 => $"{core} ext {ext}",
            _ => $"{core}, ext. {ext}",
        };
    }

    /// <summary>A fax number close to the phone, as offices usually have.</summary>
    public static string FaxNear(Random random) => Number(random, allowExtension: false);

    public static string PhoneLabel(Random random) => PhoneLabels[random.Next(PhoneLabels.Length)];

    public static string FaxLabel(Random random) => FaxLabels[random.Next(FaxLabels.Length)];
}
