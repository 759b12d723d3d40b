using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Tests.Partners;

public sealed class PartnerNamesTests
{
    [Theory]
    [InlineData("St. Mary's Pediatrics")]
    [InlineData("St Marys Pediatrics LLC")]
    [InlineData("SAINT MARY’S PEDIATRICS, P.C.")]
    [InlineData("  st. marys   pediatrics inc.")]
    public void OrganizationKey_SpellingVariants_Meet(string name) =>
        Assert.Equal("stmaryspediatrics", PartnerNames.OrganizationKey(name));

    [Fact]
    public void OrganizationKey_AmpersandAndTheWordAnd_Meet() =>
        Assert.Equal(PartnerNames.OrganizationKey("Hand & Upper Limb Center"), PartnerNames.OrganizationKey("Hand and Upper Limb Centre"));

    [Fact]
    public void OrganizationKey_DifferentOrganizations_Differ() =>
        Assert.NotEqual(PartnerNames.OrganizationKey("St. Mary's Pediatrics"), PartnerNames.OrganizationKey("St. Mark's Pediatrics"));

    [Fact]
    public void OrganizationKey_ASuffixAlone_IsKept() => Assert.Equal("pc", PartnerNames.OrganizationKey("P.C."));

    [Theory]
    [InlineData("aruiz@StMarysPeds.org", "stmaryspeds.org")]
    [InlineData("someone@gmail.com", null)]
    [InlineData("someone@Yahoo.com", null)]
    [InlineData("someone@outlook.com", null)]
    [InlineData("someone@icloud.com", null)]
    [InlineData("not an address", null)]
    [InlineData("a@localhost", null)]
    [InlineData(null, null)]
    public void WorkDomain_IsTheDomain_ExceptFreeMail(string? email, string? expected) =>
        Assert.Equal(expected, PartnerNames.WorkDomain(email));

    [Theory]
    [InlineData("(555) 201-3300", "5552013300")]
    [InlineData("+1 555.201.3300 x12", "5552013300")]
    [InlineData("201-33", null)]
    public void PhoneDigits_AreTheLastTenDigits(string phone, string? expected) =>
        Assert.Equal(expected, PartnerNames.PhoneDigits(phone));

    [Fact]
    public void PersonKey_IgnoresTitlesAndCredentials() =>
        Assert.Equal(PartnerNames.PersonKey("Dr. Ana Ruiz, MD"), PartnerNames.PersonKey("ana ruiz"));
}
