using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Names in session 15's classes of mail: a labelled patient with a nickname in brackets, office staff typing in
/// capitals or following up on their own earlier note for a doctor, and a nurse passing on a doctor's signed order.
/// </summary>
public sealed class NameClassesSession15Tests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Patient: Margaret (Peggy) Lindholm", "Margaret Lindholm")]
    [InlineData("PT NAME: MARGARET (PEGGY) LINDHOLM", "Margaret Lindholm")]
    public void Detect_ALabelledPatientWithANicknameInBrackets_KeepsTheLegalName(string line, string expected)
    {
        var body = $"Hello,\n\nPlease evaluate and treat for fine motor delay.\n\n{line}\nDOB: 3/4/2019\n\nThanks,\nLena Voss, MD\nPinecrest Pediatrics\n555-201-3000";

        var detection = _detector.Detect(Message("OT referral", body, "lvoss@pinecrestpeds.example", "Lena Voss"));

        Assert.Equal(expected, detection.Patient.Name);
    }

    [Fact]
    public void Detect_StaffTypingInCapitalsThatTheDoctorWouldLikeToRefer_NamesTheDoctor()
    {
        const string body = """
            HELLO, THIS IS LENA FROM DR. HARLAN OFFICE AT PINECREST PEDIATRICS.
            DR HARLAN WOULD LIKE TO REFER PT FOR OT EVAL:
            PT NAME: MARGARET LINDHOLM
            DOB 3-4-19
            DX: FINE MOTOR DELAY, CANNOT BUTTON OR ZIP
            THANK YOU
            LENA VOSS, MA
            PINECREST PEDIATRICS
            PH 555-201-3000
            """;

        var detection = _detector.Detect(Message("OT REFERRAL", body, "lvoss@pinecrestpeds.example", "Lena Voss"));

        Assert.Equal("Dr. Harlan", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_StaffFollowingUpOnTheirOwnNoteForADoctor_StillNameTheDoctor()
    {
        const string body = """
            Hi again,

            Checking in - we have not heard back about scheduling Ms. Tovar. The op note is attached for your therapist.

            Dana Pryor, MA
            Oakmere Orthopedics
            P: (555) 201-1000 | F: (555) 201-1001

            ________________________________
            From: Dana Pryor
            Sent: Monday, November 2, 2026 9:10 AM
            To: intake@sunriseot.example
            Subject: Hand therapy referral

            Good morning,

            Dr. Vell would like this patient seen for hand therapy after a left thumb CMC arthroplasty.
            Patient: Rosa Tovar
            Cell 555-301-2200

            Orthopedic Surgeon: Cyrus Vell, MD
            """;

        var detection = _detector.Detect(Message("RE: Hand therapy referral", body, "dpryor@oakmereortho.example", "Dana Pryor", inReplyTo: "first@oakmereortho.example"));

        Assert.Equal("Cyrus Vell, MD", detection.Referrer.Name);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_ANursePassingOnADoctorsSignedOrder_IsTheReferrer()
    {
        const string body = """
            Hello,

            I'm the visiting nurse for Cedar Home Health. Our patient Mr. Owen Tarr (DOB 5/6/1942) is leaving home health next week. Dr. Ruiz's signed order for outpatient OT is attached; he needs help with bathing and dressing.

            Mara Quist, RN
            Cedar Home Health
            (555) 640-1111
            """;

        var detection = _detector.Detect(Message("OT referral", body, "mquist@cedarhomehealth.example", "Mara Quist"));

        Assert.Equal("Mara Quist, RN", detection.Referrer.Name);
    }

    [Fact]
    public void Detect_APracticeNamedAfterItsPlaceWithADepartmentsWords_IsTheOrganization()
    {
        const string body = "Hello,\n\nPlease see Milo Aske (DOB 2/2/2020) for an OT evaluation of sensory processing.\n\nBest,\nRuth Lind, MD\nDevelopmental-Behavioral Pediatrics\nEastlake Developmental-Behavioral Pediatrics\nT (555) 622-1000";

        var detection = _detector.Detect(Message("OT referral", body, "rlind@edbp.example", "Ruth Lind"));

        Assert.Equal("Eastlake Developmental-Behavioral Pediatrics", detection.Referrer.Organization);
    }

    [Fact]
    public void Detect_AChildrensSubspecialistWithThePracticeAfterTheDepartment_IsAPhysicianOfThatPractice()
    {
        const string body = "Dear team,\n\nI would like to refer Ana Petit, DOB 2023-01-05, for feeding therapy; she has oral aversion after a long tube-fed period.\n\nRespectfully,\nOmar Salas, MD\nPediatric Gastroenterology, Harbor Children's Specialty Clinics Phone 555-700-1000 | Fax 555-700-1001";

        var detection = _detector.Detect(Message("Feeding therapy referral", body, "osalas@harborchildrens.example", "Omar Salas MD"));

        Assert.Equal("Harbor Children's Specialty Clinics", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Physician, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_AChildCareDirectorWritingFromTheCentersMailbox_IsNamedAndSoIsTheToddler()
    {
        const string body = """
            Hello,

            My name is Ruth Fell and I direct Bluebird Child Development Center. One of our toddlers, Ada Bell (she turned 2 in May), bites and mouths everything and cannot sit for circle time. Her parents asked me to reach out about an OT evaluation for sensory processing; she can be reached at 555 268 4000.

            Ruth Fell
            Center Director, Bluebird Child Development Center
            555-268-1000
            """;

        var detection = _detector.Detect(Message("Referral for a toddler at our center", body, "director@bluebirdcdc.example", "Bluebird CDC"));

        Assert.Equal("Ruth Fell", detection.Referrer.Name);
        Assert.Equal("Ada Bell", detection.Patient.Name);
    }

    [Fact]
    public void Detect_AFaxCoverFromADoctorSlashPractice_NamesBoth()
    {
        const string body = """
            You have received a new fax.
            Caller number: 5553120000
            Pages: 3
            Cover page notes entered by sender:
              TO: Sunrise OT - new referral
              FROM: Dr. Ana Ruiz / Bayview Hand & Upper Extremity  ph 555-312-1000
              RE: Nell Ames  DOB 2/9/1957
              R thumb trigger release done 11/11. Post op OT, Rx attached.
            The fax is attached to this message as a TIFF image.
            """;

        var detection = _detector.Detect(Message("Fax received from 5553120000 (3 pages)", body, "noreply@faxrelay.example", "eFax Relay"));

        Assert.Equal("Ana Ruiz", detection.Referrer.Name);
        Assert.Equal("Bayview Hand & Upper Extremity", detection.Referrer.Organization);
        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
    }

    [Fact]
    public void Detect_ADoctorSigningAsPaediatrician_IsAPediatrician()
    {
        const string body = "Dear colleagues,\n\nI am writing to refer my patient Tom Berg, born 2019-03-04, for continued occupational therapy for developmental coordination disorder; the family is moving to your area.\n\nWith kind regards,\nDr. Anna Holt\nConsultant Paediatrician\nHolt Family Practice\nTel. 555-201-4000";

        var detection = _detector.Detect(Message("Referral - continuation of OT", body, "aholt@holtpractice.example", "Dr. Anna Holt"));

        Assert.Equal(ReferrerRole.Pediatrician, detection.Referrer.Role);
    }
}
