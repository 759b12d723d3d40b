using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>
/// The payer and the way to reach the family when senders add asides to them: who said it, hedges, member numbers,
/// remarks in brackets, corrections, staff shorthand, and contact wishes that name no method or more than one.
/// </summary>
public sealed class PayerAndContactAsidesTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Insurance\tHumana ChoiceCare PPO", "Humana ChoiceCare PPO")]
    [InlineData("Plan\tLakeview Health Plan Medicare Advantage (HMO)", "Lakeview Health Plan Medicare Advantage (HMO)")]
    [InlineData("Insurance / member ID: Cigna - U55501234 (through my employer)", "Cigna")]
    public void Detect_WhenTheInsuranceIsATableCell_ReadsTheCell(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("- Insurance: per parent, Kaiser HMO", "Kaiser HMO")]
    [InlineData("They have Medicaid I think.", "Medicaid")]
    [InlineData("Insurance: Medicaid #555012345", "Medicaid")]
    [InlineData("Insurance: Humana Gold Plus HMO (Medicare Advantage) – ID H55510001", "Humana Gold Plus HMO (Medicare Advantage)")]
    [InlineData("Insurance: Medicaid – Lakeview Health Plan (IFSP services billed through the program)", "Medicaid - Lakeview Health Plan")]
    [InlineData("Insurance: Medicaid (foster care / kinship)", "Medicaid (foster care / kinship)")]
    [InlineData("my insurance changed and im self pay now. how much is an eval?", "self pay")]
    public void Detect_WhenTheSenderAddsAnAside_RecordsOnlyThePlan(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("Everything else (DOB 03/02/2019, phone (555) 410-7788, Amerigroup Medicaid) is correct.", "Amerigroup Medicaid")]
    [InlineData("Member ID: LHP-MA-555001 (Lakeview Health Plan Medicare Advantage)", "Lakeview Health Plan Medicare Advantage")]
    [InlineData("ins is Tidewater Community Plan (medicaid), ID TCP555001.", "Tidewater Community Plan (Medicaid)")]
    public void Detect_WhenThePayerIsInBrackets_ReadsTheWholePlanWithoutTheBracket(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("we have medicaid thru CareBridge is that ok", "Medicaid (CareBridge)")]
    [InlineData("I was wrong about the insurance, it's Medicaid through Lakeview Kids not Molina, member ID LK555001.", "Medicaid (Lakeview Kids)")]
    [InlineData("Our insurance is Cigna PPO through my employer.", "Cigna PPO")]
    [InlineData("Her DOB is 2019-03-02 and she has Medicaid through the foster care program.", "Medicaid (foster care)")]
    public void Detect_WhenAPayerIsRunThroughAManagedCarePlan_NamesBoth(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("His primary insurance is actually a Medicare Advantage plan, Humana Gold Plus HMO - registration had it wrong.", "Humana Gold Plus HMO")]
    [InlineData("Insurance: Kaiser? No - sorry, I switched, it's now Anthem Blue Cross PPO.", "Anthem Blue Cross PPO")]
    public void Detect_WhenTheSenderCorrectsOrDescribesThePlanFirst_ReadsThePlanNamed(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Theory]
    [InlineData("pt phone 555-246-0001. humana medicare adv.", "Humana Medicare Advantage")]
    [InlineData("do u take united healthcare? my son is 7", "United Healthcare")]
    [InlineData("¿Ustedes aceptan Molina? Mi hijo tiene 4 años.", "Molina")]
    public void Detect_WhenStaffOrFamiliesAbbreviateOrAsk_RecordsThePlansName(string line, string expected)
    {
        Assert.Equal(expected, Insurance(line));
    }

    [Fact]
    public void Detect_WhenAPayerIsInAJobTitle_DoesNotTakeItForCoverage()
    {
        Assert.Null(Insurance("Questions to Dana Reyes, Workers' Comp Coordinator for Dr. Lenz."));
    }

    [Fact]
    public void Detect_WhenAReplyMentionsThePayerInPassing_ReadsTheFullPlanFromTheThread()
    {
        var body = """
            Signed order attached. I added R26.89 since Aetna sometimes asks for it.

            Tara

            -----Original Message-----
            From: Tara Lenz <tlenz@maplepeds.example>
            Sent: Monday, November 9, 2026 9:00 AM
            Subject: OT referral - Ruby Salk

            Ruby Salk, DOB 03/02/2019, fine motor delay.
            Ins: Aetna Better Health
            """;
        var detection = _detector.Detect(Message("RE: OT referral - Ruby Salk", body, "tlenz@maplepeds.example", "Tara Lenz", inReplyTo: "a1@maplepeds.example"));
        Assert.Equal("Aetna Better Health", detection.Insurance);
    }

    [Theory]
    [InlineData("Email is the quickest way to reach me - I am in the field most of the day.", PreferredContact.Email)]
    [InlineData("Her cell is 555-410-0001 -- she said calls are best, she does not check email much.", PreferredContact.Phone)]
    [InlineData("She does much better with phone calls than email - her number is 555-410-0001.", PreferredContact.Phone)]
    [InlineData("I'd rather talk by phone - the best number is (555) 410-0001.", PreferredContact.Phone)]
    [InlineData("Mom called: she'd rather we TEXT her than email.", PreferredContact.Text)]
    [InlineData("Parent email (preferred):  jsalk@mailbox.example", PreferredContact.Email)]
    public void Detect_WhenTheWriterComparesWaysToReachThem_ReadsTheOneChosen(string line, PreferredContact expected)
    {
        Assert.Equal(expected, Contact(line));
    }

    [Theory]
    [InlineData("Mom is Joan Salk, best reached on her cell (555) 410-0001 - afternoons are better.")]
    [InlineData("Best contact: daughter Ruth Salk (555) 410-0001")]
    [InlineData("Best number is 555-410-0001; she asked that you leave a message if she doesn't answer.")]
    [InlineData("can someone call me, Joan (grandmother), 555-410-0001.")]
    [InlineData("do you guys do that?? call me 555-410-0001 pls")]
    public void Detect_WhenTheWordingCanOnlyMeanACall_ReadsPhone(string line)
    {
        Assert.Equal(PreferredContact.Phone, Contact(line));
    }

    [Theory]
    [InlineData("Me puede mandar un texto al 555-410-0001, trabajo durante el día.", PreferredContact.Text)]
    [InlineData("Prefiero que me llamen por la tarde al (555) 410-0001.", PreferredContact.Phone)]
    public void Detect_WhenASpanishSpeakingFamilyAsksPolitely_ReadsIt(string line, PreferredContact expected)
    {
        Assert.Equal(expected, Contact(line));
    }

    [Theory]
    [InlineData("You can email me back here or call (555) 410-0001.")]
    [InlineData("Please call my office if you can't get her in by Friday.")]
    [InlineData("Best number is her father's cell, 555-410-0001.")]
    public void Detect_WhenTheWriterOffersTwoWaysOrTheirOwnDesk_NamesNoPreference(string line)
    {
        Assert.Null(Contact(line));
    }

    private string? Insurance(string line) =>
        _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).Insurance;

    private PreferredContact? Contact(string line) =>
        _detector.Detect(Message("OT referral - Ruby Salk", ReferralFromMaplePediatrics(line), "tlenz@maplepeds.example", "Tara Lenz")).PreferredContact;
}
