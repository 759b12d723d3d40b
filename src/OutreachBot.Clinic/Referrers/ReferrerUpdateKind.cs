namespace OutreachBot.Clinic.Referrers;

/// <summary>Which update a referrer is owed.</summary>
public enum ReferrerUpdateKind
{
    /// <summary>The patient completed the evaluation.</summary>
    EvaluationCompleted,

    /// <summary>Treatment goals are set.</summary>
    GoalsSet,
}

/// <summary>Which updates a referrer wants.</summary>
public enum ReferrerUpdatePreference
{
    /// <summary>After the evaluation and after goals are set.</summary>
    Every,

    /// <summary>Only after the evaluation.</summary>
    EvaluationOnly,

    /// <summary>None (the partner asked not to be written to).</summary>
    None,
}
