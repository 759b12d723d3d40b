using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Partners;

/// <summary>What the partner form sent, read and checked: a problem to show on the form, or the values.</summary>
public sealed record PartnerFormInput(
    string Organization,
    PartnerSetting Setting,
    IReadOnlyList<Pathway> Pathways,
    PartnerPerson Contact,
    PartnerChannel Channel)
{
    public static (PartnerFormInput? Input, string? Problem) Read(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var organization = Value(data, PartnerFormCard.OrganizationInput);
        if (organization.Length == 0)
        {
            return (null, "Organisation is needed.");
        }

        var email = Value(data, PartnerFormCard.ContactEmailInput);
        if (email.Length > 0 && !EmailAddresses.IsValid(email))
        {
            return (null, $"\"{email}\" is not an email address.");
        }

        var pathways = Value(data, PartnerFormCard.PathwaysInput).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Enum.TryParse<Pathway>(p, out var x) ? (Pathway?)x : null).OfType<Pathway>().Distinct().ToList();
        var role = Enum.TryParse<ReferrerRole>(Value(data, PartnerFormCard.ContactRoleInput), out var r) ? r : (ReferrerRole?)null;
        var phone = Value(data, PartnerFormCard.ContactPhoneInput);
        return (new PartnerFormInput(
            organization,
            Enum.TryParse<PartnerSetting>(Value(data, PartnerFormCard.SettingInput), out var setting) ? setting : PartnerSetting.Other,
            pathways,
            new PartnerPerson(Value(data, PartnerFormCard.ContactNameInput), role, email.Length == 0 ? null : email, phone.Length == 0 ? null : phone),
            Enum.TryParse<PartnerChannel>(Value(data, PartnerFormCard.ChannelInput), out var channel) ? channel : PartnerChannel.Email), null);
    }

    public static string Value(JsonObject data, string name) =>
        data?[name] is JsonValue value && value.TryGetValue(out string? text) ? text.Trim() : string.Empty;
}
