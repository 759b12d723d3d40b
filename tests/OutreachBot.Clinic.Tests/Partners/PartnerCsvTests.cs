using OutreachBot.Clinic.Partners;

namespace OutreachBot.Clinic.Tests.Partners;

public sealed class PartnerCsvTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_AreOneField_AndLinesCountFromTheHeader()
    {
        var csv = "organization,setting,pathways,contact_name,contact_role,email,phone,preferred_channel\r\n" +
            "\"St. Mary's Pediatrics, LLC\",physician office,Pediatric;School,\"Ruiz, Ana \"\"Dr.\"\"\",Pediatrician,aruiz@stmaryspeds.org,(555) 201-3300,email\r\n" +
            "\"Bayview Hospital\nCase Management\",Hospital,Adult,Rosa Diaz,case manager,rdiaz@bayview.org,,Phone\r\n" +
            "Riverbend Schools,School,,,,,,\r\n";

        var result = PartnerCsv.Read(csv);

        Assert.Empty(result.Problems);
        Assert.Equal([2, 3, 5], result.Rows.Select(r => r.Line));
        var stMarys = result.Rows[0];
        Assert.Equal("St. Mary's Pediatrics, LLC", stMarys.Organization);
        Assert.Equal(PartnerSetting.PhysicianOffice, stMarys.Setting);
        Assert.Equal([Pathway.Pediatric, Pathway.School], stMarys.Pathways);
        Assert.Equal(new PartnerPerson("Ruiz, Ana \"Dr.\"", ReferrerRole.Pediatrician, "aruiz@stmaryspeds.org", "(555) 201-3300"), stMarys.Contact);
        Assert.Equal(PartnerChannel.Email, stMarys.Channel);
        Assert.Equal("Bayview Hospital\nCase Management", result.Rows[1].Organization);
        Assert.Equal(ReferrerRole.CaseManager, result.Rows[1].Contact.Role);
        Assert.Null(result.Rows[2].Channel);
    }

    [Fact]
    public void Read_ABom_AndColumnsInAnyOrderAndCase_AndMissingOptionalColumns()
    {
        var result = PartnerCsv.Read("\uFEFFEmail,Organisation\nlin@cedartherapy.com,Cedar Therapy\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal(("Cedar Therapy", "lin@cedartherapy.com"), (row.Organization, row.Contact.Email));
        Assert.Null(row.Setting);
        Assert.Empty(row.Pathways);
    }

    [Fact]
    public void Read_BadRows_AreReportedByLine_AndTheRestRead()
    {
        var csv = "organization,email,setting,pathways\n" +
            "Good One,one@good.org,School,\n" +
            ",nobody@nowhere.org,,\n" +
            "Bad Email,not-an-email,,\n" +
            "Bad Email Two,\"Ana <ana@x.org>\",,\n" +
            "Odd Setting,,Spaceship,\n" +
            "Odd Pathway,,,Pediatric;Dental\n" +
            "Too Many,a@b.org,School,Hand,extra\n" +
            "\n" +
            "Good Two,two@good.org,,\n" +
            "\"Unclosed,x@y.org\n";

        var result = PartnerCsv.Read(csv);

        Assert.Equal(["Good One", "Good Two"], result.Rows.Select(r => r.Organization));
        Assert.Equal([3, 4, 5, 6, 7, 8, 11], result.Problems.Select(p => p.Line));
        Assert.Equal("no organization", result.Problems[0].Reason);
        Assert.Contains("\"not-an-email\" is not an email address", result.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("is not an email address", result.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown setting \"Spaceship\"", result.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown pathway \"Dental\"", result.Problems[4].Reason, StringComparison.Ordinal);
        Assert.Contains("5 fields, but the header names 4 columns", result.Problems[5].Reason, StringComparison.Ordinal);
        Assert.Contains("not closed", result.Problems[6].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF\r\n")]
    [InlineData("email,phone\na@b.org,555\n")]
    public void Read_NoHeaderWithAnOrganizationColumn_IsAFileProblem(string csv)
    {
        var result = PartnerCsv.Read(csv);

        Assert.NotNull(result.FileProblem);
        Assert.Empty(result.Rows);
    }

    [Theory]
    [InlineData("ana@stmaryspeds.org", true)]
    [InlineData("a.b-c@sub.example.co.uk", true)]
    [InlineData("ana@localhost", false)]
    [InlineData("Ana <ana@x.org>", false)]
    [InlineData("ana@@x.org", false)]
    [InlineData("ana x@x.org", false)]
    [InlineData("", false)]
    public void EmailAddresses_OnlyPlainAddresses(string text, bool valid) => Assert.Equal(valid, EmailAddresses.IsValid(text));
}
