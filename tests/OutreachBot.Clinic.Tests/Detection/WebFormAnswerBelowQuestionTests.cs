using OutreachBot.Clinic.Detection;
using static OutreachBot.Clinic.Tests.Detection.TestMessages;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Form builders that put each answer on the line under its question ("Parent/guardian name:" then the name).</summary>
public sealed class WebFormAnswerBelowQuestionTests
{
    private readonly ReferralDetector _detector = new();

    [Fact]
    public void Detect_WhenEachAnswerIsUnderItsQuestion_NamesTheParentAndTheirEmail()
    {
        var body = """
            A new form submission was received.

            Parent/guardian name:
            Dana Reyes

            Child's name:
            Milo Reyes

            Child's date of birth:
            June 9, 2019

            Phone:
            (555) 610-4478

            Email:
            dana.reyes@mailbox.example

            What are your concerns?:
            Milo is in 2nd grade and cannot tie his shoes or button his coat. His handwriting is very slow and his teacher suggested an OT evaluation.
            """;

        var referrer = _detector.Detect(Message("New submission: New Client Inquiry - Dana Reyes", body, "forms@sitebuilder.example", "Clinic Website")).Referrer;

        Assert.Equal(("Dana Reyes", "dana.reyes@mailbox.example"), (referrer.Name, referrer.Email));
    }
}
