namespace OutreachBot.Clinic.Detection;

/// <summary>An attachment as the detector sees it; ExtractedText is null when no text was read.</summary>
public sealed record MessageAttachment(string FileName, string ContentType, long SizeBytes, string? ExtractedText);
