using OutreachBot.Clinic.Pipeline;

namespace OutreachBot.Clinic.Referrals;

/// <summary>
/// What a referral-update brought to a referral in progress: how many documents came with it, and which of the
/// referral's missing items the update still lacks (the others it filled). Holds no patient details.
/// </summary>
/// <param name="DocumentsAttached">Attachments on the update (documents, forms, scans).</param>
/// <param name="StillMissing">The checklist items, for the referral's pathway, that the update does not give.</param>
public sealed record ReferralUpdate(int DocumentsAttached, IReadOnlyList<string> StillMissing)
{
    /// <summary>
    /// The referral after the update: missing items the update gives are crossed off, and the history gains an
    /// "update received" line saying what it added. The stage and the assignment do not change.
    /// </summary>
    public (Referral After, PipelineEvent Event) ApplyTo(Referral referral, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var filled = referral.MissingItems.Where(item => !StillMissing.Contains(item, StringComparer.OrdinalIgnoreCase)).ToList();
        var after = referral with { MissingItems = [.. referral.MissingItems.Except(filled, StringComparer.Ordinal)] };
        return (after, new PipelineEvent(referral.Id, PipelineEventKind.UpdateReceived, referral.Stage, null, at, Describe(filled)));
    }

    private string Describe(List<string> filled)
    {
        var parts = new List<string>();
        if (DocumentsAttached > 0)
        {
            parts.Add(DocumentsAttached == 1 ? "1 document attached" : $"{DocumentsAttached} documents attached");
        }

        if (filled.Count > 0)
        {
            parts.Add("filled: " + string.Join(", ", filled));
        }

        return parts.Count == 0 ? "update received" : "update received: " + string.Join("; ", parts);
    }
}
