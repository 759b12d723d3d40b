using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Children who do not go to the pediatric line: a school's referral, an orthopedist's fracture.</summary>
public sealed class ChildReferralRoutingTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_TeacherSigningWithHerNameAloneFromASchoolDistrictDomain_IsSchoolStaffOnTheSchoolLine()
    {
        var detection = _detector.Detect(Message("Student needing OT", """
            Hi, one of my kindergarten students, Jalen Pruitt (5), struggles with scissors and opening his lunch.
            His mom asked me to send this; she is at 555-283-7710 and would like an OT evaluation.

            Thanks!
            Noor Haddad
            """, "nhaddad@maplecrest.k12.example", "Noor Haddad"));

        Assert.Equal(ReferrerRole.School, detection.Referrer.Role);
        Assert.Equal(Pathway.School, detection.Pathway);
    }

    [Fact]
    public void Detect_OrthopedistReferringAChildsElbowFracture_RoutesToHandTherapy()
    {
        var detection = _detector.Detect(Message("OT referral - Pia Lund", """
            Please evaluate and treat Pia Lund (DOB 03/14/2019), 7, s/p closed reduction of a left supracondylar
            elbow fracture, cast off 11/2. Elbow ROM and strengthening. S42.412D.

            Imani Shaw, MD
            Cedar Valley Pediatric Orthopedics
            (555) 382-7700
            """, "ishaw@cvpedsortho.example", "Imani Shaw"));

        Assert.Equal(ReferrerRole.Orthopedist, detection.Referrer.Role);
        Assert.Equal(Pathway.Hand, detection.Pathway);
    }
}
