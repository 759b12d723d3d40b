using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Pathway, urgency and contact wording as referrers write it.</summary>
public class RoutingAndWordingTests
{
    [Fact]
    public void Choose_WhenABrainInjuryCostsAdlsAndCognition_RoutesToNeuro()
    {
        var text = "Adm dx: TBI after a fall from a ladder; R wrist fx. Needs outpatient OT for cognition, ADLs and the wrist.";

        var (pathway, _) = PathwayRules.Choose(text, ReferrerRole.SocialWorker, null, false, ["S06.2X0D"]);

        Assert.Equal(Pathway.Neuro, pathway);
    }

    [Fact]
    public void Choose_WhenOnlyAdultRehabWordsAppear_StaysAdult()
    {
        var text = "Two falls since the holidays, early cognitive changes; home safety and ADL evaluation please.";

        var (pathway, _) = PathwayRules.Choose(text, ReferrerRole.Physician, 71, false, ["R41.81"]);

        Assert.Equal(Pathway.Adult, pathway);
    }

    [Theory]
    [InlineData("DM2 w/ neuropathy (E11.42), unsteady on feet, trouble w/ buttons and showering, fell 2x.")]
    [InlineData("Diabetic neuropathy in both feet, two falls this winter; needs bathing and home safety help.")]
    public void Choose_WhenNeuropathyComesWithDiabetes_RoutesToAdultRehab(string text)
    {
        var (pathway, _) = PathwayRules.Choose(text, ReferrerRole.Other, 76, false, []);

        Assert.Equal(Pathway.Adult, pathway);
    }

    [Fact]
    public void Choose_WhenChemotherapyCausedTheNeuropathyOfMsOsterhout_RoutesToAdultRehab()
    {
        var text = "Ms. Oster has chemotherapy-induced peripheral neuropathy (CIPN, G62.0) after breast cancer treatment; dropping things, trouble with buttons.";

        var (pathway, _) = PathwayRules.Choose(text, ReferrerRole.SocialWorker, 58, false, ["G62.0", "C50.912"]);

        Assert.Equal(Pathway.Adult, pathway);
    }

    [Fact]
    public void Choose_WhenMultipleSclerosisIsWrittenMS_StillRoutesToNeuro()
    {
        var (pathway, _) = PathwayRules.Choose("Relapsing MS, right hand weakness and fatigue with ADLs.", ReferrerRole.Physician, 41, false, []);

        Assert.Equal(Pathway.Neuro, pathway);
    }

    [Fact]
    public void Choose_WhenNeuropathyComesWithoutDiabetes_StaysNeuro()
    {
        var (pathway, _) = PathwayRules.Choose("Peripheral neuropathy of unclear cause, worsening over a year.", ReferrerRole.Other, 64, false, []);

        Assert.Equal(Pathway.Neuro, pathway);
    }

    [Theory]
    [InlineData("Order attached for outpatient OT following her discharge from our inpatient rehab unit tomorrow (2/4).")]
    [InlineData("He will be discharged home from the step-down unit today.")]
    public void Read_WhenTheDischargeIsTodayOrTomorrowAFewWordsOn_IsUrgent(string text)
    {
        Assert.Equal(Urgency.Urgent, UrgencyRules.Read(text).Urgency);
    }

    [Fact]
    public void Read_WhenTheDischargeWasWeeksAgo_IsRoutine()
    {
        Assert.Equal(Urgency.Routine, UrgencyRules.Read("She was discharged three weeks ago and is now home with her husband.").Urgency);
    }

    [Theory]
    [InlineData("Pt cell 555-417-8826 - texting ok.", PreferredContact.Text)]
    [InlineData("My cell: 555-509-2267 (text is fine)", PreferredContact.Text)]
    [InlineData("Mom says it is okay to text her at 555-210-3344.", PreferredContact.Text)]
    [InlineData("Email works best for dad: dad@home.example", PreferredContact.Email)]
    [InlineData("Parent phone: (555) 389-0412 (text preferred)", PreferredContact.Text)]
    [InlineData("Best way to get me is by phone, 555-448-2917.", PreferredContact.Phone)]
    [InlineData("Family also asked to be texted rather than called.", PreferredContact.Text)]
    public void Read_WhenTheFamilySaysWhichWayIsFine_TakesItAsThePreference(string line, PreferredContact expected)
    {
        var text = MessageText.From(TestMessages.Message("OT referral", line + "\n\nThanks,\nDr. Lee"));

        Assert.Equal(expected, ContactPreferenceReader.Read(text).Contact);
    }
}
