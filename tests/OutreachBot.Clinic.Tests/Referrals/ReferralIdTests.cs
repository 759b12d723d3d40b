using System.Text.RegularExpressions;
using OutreachBot.Clinic.Referrals;

namespace OutreachBot.Clinic.Tests.Referrals;

public partial class ReferralIdTests
{
    [Fact]
    public void ForMessage_WhenSameMessageIdTwice_GivesTheSameId()
    {
        const string messageId = "CY4PR02MB7731A2@CY4PR02MB7731.namprd02.prod.outlook.example";

        Assert.Equal(ReferralId.ForMessage(messageId), ReferralId.ForMessage(messageId));
    }

    [Fact]
    public void ForMessage_IsAShortReadableId()
    {
        var id = ReferralId.ForMessage("abc123@driftwoodpeds.example");

        Assert.Matches(ShortId(), id);
    }

    [Fact]
    public void ForMessage_IsFixedAcrossRunsAndMachines()
    {
        // The id is stored in tables and shown on cards: it must never change for a message already processed.
        Assert.Equal("R-BA7816BF8F", ReferralId.ForMessage("abc"));
    }

    [Fact]
    public void ForMessage_WhenMessageIdsDiffer_GivesDistinctIds()
    {
        var messageIds = Enumerable.Range(0, 5000).Select(i => $"{i}@mail.example")
            .Append("ABC@mail.example").Append("abc@mail.example")
            .Append("sha256:00").Append("sha256:01")
            .ToList();

        var ids = messageIds.Select(ReferralId.ForMessage).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(messageIds.Count, ids.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ForMessage_WhenNoMessageId_Throws(string? messageId)
    {
        Assert.ThrowsAny<ArgumentException>(() => ReferralId.ForMessage(messageId!));
    }

    [GeneratedRegex("^R-[0-9A-F]{10}$")]
    private static partial Regex ShortId();
}
