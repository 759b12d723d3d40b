using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

public class ClinicMailboxTests
{
    [Fact]
    public void DomainOf_WhenMostMailIsAddressedToOneDomain_IsThatDomain()
    {
        var messages = new[]
        {
            To("referrals@OurClinic.example"), To("referrals@ourclinic.example", "cc@elsewhere.example"), To("intake@ourclinic.example"),
            To("dr.amos@bayfront.example"),
        };

        Assert.Equal("ourclinic.example", ClinicMailbox.DomainOf(messages));
    }

    [Fact]
    public void DomainOf_WhenNoDomainHasHalfTheMail_IsNull()
    {
        var messages = new[] { To("a@one.example"), To("b@two.example"), To("c@three.example") };

        Assert.Null(ClinicMailbox.DomainOf(messages));
    }

    [Fact]
    public void DomainOf_WhenMessagesHaveNoRecipients_IsNull()
    {
        Assert.Null(ClinicMailbox.DomainOf([Message("s", "b"), Message("s", "b") with { ToAddresses = ["not-an-address@"] }]));
    }

    [Fact]
    public void WithDomainOf_WhenTheMailboxIsAnotherDomainOfTheClinics_AddsItToTheConfiguredOnes()
    {
        var rules = new DetectionRules { OwnDomains = ["ourclinic.example"] };

        var mailbox = ClinicMailbox.WithDomainOf(rules, [To("intake@ourclinic-north.example"), To("intake@ourclinic-north.example")]);

        Assert.Equal(["ourclinic.example", "ourclinic-north.example"], mailbox.OwnDomains);
    }

    [Theory]
    [InlineData("intake@OURCLINIC.example", "b@two.example")]
    [InlineData("a@one.example", "b@two.example", "c@three.example")]
    public void WithDomainOf_WhenTheRulesNameTheDomainOrNoDomainHasHalfTheMail_KeepsTheRules(params string[] recipients)
    {
        var rules = new DetectionRules { OwnDomains = ["ourclinic.example"] };

        Assert.Same(rules, ClinicMailbox.WithDomainOf(rules, [.. recipients.Select(r => To(r))]));
    }

    [Fact]
    public void Detect_WhenStaffOfTheMailboxDomainWriteAndTheRulesNameAnotherDomain_IsTheClinicWriting()
    {
        var configured = new DetectionRules { OwnDomains = ["ourclinic.example"] };
        var mailbox = ClinicMailbox.WithDomainOf(configured, [To("intake@ourclinic-north.example"), To("intake@ourclinic-north.example")]);
        // An internal note between the clinic's two locations reads like a referral to anyone who does not know it.
        var internalNote = Message("New referral - please schedule eval", """
            Hi team,

            I am referring Jonah Pell (DOB 4/9/2018) for an OT evaluation, dx F82 developmental coordination disorder.
            Mom prefers a call at 555-0187. Order from Dr. Amos is attached.

            Thanks,
            Lia, front desk
            """, "lia.frontdesk@ourclinic-north.example", "Lia Frontdesk") with { ToAddresses = ["intake@ourclinic-north.example"] };

        var asConfigured = new ReferralDetector(configured).Detect(internalNote);
        var asMailbox = new ReferralDetector(mailbox).Detect(internalNote);

        Assert.Equal(MessageKind.Referral, asConfigured.Kind);
        Assert.Equal(MessageKind.NotReferral, asMailbox.Kind);
        Assert.Contains("written by the clinic's own staff", asMailbox.Signals);
    }

    private static IncomingMessage To(params string[] addresses) => Message("subject", "body") with { ToAddresses = addresses };
}
