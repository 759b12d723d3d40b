using System.Text.Json.Nodes;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using static OutreachBot.Host.Cards.CardElements;

namespace OutreachBot.Host.Partners;

/// <summary>The form to add a partner, or to edit one (filled in): organisation, setting, pathways, a contact, preferred channel.</summary>
public static class PartnerFormCard
{
    public const string SaveVerb = "partnerSave";
    public const string OrganizationInput = "organization";
    public const string SettingInput = "setting";
    public const string PathwaysInput = "pathways";
    public const string ContactNameInput = "contactName";
    public const string ContactRoleInput = "contactRole";
    public const string ContactEmailInput = "contactEmail";
    public const string ContactPhoneInput = "contactPhone";
    public const string ChannelInput = "channel";

    public static JsonObject For(Partner? partner, string? problem = null)
    {
        var contact = partner is { People.Count: > 0 } ? partner.People[0] : null;
        var data = new JsonObject();
        if (partner is not null)
        {
            data["partnerId"] = partner.Id;
        }

        return Card(
        [
            Heading(partner is null ? "Add a referral partner" : $"Edit {partner.Organization}"),
            problem is null ? null : Text(problem, color: "Attention"),
            Input(OrganizationInput, "Organisation", partner?.Organization, required: true),
            Choices(SettingInput, "Setting", Enum.GetValues<PartnerSetting>().Select(s => (PartnerText.Setting(s), s.ToString())), (partner?.Setting ?? PartnerSetting.PhysicianOffice).ToString()),
            Choices(PathwaysInput, "Pathways served", Enum.GetValues<Pathway>().Select(p => (p.ToString(), p.ToString())), partner is null ? null : string.Join(',', partner.Pathways), multi: true),
            Text(partner is null ? "Contact" : "Add or correct a contact (the same name or email updates that person)", weight: "Bolder"),
            Input(ContactNameInput, "Name", partner is null ? null : contact?.Name),
            Choices(ContactRoleInput, "Role", Enum.GetValues<ReferrerRole>().Where(r => r != ReferrerRole.Family).Select(r => (PartnerText.Role(r), r.ToString())), partner is null ? null : contact?.Role?.ToString()),
            Input(ContactEmailInput, "Email", partner is null ? null : contact?.Email, style: "Email"),
            Input(ContactPhoneInput, "Phone", partner is null ? null : contact?.Phone, style: "Tel"),
            Choices(ChannelInput, "Preferred channel", Enum.GetValues<PartnerChannel>().Select(c => (PartnerText.Channel(c), c.ToString())), (partner?.PreferredChannel ?? PartnerChannel.Email).ToString()),
        ],
        [
            Execute(partner is null ? "Add partner" : "Save", SaveVerb, data, "positive"),
        ]);
    }

    private static JsonObject Input(string id, string label, string? value, bool required = false, string? style = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["maxLength"] = 200 };
        if (value is not null) { input["value"] = value; }
        if (style is not null) { input["style"] = style; }
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = $"{label} is needed.";
        }

        return input;
    }

    private static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value, bool multi = false)
    {
        var set = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["isMultiSelect"] = multi,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (!string.IsNullOrEmpty(value)) { set["value"] = value; }
        return set;
    }
}
