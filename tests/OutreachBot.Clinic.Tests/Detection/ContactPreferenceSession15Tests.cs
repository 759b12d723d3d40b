using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Ways of asking to be reached that name one way against another, or answer a web form's question.</summary>
public sealed class ContactPreferenceSession15Tests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Family: Omar Salk, (555) 480-2213, best by email osalk@mailbox.example", PreferredContact.Email)]
    [InlineData("Evenings are hard for me on the phone at my job so texting is best - 555-480-2213.", PreferredContact.Text)]
    [InlineData("Her cell is 555-480-2213 and she likes texts best.", PreferredContact.Text)]
    [InlineData("Mom Dana 555-480-2213, call her not email.", PreferredContact.Phone)]
    [InlineData("Dad's number is unchanged, (555) 480-2213 - phone only please.", PreferredContact.Phone)]
    [InlineData("My cell is 555-480-2213, I'd rather get a call than a text.", PreferredContact.Phone)]
    [InlineData("Can someone call us to set up a time? I'm at 555-480-2213.", PreferredContact.Phone)]
    [InlineData("Grandmother (Joan Salk): 555-480-2213 - call to schedule", PreferredContact.Phone)]
    [InlineData("Mensaje de la mamá: por favor llámenme en la tarde.", PreferredContact.Phone)]
    public void Detect_WhenTheWriterNamesTheWayToReachTheFamily_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).PreferredContact);
    }

    [Theory]
    [InlineData("Best way to reach you: Text message", PreferredContact.Text)]
    [InlineData("Best way to reach you:\nEmail", PreferredContact.Email)]
    public void Detect_WhenAWebFormAnswersTheBestWayQuestion_ReadsIt(string field, PreferredContact expected)
    {
        var body = $"""
            New submission from the website

            Your name: Joan Salk
            Relationship to patient: Grandparent
            Patient name: Ruby Salk
            Patient date of birth: 2019-03-02
            Phone: 555 480 2213
            {field}
            What are your concerns?: She cannot button her coat and her handwriting is hard to read. Her teacher suggested an occupational therapy evaluation.
            """;

        Assert.Equal(expected, _detector.Detect(Message("New Contact Form Submission", body, "webforms@forms.example", "Website")).PreferredContact);
    }

    [Theory]
    [InlineData("Best time to reach you: Evenings")]
    [InlineData("Our office is available by phone only on Fridays.")]
    public void Detect_WhenNoWayIsChosen_NamesNone(string line)
    {
        Assert.Null(_detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).PreferredContact);
    }
}
