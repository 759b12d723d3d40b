namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>Referral and non-referral emails written for these tests (fictional people, .example domains, 555 numbers).</summary>
public static class TestMessages
{
    public static string HandReferral(string messageId) => $"""
        Message-ID: <{messageId}>
        Date: Tue, 24 Nov 2026 09:15:00 -0600
        From: "Rosa Delgado, MD" <rdelgado@northfieldortho.example>
        To: intake@testclinic.example
        Subject: OT referral - post-op hand therapy
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Hello,

        I am referring my patient Gregory Hale (DOB 03/14/1971) for occupational therapy, evaluate and treat.
        Diagnosis: S62.101A, right distal radius fracture, s/p ORIF, POD 6. Decreased grip strength and wrist ROM.
        Please see him urgently. Patient phone (555) 410-2233. Signed order attached.

        Rosa Delgado, MD
        Northfield Orthopedics
        Phone (555) 200-1000 | Fax (555) 200-1001
        """.Replace("\n", "\r\n", StringComparison.Ordinal);

    public static string Newsletter(string messageId) => $"""
        Message-ID: <{messageId}>
        Date: Tue, 24 Nov 2026 10:00:00 -0600
        From: "Therapy Supply Co" <news@therapysupply.example>
        To: intake@testclinic.example
        Subject: November deals on therapy putty and splinting kits
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        This month only: 20% off therapy putty, splinting kits and fine motor tools.
        Shop now. To unsubscribe from this newsletter, click here.
        """.Replace("\n", "\r\n", StringComparison.Ordinal);
}
