using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// Numbers as families, doctors abroad and practices write them: local numbers after "my cell is", a signature's
/// one-letter labels, a country code, a phone tree's choice, an attached letter's heading.
/// </summary>
public sealed class ContactSession16Tests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Calling is hard at work, but my cell is 555-0174 if needed.", "555-0174")]
    [InlineData("Texting is easiest for me, 555-0174, I miss most calls.", "555-0174")]
    [InlineData("R. Imes MD  P 555-0174  F 555-0175", "555-0174")]
    [InlineData("PLEASE CALL ME AT 555 0174 IN THE MORNING.", "555 0174")]
    [InlineData("Tel. +44 20 7946 0958 · Fax +44 20 7946 0959", "+44 20 7946 0958")]
    [InlineData("Praxis: +49 (0)89 5550 1234", "+49 (0)89 5550 1234")]
    public void FindIn_WhenANumberIsWrittenTheWaySendersDo_ReadsIt(string line, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.FindIn(line)[0].Number);
    }

    [Theory]
    [InlineData("Invoice 448 2210 was paid in full.")]
    [InlineData("We moved to 120 Elm, room 204 1150 is upstairs.")]
    [InlineData("Wrist AROM improved +5 10-20 deg since last visit.")]
    [InlineData("Strength +4 5 2 in the left hand, grip 40 lb.")]
    public void FindIn_WhenThreeDigitsAndFourStandApartWithNoPhoneWord_ReadsNone(string line)
    {
        Assert.Empty(PhoneNumbers.FindIn(line));
    }

    [Fact]
    public void FindIn_WhenNumbersAbroadDifferAfterTheTenthDigit_KeepsThemApart()
    {
        var numbers = PhoneNumbers.FindIn("Tel. +44 20 7946 0958 · Fax +44 20 7946 0959");

        Assert.NotEqual(numbers[0].Digits, numbers[1].Digits);
        Assert.True(numbers[1].IsFax);
    }

    [Theory]
    [InlineData("(555) 620-4400 x4", "(555) 620-4400 x4")]
    [InlineData("(555) 620-4400 ext 12", "(555) 620-4400 ext 12")]
    [InlineData("(555) 620-4400 ext 318", "(555) 620-4400")]
    public void MainLine_KeepsAPhoneTreeChoiceButNotADesk(string number, string expected)
    {
        Assert.Equal(expected, new PhoneMention(number, "", "").MainLine);
    }

    [Fact]
    public void Detect_WhenAWifeWritesWithHerNumberInTheNote_TakesItAsTheWritersNumber()
    {
        var body = """
            Hello,

            My husband Pete is 81 and had a small stroke in the spring. His right hand is clumsy now and he cannot cut his food or do up his coat. Does he need a referral from his doctor to start occupational therapy with you?

            Text is best for me, 555-0174, I am often out in the garden.

            Thank you,
            Wilma Harte
            """;

        var detection = _detector.Detect(Message("OT for my husband after his stroke", body, "wharte.home@mailbox.example", "Wilma Harte"));

        Assert.Equal("555-0174", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_WhenADoctorAsksToCallTheClinicWithQuestions_TakesTheClinicLine()
    {
        var body = """
            hi,

            referring my pt Mr Alvin Roos (DOB Mar 3 1958), stroke in august with left hand weakness, cant hold a cup or write his name. he has medicaid.

            please call my clinic with questions (555) 731-4400

            thanks
            Dr. Mona Pruitt
            Northgate Family Clinic
            """;

        var detection = _detector.Detect(Message("OT referral", body, "mpruitt@northgatefc.example", "mona pruitt"));

        Assert.Equal("(555) 731-4400", detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_WhenTheAttachedLetterIsHeadedWithThePracticesNumbers_TakesThem()
    {
        var body = """
            Dear intake team,

            Please find attached my referral letter for Mr. Jonah Pell, whom I follow for a traumatic brain injury. The letter includes his history and my signed order.

            Best regards,
            Irene Castle, MD
            """;
        var letter = """
            LAKESHORE NEUROLOGY CLINIC
            88 Harbor Road, Suite 4
            Phone (555) 820-3100   Fax (555) 820-3109
            October 2, 2026
            Re: Jonah Pell    Date of birth: May 5, 1990
            Dear Colleagues,
            I am referring Mr. Pell for outpatient occupational therapy for attention, memory and return to work after a
            traumatic brain injury. Please evaluate and treat.
            Sincerely,
            /s/ Irene Castle, MD
            """;
        var pdf = new MessageAttachment("Pell_referral_letter.pdf", "application/pdf", 2_000, letter);

        var detection = _detector.Detect(Message("Referral: Jonah Pell", body, "icastle@lakeshoreneuro.example", "Castle, Irene", [pdf]));

        Assert.Equal("(555) 820-3100", detection.Referrer.Phone);
        Assert.Equal("(555) 820-3109", detection.Referrer.Fax);
    }
}
