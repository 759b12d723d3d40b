using System.Net.Http.Headers;

namespace OutreachBot.Protocol.Connector;

/// <summary>What a connector call does, which decides when it may be sent again.</summary>
internal enum ConnectorCallKind
{
    /// <summary>A GET: safe to repeat.</summary>
    Read,

    /// <summary>A PUT or DELETE: repeating it leaves the same state.</summary>
    Replace,

    /// <summary>A POST that creates a message or a conversation: repeating it may create a second one.</summary>
    Create,
}

/// <summary>
/// When the connector client tries a call again, and how long it waits first. Teams asks bots to retry 429, 412, 502,
/// 503 and 504 honouring <c>Retry-After</c>, else with exponential backoff and jitter. A call that creates something
/// is retried only when the connector cannot have created it: 429 (throttled before processing) and 503 carrying
/// <c>Retry-After</c> (refused before processing). After 412, 502, 504 or a bare 503 it may have been created.
/// </summary>
internal static class ConnectorRetryPolicy
{
    /// <summary>The statuses Teams documents as transient.</summary>
    public static bool IsTransient(int status) => status is 412 or 429 or 502 or 503 or 504;

    /// <summary>Whether a call of <paramref name="kind"/> answered <paramref name="status"/> may be sent again.</summary>
    public static bool MayRetry(ConnectorCallKind kind, int status, bool hasRetryAfter) =>
        IsTransient(status) && (kind != ConnectorCallKind.Create || NotCreated(status, hasRetryAfter));

    /// <summary>Whether a creating call answered <paramref name="status"/> may have taken effect anyway.</summary>
    public static bool OutcomeUnknown(ConnectorCallKind kind, int status, bool hasRetryAfter) =>
        kind == ConnectorCallKind.Create && IsTransient(status) && !NotCreated(status, hasRetryAfter);

    /// <summary>
    /// How long to wait before attempt <paramref name="attempt"/> + 1: the connector's <c>Retry-After</c> (seconds,
    /// or an HTTP date taken against <paramref name="now"/>) capped at <see cref="ConnectorOptions.MaxRetryAfter"/>;
    /// without one, <see cref="ConnectorOptions.BackoffBase"/> doubled per attempt, capped at the same maximum, and
    /// scaled by <paramref name="jitter"/> (0..1) into its upper half so that callers throttled together spread out.
    /// </summary>
    public static TimeSpan Delay(RetryConditionHeaderValue? retryAfter, int attempt, DateTimeOffset now, ConnectorOptions options, double jitter)
    {
        var cap = options.MaxRetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Clamp(delta, cap);
        }

        if (retryAfter?.Date is { } date)
        {
            return Clamp(date - now, cap);
        }

        var exponent = Math.Min(attempt - 1, 20);
        var backoff = TimeSpan.FromTicks((long)Math.Min(options.BackoffBase.Ticks * Math.Pow(2, exponent), cap.Ticks));
        return backoff * (0.5 + (Math.Clamp(jitter, 0, 1) / 2));
    }

    private static bool NotCreated(int status, bool hasRetryAfter) => status == 429 || (status == 503 && hasRetryAfter);

    private static TimeSpan Clamp(TimeSpan delay, TimeSpan cap) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > cap ? cap : delay;
}
