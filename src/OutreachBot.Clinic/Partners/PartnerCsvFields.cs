namespace OutreachBot.Clinic.Partners;

/// <summary>One CSV row's values, checked and read into a partner row (or the reason it cannot be).</summary>
internal static class PartnerCsvFields
{
    public static (PartnerCsvRow? Row, string? Problem) Row(int line, Dictionary<string, string> values)
    {
        string Get(string column) => values.GetValueOrDefault(column) ?? string.Empty;
        var organization = Get("organization");
        if (organization.Length == 0)
        {
            return (null, "no organization");
        }

        PartnerSetting? setting = null;
        if (Get("setting") is { Length: > 0 } settingText)
        {
            if (Parse<PartnerSetting>(settingText) is not { } s)
            {
                return (null, $"unknown setting \"{settingText}\" (one of: {string.Join(", ", Enum.GetNames<PartnerSetting>())})");
            }

            setting = s;
        }

        var pathways = new List<Pathway>();
        foreach (var text in Get("pathways").Split([';', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Parse<Pathway>(text) is not { } pathway)
            {
                return (null, $"unknown pathway \"{text}\" (one of: {string.Join(", ", Enum.GetNames<Pathway>())})");
            }

            pathways.Add(pathway);
        }

        ReferrerRole? role = null;
        if (Get("contact_role") is { Length: > 0 } roleText)
        {
            if (Parse<ReferrerRole>(roleText) is not { } r || r == ReferrerRole.Family)
            {
                return (null, $"unknown contact role \"{roleText}\"");
            }

            role = r;
        }

        var email = Get("email");
        if (email.Length > 0 && !EmailAddresses.IsValid(email))
        {
            return (null, $"\"{email}\" is not an email address");
        }

        PartnerChannel? channel = null;
        if (Get("preferred_channel") is { Length: > 0 } channelText)
        {
            if (Parse<PartnerChannel>(channelText) is not { } ch)
            {
                return (null, $"unknown preferred channel \"{channelText}\" (one of: {string.Join(", ", Enum.GetNames<PartnerChannel>())})");
            }

            channel = ch;
        }

        var phone = Get("phone");
        return (new PartnerCsvRow(line, organization, setting, pathways.Distinct().ToList(),
            new PartnerPerson(Get("contact_name"), role, email.Length == 0 ? null : email, phone.Length == 0 ? null : phone), channel), null);
    }

    /// <summary>An enum value by its name, ignoring case, spaces, hyphens and underscores ("physician office", "Physician_Office").</summary>
    private static T? Parse<T>(string text)
        where T : struct, Enum
    {
        var squeezed = new string(text.Where(char.IsAsciiLetterOrDigit).ToArray());
        return squeezed.Length > 0 && !squeezed.All(char.IsAsciiDigit) && Enum.TryParse<T>(squeezed, ignoreCase: true, out var value) ? value : null;
    }
}
