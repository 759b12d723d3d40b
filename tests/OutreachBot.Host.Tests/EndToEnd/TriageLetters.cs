using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Tests.EndToEnd;

/// <summary>Referral emails for the triage follow-up tests (fictional, .example, 555), and the outbox they answer into.</summary>
internal static class TriageLetters
{
    /// <summary>A hand referral from Northfield Orthopedics, dated <paramref name="sentAt"/>; naming the insurance when asked.</summary>
    public static string HandReferral(string messageId, DateTimeOffset sentAt, bool withInsurance = false, string patient = "Gregory Hale") => $"""
        Message-ID: <{messageId}>
        Date: {MimeKit.Utils.DateUtils.FormatDate(sentAt)}
        From: "Rosa Delgado, MD" <rdelgado@northfieldortho.example>
        To: intake@testclinic.example
        Subject: OT referral - post-op hand therapy
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Hello,

        I am referring my patient {patient} (DOB 03/14/1971) for occupational therapy, evaluate and treat.
        Diagnosis: S62.101A, right distal radius fracture, s/p ORIF, POD 6. Decreased grip strength and wrist ROM.
        Patient phone (555) 410-2233. Signed order attached.{(withInsurance ? "\n        Insurance: Aetna PPO" : string.Empty)}

        Rosa Delgado, MD
        Northfield Orthopedics
        Phone (555) 200-1000 | Fax (555) 200-1001
        """.Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>The outbox file the letter of <paramref name="purpose"/> about <paramref name="referralId"/> is written to.</summary>
    public static string OutboxFile(string outboxFolder, string referralId, string purpose) =>
        Path.Combine(outboxFolder, OutboxFolderMail.FileName(new ReferrerLetter(referralId, purpose, "x@example", "", "", null)));

    /// <summary>Every letter written about the referral.</summary>
    public static string[] LettersAbout(string outboxFolder, string referralId) =>
        Directory.Exists(outboxFolder) ? Directory.GetFiles(outboxFolder, referralId + "-*.eml") : [];

    public static string IdOf(string messageId) => ReferralId.ForMessage(messageId);
}
