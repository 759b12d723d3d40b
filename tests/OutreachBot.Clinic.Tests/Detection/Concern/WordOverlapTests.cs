namespace OutreachBot.Clinic.Tests.Detection.Concern;

public sealed class WordOverlapTests
{
    [Fact]
    public void F1_WhenTheWordsAreTheSameInAnotherOrderAndCase_IsOne()
    {
        Assert.Equal(1.0, WordOverlap.F1("Trigger finger release, left thumb", "left THUMB trigger finger release"), 3);
    }

    [Fact]
    public void F1_WhenThePredictionIsMuchLongerThanTheSummary_FallsBelowOneHalf()
    {
        const string Summary = "left thumb trigger finger release; stiffness";
        const string Sentence = "she had a left thumb trigger finger release ten days ago at the surgery center and her daughter says it is still stiff when she wakes up in the morning";

        Assert.True(WordOverlap.F1(Summary, Sentence) < 0.5);
    }

    [Fact]
    public void F1_WhenNoWordIsShared_IsZero()
    {
        Assert.Equal(0, WordOverlap.F1("rotator cuff repair", "handwriting delay"));
    }
}
