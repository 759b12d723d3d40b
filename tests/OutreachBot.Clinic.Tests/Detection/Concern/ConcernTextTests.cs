using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection.Concern;

public sealed class ConcernTextTests
{
    [Fact]
    public void Clauses_WhenASentenceHasListsAndAsides_CutsAtCommasButNotInsideParentheses()
    {
        var clauses = ConcernText.Clauses("needs help with dressing (buttons, zippers), difficulty with bathing; home safety").ToList();

        Assert.Equal(["needs help with dressing (buttons, zippers)", "difficulty with bathing", "home safety"], clauses);
    }

    [Fact]
    public void Clauses_WhenAClauseOnlyLeadsToTheProblem_KeepsTheProblem()
    {
        var clauses = ConcernText.Clauses("underwent right thumb CMC arthroplasty, admitted 3/2 with left MCA stroke").ToList();

        Assert.Equal(["right thumb CMC arthroplasty", "left MCA stroke"], clauses);
    }

    [Fact]
    public void Clauses_WhenAClauseIsOnlyTheWordsOfTheRequest_LeavesItOut()
    {
        var clauses = ConcernText.Clauses("Referral for, L wrist stiffness").ToList();

        Assert.Equal(["L wrist stiffness"], clauses);
    }

    [Fact]
    public void Clean_WhenAMonthAndYearSayWhen_DropsThem()
    {
        var cleaned = ConcernText.Clean("s/p L mastectomy with node dissection 11/2025, finishing chemo", []);

        Assert.DoesNotContain("11/", cleaned, StringComparison.Ordinal);
        Assert.Contains("mastectomy with node dissection", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clauses_WhenAClauseOnlyAsks_LeavesItOut()
    {
        var clauses = ConcernText.Clauses("evaluation and treat, wrist stiffness").ToList();

        Assert.Equal(["wrist stiffness"], clauses);
    }

    [Fact]
    public void Clean_WhenTheSentenceNamesThePatientAndDates_LeavesOnlyTheProblem()
    {
        var cleaned = ConcernText.Clean("Ms. Ada Fenn (DOB 4/5/1950) has osteoarthritis of the right thumb CMC, diagnosed in 2021.", ["Ada", "Fenn"]);

        Assert.DoesNotContain("Ada", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("2021", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("DOB", cleaned, StringComparison.Ordinal);
        Assert.Contains("osteoarthritis of right thumb CMC", cleaned, StringComparison.Ordinal);
    }
}
