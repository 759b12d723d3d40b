using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Host.Cards;

namespace OutreachBot.Host.MessageExtension;

/// <summary>
/// The "Log partner contact" dialog: the partner organisation and person, prefilled from the message's sender and
/// signature, for the staff member to correct. No free-text note, so no patient detail ends up in the partner log.
/// </summary>
public static class PartnerContactCard
{
    public const string OrganizationInput = "partnerOrganization";
    public const string NameInput = "partnerName";
    public const string EmailInput = "partnerEmail";
    public const string PhoneInput = "partnerPhone";

    public static JsonObject For(Referrer partner, SubmittedSource source)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(source);
        return CardElements.Card(
        [
            CardElements.Heading("Log partner contact"),
            CardElements.Text("Who was this contact with? It is kept in the partner log (organisation, person, when, who logged it), not the message itself.", subtle: true),
            Input(OrganizationInput, "Organisation", partner.Organization, required: true, maxLength: 120),
            Input(NameInput, "Person", partner.Name, required: false, maxLength: 120),
            Input(EmailInput, "Email", partner.Email, required: false, maxLength: 254, style: "Email"),
            Input(PhoneInput, "Phone", partner.Phone, required: false, maxLength: 40, style: "Tel"),
        ],
        [
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Log contact", ["style"] = "positive", ["data"] = source.ToData() },
        ]);
    }

    private static JsonObject Input(string id, string label, string? value, bool required, int maxLength, string? style = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["maxLength"] = maxLength };
        if (value is not null) { input["value"] = value; }
        if (required) { input["isRequired"] = true; input["errorMessage"] = $"{label} is needed."; }
        if (style is not null) { input["style"] = style; }
        return input;
    }
}
