using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>What the signature leaves out and the rest of the message gives: credentials, the office's numbers, a specialty.</summary>
public sealed class ReferrerDetailsTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_OfficeForwardsTheDoctorsNoteWithTheSignedRx_TakesCredentialsAndTheNumbersInTheNote()
    {
        var detection = _detector.Detect(Message(
            "Fwd: OT",
            """
            Hi, attached is Dr. Lund's signed prescription to go with his email from last night. Our fax is 555-212-4101 if you need anything else; main line 555-212-4100.

            Ridgeway Orthopedics front desk

            ---------- Forwarded message ---------
            From: Arvid Lund MD <alund@ridgewayortho.example>
            Date: Sun, Nov 8, 2026 at 6:44 PM
            Subject: OT
            To: Intake <intake@otclinic.example>

            Pls eval & treat - Noemi Faust 2/11/61, L trigger finger release 2 wks ago, stiff. Her # 555-212-0039.
            Thx
            Dr. Arvid Lund
            """,
            "frontdesk@ridgewayortho.example",
            "Ridgeway Orthopedics",
            [new MessageAttachment("Rx_Faust.pdf", "application/pdf", 30_000, "RIDGEWAY ORTHOPEDICS - PRESCRIPTION\nPatient: Noemi Faust   DOB 02/11/1961\nOT eval and treat\nArvid Lund, MD  (signed) 11/09/2026")]));

        Assert.Equal("Arvid Lund, MD", detection.Referrer.Name);
        Assert.Equal("Ridgeway Orthopedics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal("555-212-4100", detection.Referrer.Phone);
        Assert.Equal("555-212-4101", detection.Referrer.Fax);
        Assert.Equal("555-212-0039", detection.Patient.Phone);
    }

    [Theory]
    [InlineData("jvane@summitneuro.example", ReferrerRole.Neurologist)]
    [InlineData("jvane@lakeorthogroup.example", ReferrerRole.Orthopedist)]
    [InlineData("jvane@familymed.example", ReferrerRole.Physician)]
    public void Detect_DoctorWithNoPracticeNamed_TakesTheSpecialtyTheMailDomainNames(string from, ReferrerRole role)
    {
        var detection = _detector.Detect(Message(
            "OT",
            "Pls eval & treat - Wen Ito 4/4/70, L hand weakness and clumsiness, needs ADL help. Her # 555-212-7781.\nThx\nDr. Jonas Vane\nSent from my iPhone",
            from,
            "Jonas Vane MD"));

        Assert.Equal(role, detection.Referrer.Role);
    }

    [Theory]
    [InlineData("Jonas Vane, MD\nGranite Falls Clinic", ReferrerRole.Orthopedist)]
    [InlineData("Kira Vane, PA-C\nGranite Falls Clinic", ReferrerRole.Physician)]
    [InlineData("Kira Vane, PA-C", ReferrerRole.Physician)]
    public void Detect_DomainNamesTheSpecialtyOfADoctorButNotOfAPhysicianAssistant(string signature, ReferrerRole role)
    {
        var detection = _detector.Detect(Message(
            "OT",
            $"Please see Wen Ito (DOB 4/4/1970) for hand therapy after a left thumb CMC arthroplasty. Her # 555-212-7781.\n\nThanks,\n{signature}\n555-212-7000",
            "jvane@granitefallsortho.example",
            "Jonas Vane"));

        Assert.Equal(role, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_WebFormWithABareNameField_NamesTheFormsSenderAndTheChild()
    {
        var detection = _detector.Detect(Message(
            "New contact form submission",
            """
            New submission from the website contact page

            Name: Odette Lamarr
            Email: odette.lamarr@mailbox.example
            Phone: (555) 734-8810
            Child's name: Remy Lamarr
            Child's date of birth: March 3, 2021
            Message: Remy gags on most textures and only eats purees. His preschool suggested an OT evaluation.
            """,
            "no-reply@otclinic.example",
            "Clinic Website"));

        Assert.Equal("Odette Lamarr", detection.Referrer.Name);
        Assert.Equal("odette.lamarr@mailbox.example", detection.Referrer.Email);
        Assert.Equal("Remy Lamarr", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ForwardOfAForward_ReadsTheInnermostSender()
    {
        var detection = _detector.Detect(Message(
            "Fwd: Fwd: referral for Mr. Okafor",
            """
            Sending this on to the referrals box.

            ---------- Forwarded message ---------
            From: Lia Brandt <lbrandt@partnerclinic.example>
            Date: Mon, Nov 9, 2026 at 5:12 PM
            Subject: Fwd: referral for Mr. Okafor
            To: Front Desk <frontdesk@partnerclinic.example>

            ---------- Forwarded message ---------
            From: Ravi Menon <rmenon@elmstreetprimary.example>
            Date: Mon, Nov 9, 2026 at 4:58 PM
            Subject: referral for Mr. Okafor
            To: Lia Brandt <lbrandt@partnerclinic.example>

            Sending Emeka Okafor your way: 74 y/o, two falls this fall, early memory changes. Please see him for an occupational therapy evaluation (home safety, cognition). Son Chidi: 555-348-1192.

            Ravi Menon, PA-C
            Elm Street Primary Care
            555-348-7000 (office) / 555-348-7001 (fax)
            """,
            "frontdesk@partnerclinic.example",
            "Front Desk"));

        Assert.Equal(MessageKind.Referral, detection.Kind);
        Assert.Equal("Ravi Menon, PA-C", detection.Referrer.Name);
        Assert.Equal("Elm Street Primary Care", detection.Referrer.Organization);
        Assert.Equal("555-348-7000", detection.Referrer.Phone);
        Assert.Equal("555-348-7001", detection.Referrer.Fax);
        Assert.Equal("rmenon@elmstreetprimary.example", detection.Referrer.Email);
        Assert.Equal("Emeka Okafor", detection.Patient.Name);
        Assert.Equal("555-348-1192", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_DoctorWhoIntroducesTheirPracticeAndSignsWithTheNameAlone_TakesThePractice()
    {
        var detection = _detector.Detect(Message(
            "OT referral",
            "Hello,\nThis is Dr. Pell from Juniper Lane Pediatrics. Please see Ruth Adair (DOB 1/1/2019) for fine motor delay; mom's cell is 555-303-1200.\n\nThanks,\nDr. Ansel Pell",
            "apell@mailhost.example",
            "Ansel Pell"));

        Assert.Equal("Juniper Lane Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_FormWithAReferringPracticeField_TakesThePractice()
    {
        var detection = _detector.Detect(Message(
            "Referral for Occupational Therapy",
            "Referral for Occupational Therapy\nPatient: Ruth Adair\nDOB: 1/1/1960\nReason: right hand weakness after a stroke\nReferring Provider: Ismail Grant, MD\nReferring Practice: Quarry Road Clinic\nPhone: 555-303-1000\nFax: 555-303-1001",
            "noreply@quarryroad.example",
            "Quarry Road EHR"));

        Assert.Equal("Ismail Grant, MD", detection.Referrer.Name);
        Assert.Equal("Quarry Road Clinic", detection.Referrer.Organization);
        Assert.Equal("555-303-1000", detection.Referrer.Phone);
        Assert.Equal("555-303-1001", detection.Referrer.Fax);
    }
}
