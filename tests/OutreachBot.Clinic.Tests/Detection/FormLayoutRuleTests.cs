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

    [Theory]
    [InlineData("OCCUPATIONAL THERAPY REFERRAL\nPatient: HOLM, EDITH")]
    [InlineData("Outgoing referral\nPatient name: Edith Holm")]
    public void Detect_WhenAFormTitleEndsInReferralAboveThePatientLine_ReadsThePatient(string lines)
    {
        var body = $"{lines}\nDOB: 03/18/1948\nPlease evaluate and treat: ADLs, handwriting, fall prevention.\n\nThanks,\nFarah Qureshi, MD\nWillowbrook Neurology";

        var detection = _detector.Detect(Message("OT referral", body, "fqureshi@willowbrook.example", "Farah Qureshi"));

        Assert.Equal("Edith Holm", detection.Patient.Name);
    }

    [Theory]
    [InlineData("The patient goes home tomorrow.", Urgency.Urgent)]
    [InlineData("She is going home today with her daughter.", Urgency.Urgent)]
    [InlineData("He went home last week.", Urgency.Routine)]
    public void Detect_WhenThePatientGoesHomeTodayOrTomorrow_IsUrgent(string sentence, Urgency urgency)
    {
        var body = $"Please evaluate and treat Ann Roe (DOB 1/1/1950) for ADLs after pneumonia. {sentence}\n\nThanks,\nMaria Gomez, RN, CCM\nSt. Brendan Medical Center";

        Assert.Equal(urgency, _detector.Detect(Message("OT referral", body, "mgomez@stbrendan.example", "Maria Gomez")).Urgency);
    }

    [Fact]
    public void Detect_WhenAStrokeAndTheHandItAffectsTie_TheRouteIsNeuro()
    {
        var body = "Hi,\nI had a small stroke in September and my left hand is still clumsy. I'm 58. I would like to schedule an occupational therapy evaluation. Please call me at 555-447-2210.\n\nGary Lind";

        var detection = _detector.Detect(Message("Looking for OT", body, "gary@mailbox.example", "Gary Lind"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(Pathway.Neuro, detection.Pathway);
        Assert.Equal(58, detection.Patient.AgeYears);
    }

    [Fact]
    public void Detect_WhenTheDoctorWritesTheFamilysNumberOnFile_ReadsItAsThePatientsPhone()
    {
        var body = "I am referring Mia Grant (DOB 7/7/2021) for fine motor delay. Your number on file is 555-318-2290.\n\nOwen Hale, MD\nMaplewood Pediatrics\n555-318-5000";

        var detection = _detector.Detect(Message("OT referral", body, "ohale@maplewood.example", "Owen Hale"));

        Assert.Equal("555-318-2290", detection.Patient.Phone);
        Assert.Equal("555-318-5000", detection.Referrer.Phone);
    }
}
