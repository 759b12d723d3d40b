using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Tests.Detection;

/// <summary>Builds small fictional messages for detector tests.</summary>
internal static class TestMessages
{
    public static readonly DateTimeOffset November2026 = new(2026, 11, 10, 9, 30, 0, TimeSpan.FromHours(-5));

    public static IncomingMessage Message(
        string subject,
        string body,
        string fromAddress = "sender@clinic.example",
        string? fromName = null,
        IReadOnlyList<MessageAttachment>? attachments = null,
        string? inReplyTo = null) =>
        new(
            MessageId: $"{Guid.NewGuid():N}@test.example",
            Subject: subject,
            FromAddress: fromAddress,
            FromName: fromName,
            ReceivedAt: November2026,
            BodyText: body.Replace("\r\n", "\n", StringComparison.Ordinal),
            Attachments: attachments ?? [],
            InReplyTo: inReplyTo,
            References: inReplyTo is null ? [] : [inReplyTo]);

    /// <summary>An orthopedist's short hand-therapy referral with one line of the caller's in the middle (insurance wording).</summary>
    public static string HandReferralFromEastparkOrthopedics(string line) =>
        $"""
        Hello,

        I am referring Ines Moll (DOB 07/14/1971) for hand therapy after a right carpal tunnel release.
        {line}

        Thank you,

        Kai Vos, MD
        Eastpark Orthopedics
        (555) 620-3100 | Fax (555) 620-3101
        """;

    /// <summary>A pediatrician's short referral with one line of the caller's in the middle (insurance, contact wording).</summary>
    public static string ReferralFromMaplePediatrics(string line) =>
        $"""
        Hello,

        I am referring Ruby Salk (DOB 03/02/2019) for an OT evaluation of fine motor delay and feeding difficulty.
        {line}

        Thank you,

        Tara Lenz, MD
        Maple Pediatrics
        (555) 410-2200 | Fax (555) 410-2201
        """;

    public static MessageAttachment Pdf(string fileName) => new(fileName, "application/pdf", 48_213, null);
}
