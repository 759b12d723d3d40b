using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Signature numbers labelled after the number, abbreviated, or listed with a mobile first.</summary>
public sealed class SignatureNumberTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("555-480-2000 (o) 555-480-2001 (f)", "555-480-2000", "555-480-2001")]
    [InlineData("555-480-2000 ph / 555-480-2001 fx", "555-480-2000", "555-480-2001")]
    [InlineData("Phone: (555) 480-2000, Facsimile: (555) 480-2001", "(555) 480-2000", "(555) 480-2001")]
    [InlineData("Cell: 555-480-2005\nOffice: 555-480-2000\nFax: 555-480-2001", "555-480-2000", "555-480-2001")]
    [InlineData("Ph 555-480-2000 | Cell 555-480-2005", "555-480-2000", null)]
    public void Detect_SignatureNumbers_ReadsTheOfficeLineAndTheFax(string numbers, string phone, string? fax)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Pia Sand",
            $"Please see Pia Sand (DOB 3/3/1961) for hand therapy after a left carpal tunnel release. Her cell is 555-909-3131.\n\nThanks,\nOren Vale, MD\nBirchline Orthopedics\n{numbers}",
            "ovale@birchlineortho.example",
            "Oren Vale"));

        Assert.Equal(phone, detection.Referrer.Phone);
        Assert.Equal(fax, detection.Referrer.Fax);
        Assert.Equal("555-909-3131", detection.Patient.Phone);
    }
}
