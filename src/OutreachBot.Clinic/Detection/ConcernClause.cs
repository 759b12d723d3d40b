namespace OutreachBot.Clinic.Detection;

/// <summary>One clause of a reason for referral: where it stood in the sender's text, and how many clinical words it holds.</summary>
internal sealed record ConcernClause(int Order, string Text, int Score);
