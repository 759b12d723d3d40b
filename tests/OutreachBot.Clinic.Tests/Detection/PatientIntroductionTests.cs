using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>The ways writers introduce the patient beyond a form label: titles, ages, relatives, nicknames, lower case.</summary>
public sealed class PatientIntroductionTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_CourtesyTitleBeforeTheNameAndAge_IsNoPartOfTheName()
    {
        var detection = Detect("I am the RN case manager for Mr Anselm Quarry, 81yo, COPD. He gets very short of breath with bathing and needs outpatient OT.");

        Assert.Equal("Anselm Quarry", detection.Patient.Name);
    }

    [Fact]
    public void Detect_AgeBetweenSeeAndTheName_ReadsTheName()
    {
        var detection = Detect("pls see 4yo Wren Haldane for sensory eval - meltdowns, toe walking. mom (555) 201-4410.");

        Assert.Equal("Wren Haldane", detection.Patient.Name);
    }

    [Fact]
    public void Detect_UrgencyWordAfterTheName_IsNoSurname()
    {
        var detection = Detect("Can your team see Osric Penhale ASAP? His right shoulder is stiffening after neck dissection.");

        Assert.Equal("Osric Penhale", detection.Patient.Name);
    }

    [Fact]
    public void Detect_NicknameInBracketsAfterTheFirstName_KeepsTheLegalName()
    {
        var detection = Detect("I'm looking for help for my mother, Winifred (Winnie) Aldous. She's 86 and has had near-falls getting out of the tub.");

        Assert.Equal("Winifred Aldous", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ParticipantOfAProgram_IsThePatient()
    {
        var detection = Detect("One of our participants, Caspian Morrow, graduates from the day program on 4/26 and needs continued outpatient OT after his TBI.");

        Assert.Equal("Caspian Morrow", detection.Patient.Name);
    }

    [Fact]
    public void Detect_ClaimantLabel_NamesThePatient()
    {
        var detection = Detect("Please schedule an OT evaluation for the claimant below; hand therapy is ordered.\n\nClaimant: Tobiah Renning\nDOI: 02/03/2026\nClaimant phone: (555) 634-0101");

        Assert.Equal("Tobiah Renning", detection.Patient.Name);
    }

    [Fact]
    public void Detect_UpdateOnANamedChild_NamesTheChild()
    {
        var detection = Detect("Quick update on Ptolemy Vance: his NICU discharge moved to Friday. He still needs outpatient OT for feeding.");

        Assert.Equal("Ptolemy Vance", detection.Patient.Name);
    }

    [Fact]
    public void Detect_NewbornChartNameInTheSubject_GivesWayToTheLabelledName()
    {
        var detection = _detector.Detect(Message(
            "RE: NICU discharge - feeding OT - Baby Girl Okoro (Ines)",
            "Discharge moved to Friday; the rest is the same.\n\nNell Vass, NNP\n\n-----Original Message-----\nFrom: Nell Vass\n\nPatient: Ines Okoro\nDOB: 09/20/2026\nNeeds outpatient OT for feeding after NICU discharge.",
            "nvass@stbrigid.example",
            "Nell Vass"));

        Assert.Equal("Ines Okoro", detection.Patient.Name);
    }

    [Fact]
    public void Detect_GrandmotherWritingInSpanish_NamesTheGrandchild()
    {
        var detection = _detector.Detect(Message(
            "terapia para mi nieto",
            "Hola,\n\nMi nombre es Ofelia Sandoval, soy la abuela de Mateo Sandoval. Tiene 4 años y necesita terapia ocupacional.\n\nPor favor llámeme al (555) 782-0001.\n\nGracias\nOfelia",
            "ofelia.s@mailbox.example",
            "Ofelia Sandoval"));

        Assert.Equal("Mateo Sandoval", detection.Patient.Name);
        Assert.Equal("(555) 782-0001", detection.Patient.Phone);
    }

    [Fact]
    public void Detect_ParentTypingInLowerCase_NamesTheChild()
    {
        var detection = _detector.Detect(Message(
            "ot for my daughter",
            "hi my daughter is 3 and she screams when i brush her teeth, her pedi said OT could help. her name is juniper falk dob 6/2/23. my number is 555 283 0102\ntess",
            "tessf@mailbox.example",
            "tess falk"));

        Assert.Equal("Juniper Falk", detection.Patient.Name);
    }

    private ReferralDetection Detect(string body) => _detector.Detect(Message(
        "OT referral",
        $"{body}\n\nThanks,\nMireille Ostrander, MD\nHollowbrook Medical Group\nPh 555-610-2200 | Fax 555-610-2201",
        "mostrander@hollowbrook.example",
        "Mireille Ostrander"));
}
