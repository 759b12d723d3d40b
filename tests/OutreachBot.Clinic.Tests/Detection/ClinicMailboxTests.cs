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

    private static IncomingMessage To(params string[] addresses) => Message("subject", "body") with { ToAddresses = addresses };
}
