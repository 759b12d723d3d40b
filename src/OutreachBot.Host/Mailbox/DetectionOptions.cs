namespace OutreachBot.Host.Mailbox;

/// <summary>
/// What the detector must know about this clinic (section <c>Detection</c>): its own mail domains and phone and fax
/// numbers, so a signature or a forwarded confirmation of the clinic's is never read as the patient's or the referrer's.
/// </summary>
public sealed class DetectionOptions
{
    public const string SectionName = "Detection";

    /// <summary>The clinic's own mail domains, e.g. "brightsteps-ot.example".</summary>
    public IList<string> OwnDomains { get; set; } = [];

    /// <summary>The clinic's own phone and fax numbers, as written anywhere (compared by digits).</summary>
    public IList<string> OwnPhoneNumbers { get; set; } = [];
}
