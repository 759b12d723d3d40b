namespace OutreachBot.Clinic.Detection;

/// <summary>An attachment as the detector sees it; ExtractedText is null when no text was read.</summary>
public sealed record MessageAttachment(string FileName, string ContentType, long SizeBytes, string? ExtractedText)
{
    /// <summary>A picture of a page (a fax, a scan, a PDF without a text layer): only a person can read it.</summary>
    public bool NeedsPerson { get; init; }

    /// <summary>Why no text could be read ("encrypted PDF", "PDF could not be parsed"), without any of the content.</summary>
    public string? Problem { get; init; }
}
