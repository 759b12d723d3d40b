namespace OutreachBot.Clinic.Detection;

/// <summary>A phrase of dictionary <paramref name="Dictionary"/> found at [<paramref name="Start"/>, <paramref name="End"/>).</summary>
internal readonly record struct PhraseHit(int Dictionary, int Start, int End);
