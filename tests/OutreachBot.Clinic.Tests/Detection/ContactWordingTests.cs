using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>How families and referrers ask to be reached, in the everyday wordings of parents' and staff's messages.</summary>
public sealed class ContactWordingTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("my number is 555 201 7789 you can text me thats easier", PreferredContact.Text)]
    [InlineData("Best to text me (555) 201-7789, I'm at work all day.", PreferredContact.Text)]
    [InlineData("Could someone get back to me by email? My cell is (555) 201-7789.", PreferredContact.Email)]
    [InlineData("Her father asked that scheduling be done by email if possible: j.salk@mailbox.example.", PreferredContact.Email)]
    [InlineData("Please just email me back here - my shifts make phone calls hard.", PreferredContact.Email)]
    [InlineData("pls call her grandmother Joan to set up, 555-480-2213", PreferredContact.Phone)]
    [InlineData("Home phone (555) 480-2213 - please call, she does not use email.", PreferredContact.Phone)]
    [InlineData("Please telephone me at home, (555) 480-2213.", PreferredContact.Phone)]
    [InlineData("We do not text. Please call our home telephone, (555) 480-2213.", PreferredContact.Phone)]
    [InlineData("Her mother is best to reach by text at 555-480-2213.", PreferredContact.Text)]
    [InlineData("Her mother can be reached by phone at 555-480-2213.", PreferredContact.Phone)]
    [InlineData("Please reach out to mom by text 555-480-2213.", PreferredContact.Text)]
    [InlineData("Mom prefers WhatsApp messages: 555-480-2213.", PreferredContact.Text)]
    [InlineData("Texting mom works best: 555-480-2213.", PreferredContact.Text)]
    public void Detect_WhenTheWriterSaysHowToReachThem_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT for Ruby Salk", Family(line), "jsalk@mailbox.example", "Joan Salk")).PreferredContact);
    }

    [Theory]
    [InlineData("Por favor llámeme al (555) 480-2213, no reviso el email muy seguido.", PreferredContact.Phone)]
    [InlineData("Mejor llámeme a mí al mismo número.", PreferredContact.Phone)]
    [InlineData("Por favor mándeme un texto al 555-480-2213, trabajo y no siempre contesto.", PreferredContact.Text)]
    public void Detect_WhenASpanishSpeakingFamilyAsks_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("Terapia para Ruby", Family(line), "jsalk@mailbox.example", "Joan Salk")).PreferredContact);
    }

    [Theory]
    [InlineData("Call or text me at 555-480-2213.")]
    [InlineData("Call or text is fine: 555-480-2213.")]
    [InlineData("Please call, fax or email the report when it is done.")]
    public void Detect_WhenTheWriterOffersEveryWay_NamesNoPreference(string line)
    {
        Assert.Null(_detector.Detect(Message("OT for Ruby Salk", Family(line), "jsalk@mailbox.example", "Joan Salk")).PreferredContact);
    }

    private static string Family(string line) =>
        $"""
        Hi,

        My granddaughter Ruby Salk (DOB 03/02/2019) has trouble holding a pencil and with buttons and her teacher said OT could help. Her pediatrician agreed.
        {line}

        Thanks,
        Joan Salk
        """;
}
