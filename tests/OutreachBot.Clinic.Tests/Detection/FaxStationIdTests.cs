using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A fax relay's notice that gives the sending number and, in brackets, the machine's station id.</summary>
public sealed class FaxStationIdTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_FaxNoticeWithAStationId_NamesThePracticeFromIt()
    {
        var detection = _detector.Detect(Message(
            "Fax received from 5556104400 (2 pages)",
            """
            You have received a new fax.

            From: 5556104400 (CSID: EASTLAKE FAMILY MED)
            Received: 11/10/2026 08:12 AM
            Pages: 2
            Subject/Notes on cover sheet: OT REFERRAL - VANCE, OLIVE - L TRIGGER THUMB - ORDER ENCLOSED

            The fax is attached as a TIFF image.
            """,
            "fax-noreply@faxhub.example",
            "FaxHub",
            [new MessageAttachment("FAX_5556104400.tif", "image/tiff", 52_000, null)]));

        Assert.Equal("Eastlake Family Med", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }
}
