using OutreachBot.Clinic.Detection;

namespace OutreachBot.Cli.Batch;

/// <summary>One file's outcome: a detection, or the reason it could not be read.</summary>
internal sealed record ClassifiedMessage(string File, IncomingMessage? Message, ReferralDetection? Detection, string? Error);
