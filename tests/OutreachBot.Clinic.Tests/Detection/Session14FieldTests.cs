using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Session 14: wordings of the non-name fields (contact preference, payer, numbers, kind) many senders use.</summary>
public sealed class Session14FieldTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Her preferred contact is email: tessa.vale@mailbox.example, phone (555) 480-2213.", PreferredContact.Email)]
    [InlineData("Dad is the best contact, by text please, 555-480-2213.", PreferredContact.Text)]
    [InlineData("I would appreciate a telephone call rather than an email; home (555) 480-2213.", PreferredContact.Phone)]
    [InlineData("Please contact Mrs. Vale by phone, she rarely reads email: (555) 480-2213.", PreferredContact.Phone)]
    [InlineData("Please contact the parents by email, tessa.vale@mailbox.example.", PreferredContact.Email)]
    [InlineData("Calling is best - (555) 480-2213, after 3 most days.", PreferredContact.Phone)]
    [InlineData("Emailing is easiest for us: tessa.vale@mailbox.example.", PreferredContact.Email)]
    public void Detect_WhenTheFamilyStatesHowToBeReached_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT for Ruby Vale", Family(line), "tvale@mailbox.example", "Tessa Vale")).PreferredContact);
    }

    [Theory]
    [InlineData("Please contact our office by phone with any questions.")]
    [InlineData("I am calling about her handwriting, which is the main worry.")]
    public void Detect_WhenTheWayIsNotTheFamilys_NamesNoPreference(string line)
    {
        Assert.Null(_detector.Detect(Message("OT for Ruby Vale", Family(line), "tvale@mailbox.example", "Tessa Vale")).PreferredContact);
    }

    [Fact]
    public void Detect_NumbersWithWordProcessorHyphens_ReadsThemWithPlainHyphens()
    {
        var detection = _detector.Detect(Message(
            "OT referral - Hollis Pryor",
            "Dear colleagues,\n\nI would like to refer Hollis Pryor (DOB 01/04/1948) for an OT evaluation of ADLs after two falls.\n\nSincerely,\n\nNadia Ferrante, MD\nQuarry Lane Family Medicine\nPhone (555) 318\u20114400 \u00b7 Fax (555) 318\u20114401",
            "nferrante@quarrylanefm.example",
            "Nadia Ferrante, MD"));

        Assert.Equal("(555) 318-4400", detection.Referrer.Phone);
        Assert.Equal("(555) 318-4401", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_PhoneSlashFaxLabelOverTwoNumbers_ReadsThemInTurn()
    {
        var numbers = PhoneNumbers.FindIn("Office Phone / Fax: (555) 318-4400 / (555) 318-4401");

        Assert.Collection(numbers, phone => Assert.False(phone.IsFax), fax => Assert.True(fax.IsFax));
    }

    [Fact]
    public void Detect_MenuOptionBeforeTheExtension_KeepsBoth()
    {
        var numbers = PhoneNumbers.FindIn("Phone: (555) 318-4400 opt. 2, ext. 5120");

        Assert.Equal("(555) 318-4400 opt. 2, ext. 5120", Assert.Single(numbers).Number);
        Assert.Equal("(555) 318-4400", numbers[0].MainLine);
    }

    [Theory]
    [InlineData("You can reach me at school at (555) 318-4400 ext 31 or by email.", "(555) 318-4400 ext 31")]
    [InlineData("I can be reached at (555) 318-4400 x31 with any questions.", "(555) 318-4400 x31")]
    public void Detect_WriterGivesTheirNumberInTheNote_TakesIt(string line, string expected)
    {
        var detection = _detector.Detect(Message(
            "Outside OT eval - Wren Abara",
            $"Hello,\n\nOur team is referring Wren Abara (DOB 04/05/2016), 3rd grade, for an outside OT evaluation of handwriting and sensory regulation.\n{line}\n\nThank you,\nMs. Delia Okoro\nSchool Psychologist, Fernhill Elementary",
            "dokoro@fernhill.k12.example",
            "Delia Okoro"));

        Assert.Equal(expected, detection.Referrer.Phone);
    }

    private static string Family(string line) =>
        $"""
        Hi,

        My daughter Ruby Vale (DOB 03/02/2019) has trouble holding a pencil and with buttons and her teacher said OT could help. Her pediatrician agreed.
        {line}

        Thanks,
        Tessa Vale
        """;
}
