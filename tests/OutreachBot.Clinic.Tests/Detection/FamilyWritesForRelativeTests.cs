using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>A relative writing for a parent or spouse gives the patient's number; the writer's own is another.</summary>
public sealed class FamilyWritesForRelativeTests
{
    private readonly ReferralDetector _detector = new();

    [Theory]
    [InlineData("Her phone is (555) 014-2290 but she rarely answers - please email me back here.")]
    [InlineData("My mother's cell: 555-014-2290. Email is the best way to reach me.")]
    [InlineData("His home phone is 555.014.2290, though he doesn't hear it well.")]
    public void Detect_NumberGivenAsThePatients_IsNotTheWritersPhone(string numbers)
    {
        var detection = _detector.Detect(Message(
            "OT for my mom?",
            $"Hello,\n\nI'm writing about my mother, Greta Holm (DOB 2/9/1941). She came home from the hospital after a fall and can't dress or bathe by herself. Can she come to you for an OT evaluation?\n\n{numbers}\n\nThank you,\nLena Holm",
            "lena.holm@mailbox.example",
            "Lena Holm"));

        Assert.Equal(MessageKind.SelfReferral, detection.Kind);
        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Null(detection.Referrer.Phone);
    }

    [Fact]
    public void Detect_WritersOwnNumberBesideThePatients_IsTheWritersPhone()
    {
        var detection = _detector.Detect(Message(
            "OT for my dad",
            "Hi,\n\nMy father, Arne Dahl (DOB 7/1/1938), had a stroke last month and needs help with dressing and eating. Can he be seen for OT?\n\nHis phone is 555-014-7781. You can reach me at 555-014-9920.\n\nThanks,\nSiri Dahl",
            "siri.dahl@mailbox.example",
            "Siri Dahl"));

        Assert.Equal(ReferrerRole.Family, detection.Referrer.Role);
        Assert.Equal("555-014-9920", detection.Referrer.Phone);
    }
}
