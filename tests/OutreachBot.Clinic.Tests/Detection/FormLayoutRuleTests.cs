using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>One rule per test: addresses in signatures, fax cover sheets, labels on their own line, teenagers seen by neurology.</summary>
public sealed class FormLayoutRuleTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Clear Lake, IL 60000")]
    [InlineData("Suite 300, Clear Lake")]
    [InlineData("1200 Clear Lake Dr.")]
    public void Detect_WhenTheSignatureHasAnAddress_TheAddressIsNotTheOrganization(string address)
    {
        var body = $"Please evaluate and treat Ann Roe (DOB 1/1/1950) for ADLs after COPD exacerbation.\n\nRegards,\nSunita Rao, MD\nClear Lake Medical Group\n{address}\nT (555) 381-4000";

        var detection = _detector.Detect(Message("OT referral", body, "srao@clearlake.example", "Sunita Rao"));

        Assert.Equal("Clear Lake Medical Group", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_WhenAFaxCoverSheetNamesTheSender_ReadsTheSenderAndTheirNumbers()
    {
        var body = "FAX COVER SHEET\nTo: Bright Path OT\nFrom: Dr. Angela Moss, Cornerstone Orthopedics\nPhone: 555-318-7000\nFax: 555-318-7700\nRe: Referral - Paul Fischer, DOB 10/10/1961\n\nPlease evaluate and treat after rotator cuff repair.";

        var detection = _detector.Detect(Message("Fax from 555-318-7700", body, "noreply@faxrelay.example", "Fax Service"));

        Assert.Equal("Angela Moss", detection.Referrer.Name);
        Assert.Equal("Cornerstone Orthopedics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-318-7000", detection.Referrer.Phone);
        Assert.Equal("555-318-7700", detection.Referrer.Fax);
        Assert.Null(detection.Patient.Phone);
    }

    [Fact]
    public void Detect_WhenNoFaxCoverSheet_AFromLineIsNotReadAsTheReferrer()
    {
        var body = "Please evaluate and treat Paul Fischer (DOB 10/10/1961) after rotator cuff repair.\nFrom: Dr. Angela Moss, Cornerstone Orthopedics\n\nThanks,\nLee Hart, PA-C\nHart Orthopedics";

        var detection = _detector.Detect(Message("OT referral", body, "lhart@hartortho.example", "Lee Hart"));

        Assert.Equal("Lee Hart, PA-C", detection.Referrer.Name);
    }

    [Theory]
    [InlineData("Parent contact:\nSarah O'Connor, 555-417-9003")]
    [InlineData("Mother's cell:\n555-417-9003")]
    public void Detect_WhenTheLabelIsOnTheLineAboveTheNumber_ReadsTheFamilysPhone(string lines)
    {
        var body = $"Student name:\nLiam O'Connor\n\nDate of birth:\n01/15/2018\n\nConcerns:\nillegible handwriting; please complete an OT evaluation.\n\n{lines}\n\nGrace Kim\nSchool Psychologist\nPine Valley Elementary\n555-417-5000";

        var detection = _detector.Detect(Message("Request for OT evaluation", body, "gkim@pinevalley.example", "Grace Kim"));

        Assert.Equal("Liam O'Connor", detection.Patient.Name);
        Assert.Equal(new DateOnly(2018, 1, 15), detection.Patient.DateOfBirth);
        Assert.Equal("555-417-9003", detection.Patient.Phone);
        Assert.Equal("555-417-5000", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_WhenANeurologistRefersATeenagerWithABrainInjury_TheRouteIsNeuro()
    {
        var body = "I am referring Ella Novak, DOB 02/27/2012, after a traumatic brain injury; she has headaches and trouble with handwriting. Please evaluate and treat.\n\nSincerely,\nThomas Reed, MD\nDivision of Pediatric Neurology\nMercy Children's Hospital";

        var detection = _detector.Detect(Message("OT referral", body, "treed@mercychildrens.example", "Thomas Reed"));

        Assert.Equal(ReferrerRole.Neurologist, detection.Referrer.Role);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
    }
}
