using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Signatures written in a hurry: an initial for the first name, credentials after a space, a therapist's "PT", a
/// number given in the note ("text me at ..."), a reply signed without the number the first message gave.
/// </summary>
public sealed class SignatureShorthandTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_AnInitialAndSpacedCredentialsFromTheDoctorsMailbox_ReadsTheFullNameAndPractice()
    {
        const string body = "Pls eval & tx: Ida Brandt, DOB 12.5.53, 71F w/ Parkinson's (G20.A1). Micrographia, slowed ADLs esp dressing/cooking. Medicare.\n\nSigned order scanned & attached.\n\nR. Okonjo MD\nMovement Disorders, Eastgate Neurology\n(555) 388-4410 / fax (555) 388-4419";

        var detection = _detector.Detect(Message("PD referral", body, "rokonjo@eastgateneuro.example", "Ruth Okonjo"));

        Assert.Equal("Ruth Okonjo, MD", detection.Referrer.Name);
        Assert.Equal("(555) 388-4410", detection.Referrer.Phone);
        Assert.Equal("(555) 388-4419", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_ANurseSigningWithASpaceBeforeRN_IsWrittenWithAComma()
    {
        const string body = "Hi, I'm the home health nurse for Eugene Sola, 80, s/p CVA. He is struggling with bathing and dressing and would benefit from outpatient OT.\n\nThanks\nBev Tolland RN\nCompass Home Health\n(555) 298-1100";

        var detection = _detector.Detect(Message("OT for Eugene Sola", body, "btolland@compasshh.example", "Beverly Tolland"));

        Assert.Equal("Bev Tolland, RN", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_APhysicalTherapistWhoGivesANumberInTheNote_IsAPhysicalTherapistWithThatNumber()
    {
        const string body = "Hi this is Nate Orr PT. I just finished home health PT with Harold Vance, 71, s/p CABG x3 (Z95.1). He gets wiped out with showering and dressing - could you see him for OT?\n\nHis # 555-671-3300, Medicare.\n\nEasiest to text me at 555-671-9911 if you need anything\n\nNate Orr, PT\nSent from my iPhone";

        var detection = _detector.Detect(Message("Referral - Harold Vance post CABG", body, "norr.pt@mobile.example", "Nate Orr"));

        Assert.Equal(ReferrerRole.PhysicalTherapist, detection.Referrer.Role);
        Assert.Equal("555-671-9911", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_AReplySignedWithoutANumber_TakesTheNumberFromTheSendersEarlierSignature()
    {
        const string body = """
            Quick correction - Mr. Turner's cell is (555) 904-2278. He still prefers email.

            Lena Fitz, Ed.S., NCSP
            School Psychologist, Oakridge Middle School

            From: Fitz, Lena <lfitz@oakridgeschools.example>
            Sent: Tuesday, November 3, 2026 1:40 PM
            To: Harbor Light Referrals <referrals@harborlightot.example>
            Subject: 504 team referral for private OT eval - Caleb Tern

            Dear Intake,

            Following Caleb Tern's 504 review, his team is referring him for a private occupational therapy evaluation.
            Student: Caleb Tern, 7th grade
            DOB: Oct 11 2012

            Thank you,
            Lena Fitz, Ed.S., NCSP
            School Psychologist, Oakridge Middle School
            (555) 563-1100 | lfitz@oakridgeschools.example
            """;

        var detection = _detector.Detect(Message("RE: 504 team referral for private OT eval - Caleb Tern", body, "lfitz@oakridgeschools.example", "Fitz, Lena", inReplyTo: "first@oakridgeschools.example"));

        Assert.Equal("Oakridge Middle School", detection.Referrer.Organization);
        Assert.Equal("(555) 563-1100", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_AnAssistantWritingForTheDoctorWhoseMessageIsQuoted_GivesTheDoctorsAddress()
    {
        const string body = """
            Hi - correction on the referral below, I typed Leo's DOB wrong. It should be 8/4/21, not 8/14.

            Tara Green, MA
            for Dr. Alma Moreau, Maplewood Pediatric Associates
            (555) 318-2200

            ________________________________
            From: Moreau, Alma <amoreau@maplewoodpeds.example>
            Sent: Monday, November 2, 2026 8:47 AM
            To: Harbor Light Referrals <referrals@harborlightot.example>
            Subject: OT referral - Leo Banks

            Please accept this referral for occupational therapy evaluation and treatment.
            Patient: Leo Banks
            DOB: 8/14/21

            Alma Moreau, MD
            Maplewood Pediatric Associates
            Ph (555) 318-2200 | Fax (555) 318-2201
            """;

        var detection = _detector.Detect(Message("RE: OT referral - Leo Banks", body, "tgreen@maplewoodpeds.example", "Green, Tara", inReplyTo: "first@maplewoodpeds.example"));

        Assert.Equal("Alma Moreau, MD", detection.Referrer.Name);
        Assert.Equal("amoreau@maplewoodpeds.example", detection.Referrer.Email);
    }

    [Fact]
    public void Detect_ASchoolAndItsDistrictPartedByADot_AreReadWithAComma()
    {
        const string body = "Hello, I'm the school OT for Mia Lund (grade 6). Her IEP team is referring her for an outside OT evaluation of handwriting and keyboarding.\n\nThanks,\nDana Roe, OTR/L\nEastfield Middle School · Pine Hollow ISD\n(555) 620-1100";

        var detection = _detector.Detect(Message("Outside OT referral - Mia Lund", body, "droe@pinehollowisd.example", "Dana Roe"));

        Assert.Equal("Eastfield Middle School, Pine Hollow ISD", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_ANeonatalNursePractitionerAtAChildrensHospital_IsAPhysicianByLabelsRule()
    {
        const string body = "Baby Nico Hale, DOB 10/20/2026, ex-32 weeker, is going home from the NICU Friday. Please see him for a feeding evaluation (P07.35).\n\nThank you!\nLauren Pike, MSN, NNP-BC\nNeonatal Nurse Practitioner, NICU\nSt. Brigid Children's Hospital\np (555) 702-1180 | f (555) 702-1189";

        var detection = _detector.Detect(Message("NICU discharge - feeding OT", body, "lpike@stbrigid.example", "Lauren Pike"));

        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_ALetterheadFaxAboveTheLetter_IsTheReferrersFaxBesideTheirDirectLine()
    {
        const string body = "EASTGATE SCHOOL DISTRICT\nOffice of Student Services · 900 Commons Drive · Tel (555) 640-3300 · Fax (555) 640-3309\n\nTo: Harbor Light Occupational Therapy\n\nThe IEP team for Sofia Lam (grade 3) recommends an outside occupational therapy evaluation of visual-motor and fine motor skills; her parents asked us to refer her.\n\nSincerely,\nMarisol Orr, M.Ed.\nSpecial Education Coordinator\nEastgate School District\nDirect: (555) 640-3324";

        var detection = _detector.Detect(Message("Outside OT evaluation - Sofia Lam", body, "morr@eastgatesd.example", "Orr, Marisol"));

        Assert.Equal("(555) 640-3324", detection.Referrer.Phone);
        Assert.Equal("(555) 640-3309", detection.Referrer.Fax);
    }

    [Fact]
    public void Detect_ANursePractitionersCredentialEndingInPC_StaysWithHerName()
    {
        const string body = "Please see Mia Lund, 4 y/o, for fine motor delay. OT eval and treat.\n\nThank you,\nHarriet Oyel, MSN, CPNP-PC\nJuniper Hill Pediatrics\n(555) 222-1100";

        var detection = _detector.Detect(Message("OT referral", body, "hoyel@juniperpeds.example", "Harriet Oyel"));

        Assert.Equal("Harriet Oyel, MSN, CPNP-PC", detection.Referrer.Name);
        Assert.Equal("Juniper Hill Pediatrics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_ACoordinatorPassingOnACredentialedDoctorsRequest_RefersForTheDoctor()
    {
        const string body = "Good morning,\n\nCyrus Hadd, MD asks that this patient be seen ASAP for a feeding evaluation.\n\nPatient: Wren Castle\nDOB: 08/21/2025\n\nThank you,\n\nNoelani Pruitt\nReferral Coordinator | Elmstead Family Pediatrics\nPhone (555) 350-2200 | Fax (555) 350-2201";

        var detection = _detector.Detect(Message("ASAP feeding referral - Wren Castle", body, "npruitt@elmsteadpeds.example", "Noelani Pruitt"));

        Assert.Equal("Cyrus Hadd, MD", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
        Assert.Equal("Elmstead Family Pediatrics", detection.Referrer.Organization);
    }
}
