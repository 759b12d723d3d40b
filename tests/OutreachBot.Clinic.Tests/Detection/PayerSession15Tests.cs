using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Payers named as health plans, Spanish labels, form columns, plan names that contain "Card", and a
/// pending application that the reply says is now active.</summary>
public sealed class PayerSession15Tests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("They have Birchwood Health Plan through Anna's employer.", "Birchwood Health Plan")]
    [InlineData("Plan: Lakeland Community Health Plan (Medicaid), member ID LC0048812", "Lakeland Community Health Plan (Medicaid)")]
    [InlineData("She has PacificSource through her husband's work.", "PacificSource")]
    [InlineData("We have a Kaiser-style HMO through my job (Lakeland Community Health Plan).", "Lakeland Community Health Plan")]
    [InlineData("Seguro: Medicaid / Lakeland Community Health Plan", "Medicaid / Lakeland Community Health Plan")]
    [InlineData("Insurance: Humana Gold Plus HMO   Auth: on file", "Humana Gold Plus HMO")]
    [InlineData("Insurance: Medicaid (State Open Card) - pending, application sent", "Medicaid (State Open Card) - pending")]
    public void Detect_WhenThePayerIsNamedThisWay_ReadsIt(string line, string expected)
    {
        Assert.Equal(expected, _detector.Detect(Message("OT referral - Ines Moll", HandReferralFromEastparkOrthopedics(line), "kvos@eastpark.example", "Kai Vos")).Insurance);
    }

    [Fact]
    public void Detect_WhenAReplySaysThePendingCoverageIsNowActive_DropsThePendingMark()
    {
        var body = """
            Quick update on Ines - her Medicaid is now active, member ID QX5520198.

            Kai Vos, MD
            Eastpark Orthopedics
            (555) 620-3100 | Fax (555) 620-3101

            > From: Kai Vos
            > Sent: Monday, November 2, 2026 9:00 AM
            > Subject: OT referral - Ines Moll
            >
            > I am referring Ines Moll (DOB 07/14/1971) for hand therapy after a right carpal tunnel release.
            > Insurance: Medicaid (State Open Card) - pending, application sent
            """;

        Assert.Equal("Medicaid (State Open Card)", _detector.Detect(Message("RE: OT referral - Ines Moll", body, "kvos@eastpark.example", "Kai Vos", inReplyTo: "first@eastpark.example")).Insurance);
    }
}
