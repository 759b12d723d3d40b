using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A writer who gives their own number or fax in the note rather than in the signature.</summary>
public sealed class WriterNumberInNoteTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenTheWriterSaysWhereTheyAre_TakesThatNumberAsTheirs()
    {
        var body = """
            hi, we have a student, Tomas Ilves, 11 yrs old, with a 504 plan for dysgraphia. team wants an OT consult on keyboarding vs handwriting accommodations.
            his mom is Kadri Ilves 555 612 3344.
            i'm at (555) 467-8800 ext 31 til 3:30.

            thanks
            Ms. Haller
            School Counselor, Birch Hill Middle School
            """;

        var referrer = _detector.Detect(Message("OT consult - 504 student", body, "khaller@birchhillsd.example", "Karin Haller")).Referrer;

        Assert.Equal("(555) 467-8800 ext 31", referrer.Phone);
    }

    [Fact]
    public void Detect_WhenTheWriterAsksForTheReportByFax_TakesThatFaxAsTheirs()
    {
        var body = """
            New referral for OT, injured worker below.

            Claimant: Pavel Orlov
            DOB: 03/14/1979
            Injury: right hand crush injury, cast removed 11/20
            Requested: OT eval and treat, edema management
            Carrier: Lakeland Mutual Workers' Compensation, 12 visits authorized

            Please send the initial evaluation to me by fax at (555) 582-7719.

            Nadia Brooks, RN, CCM
            Field Case Manager
            Lakeland Mutual Insurance - Workers' Compensation
            (555) 582-7700 ext 44
            """;

        var referrer = _detector.Detect(Message("New WC referral - Orlov", body, "nbrooks@lakelandmutual.example", "Nadia Brooks")).Referrer;

        Assert.Equal("(555) 582-7719", referrer.Fax);
    }
}
