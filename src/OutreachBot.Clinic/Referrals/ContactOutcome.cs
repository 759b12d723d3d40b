namespace OutreachBot.Clinic.Referrals;

/// <summary>How an attempt to reach the family went.</summary>
public enum ContactOutcome
{
    /// <summary>Spoke with (or heard back from) the family: first contact is made.</summary>
    Reached,

    /// <summary>Left a voicemail or sent a message that has not been answered.</summary>
    LeftMessage,

    /// <summary>Nobody answered.</summary>
    NoAnswer,
}

/// <summary>Contact outcomes as cards send them (<c>reached</c>, <c>left-message</c>, <c>no-answer</c>) and in words.</summary>
public static class ContactOutcomes
{
    public static IReadOnlyList<(ContactOutcome Outcome, string Value, string Words)> All { get; } =
    [
        (ContactOutcome.Reached, "reached", "Reached the family"),
        (ContactOutcome.LeftMessage, "left-message", "Left a message"),
        (ContactOutcome.NoAnswer, "no-answer", "No answer"),
    ];

    public static ContactOutcome? Parse(string? value) =>
        All.Where(o => o.Value == value).Select(o => (ContactOutcome?)o.Outcome).FirstOrDefault();

    public static string ValueOf(ContactOutcome outcome) => All.First(o => o.Outcome == outcome).Value;

    public static string Describe(ContactOutcome outcome) => All.First(o => o.Outcome == outcome).Words;
}
