using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Ways referrers name the patient, credentials that name a nurse practitioner, and web forms (fictional).</summary>
public sealed class NamePhrasingTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Update for Theo Marsh (DOB 11/02/2021): he now lives with his aunt. Attached is the consent for OT evaluation of his fine motor delay.", "Theo Marsh")]
    [InlineData("Please evaluate Greta Olsen, born 3/4/1950, after a stroke with left hemiparesis and ADL difficulty.", "Greta Olsen")]
    [InlineData("One of my students, Mila Novak, is a 6-year-old with an IEP; handwriting and fine motor are hard for her.", "Mila Novak")]
    [InlineData("Please see attached OT referral (hand) for Pavel Orlov. Thank you.", "Pavel Orlov")]
    [InlineData("OT/hand therapy referral - pt Rita Kaplan, s/p trigger finger release. See attached order.", "Rita Kaplan")]
    [InlineData("Felix Adeyemi is a 7 y/o with sensory processing concerns and poor handwriting; please evaluate for OT.", "Felix Adeyemi")]
    public void Detect_ReadsThePatientFromCommonPhrasings(string body, string name)
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            body + "\n\nThanks,\nJune Park, MD\nLakeview Family Medicine\n(555) 700-1200",
            "jpark@lakeviewfm.example",
            "June Park",
            [Pdf("order.pdf")]));

        Assert.NotEqual(MessageKind.NotReferral, detection.Kind);
        Assert.Equal(name, detection.Patient.Name);
    }

    [Fact]
    public void Detect_WhenTheSubjectNamesThePatientAndTheFormGivesTheMiddleInitial_KeepsIt()
    {
        var form = new MessageAttachment("order.pdf", "application/pdf", 20_000, "AMBULATORY REFERRAL - OT\nPatient: HOLLOWAY, EDITH R    DOB: 05/19/1941");
        var detection = _detector.Detect(Message(
            "Outpatient OT referral - Edith Holloway - discharging tomorrow",
            "Hello,\nShe is discharging home tomorrow after a fall; please see her for ADL training and home safety. Signed order attached.\n\nKim Ota, APRN\nHospital Medicine\nMercy General\n(555) 611-0400",
            "kota@mercygeneral.example",
            "Kim Ota",
            [form]));

        Assert.Equal("Edith R Holloway", detection.Patient.Name);
    }

    [Theory]
    [InlineData("AGACNP-BC")]
    [InlineData("CRNP")]
    [InlineData("PNP-PC")]
    [InlineData("MPAS")]
    public void Detect_WhenTheSignatureHasANursePractitionerOrPACredential_TheRoleIsPhysician(string credential)
    {
        var detection = _detector.Detect(Message(
            "OT referral - Arne Holt",
            $"Hello,\nArne Holt (DOB 01/17/1958) is being discharged after CABG; limited with dressing and bathing. Please evaluate and treat. Signed order attached.\n\nTessa Quinn, MSN, {credential}\nCardiothoracic Surgery\nMercy General\n(555) 611-6600 | Fax (555) 611-6609",
            "tquinn@mercygeneral.example",
            "Tessa Quinn",
            [Pdf("order.pdf")]));

        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WhenStaffWriteForABoneAndJointPractice_TheRoleIsOrthopedist()
    {
        var detection = _detector.Detect(Message(
            "referral",
            "Pls eval & treat, TFR L thumb 10 days ago, M65.312, order attached\nCora Diaz, MA for Dr. Ivan Petrov\nNorthgate Bone & Joint\n555-410-2200 / fax 555-410-2201",
            "cdiaz@northgatebj.example",
            "Cora Diaz",
            [Pdf("order.pdf")]));

        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WhenAWebFormComesFromANoReplyMailbox_ThePersonWhoFilledItInRefers()
    {
        var detection = _detector.Detect(Message(
            "New form submission: Request an Evaluation",
            "New submission - Request an Evaluation\nYour name: Elena Brooks\nRelationship to patient: Mother\nPatient name: Nina Brooks\nPatient date of birth: 2019-03-12\nPhone: (555) 442-0101\nEmail: ebrooks@mail.example\nReason for request: my daughter has trouble with handwriting and buttons; could she have an OT evaluation?",
            "noreply@clinic.example",
            "Clinic Website"));

        Assert.Equal("Elena Brooks", detection.Referrer.Name);
        Assert.Equal("ebrooks@mail.example", detection.Referrer.Email);
        Assert.Equal("Nina Brooks", detection.Patient.Name);
    }
}
